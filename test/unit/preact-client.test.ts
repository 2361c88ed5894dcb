// @vitest-environment happy-dom
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import client from '../../integrations/preact-client.js';

/** Props as Astro hands them over: whatever the page passed. */
function Counter({ label }: Record<string, unknown>) {
  const [count, setCount] = useState(0);
  return h('button', { type: 'button', onClick: () => setCount(count + 1) }, `${String(label)} ${count}`);
}

/** An island as Astro writes it: server HTML inside, `ssr` until it hydrates. */
function island(html: string, attributes: Record<string, string> = { ssr: '' }) {
  const element = document.createElement('astro-island');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

describe('the lean Preact client', () => {
  it('hydrates the server HTML with the props: the same button, now working', async () => {
    const element = island('<button type="button">Taps 0</button>');
    const button = element.querySelector('button')!;
    await client(element)(Counter, { label: 'Taps' }, {}, { client: 'use' });
    expect(element.querySelector('button')).toBe(button); // hydrated in place, not drawn again
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(button.textContent).toBe('Taps 1');
  });

  it('leaves an island without server HTML alone', async () => {
    const element = island('', {});
    await client(element)(Counter, { label: 'Taps' }, {}, { client: 'load' });
    expect(element.innerHTML).toBe('');
  });

  it('refuses what only the stock client does, by name, rather than drawing something else', async () => {
    const element = island('<button type="button">Taps 0</button>', { ssr: '', 'component-export': 'Counter' });
    await expect(client(element)(Counter, { label: 'Taps' }, { default: '<p>child</p>' }, { client: 'use' })).rejects.toThrow(
      /^Counter takes children, slots, signals or client:only/,
    );
    await expect(client(element)(Counter, { label: 'Taps' }, {}, { client: 'only' })).rejects.toThrow(/client:only/);
    expect(element.querySelector('button')!.textContent).toBe('Taps 0');
  });
});
