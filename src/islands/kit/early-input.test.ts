// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { earlyEdits, replayClicks, replayEdits } from './early-input';

/** A page with a tool not yet started, as the server rendered it. */
function page(html: string) {
  document.body.innerHTML = `<astro-island ssr>${html}</astro-island><astro-island>${'<input id="started" value="a">'}</astro-island>`;
  return document.querySelector('astro-island')!;
}

describe('earlyEdits', () => {
  it('finds the text, textarea, select, checkbox and chosen radio the user changed, and nothing else', () => {
    const root = page(`
      <input id="spend" value="5000"><input id="leads" value="100">
      <textarea id="notes">old</textarea>
      <select id="currency"><option value="USD" selected>USD</option><option value="EUR">EUR</option></select>
      <select id="plain"><option value="a">a</option><option value="b">b</option></select>
      <input type="checkbox" id="include" checked>
      <input type="radio" name="m" id="m4"><input type="radio" name="m" id="m7" checked>
      <input type="file" id="file"><input id="" value="x">`);
    const field = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
    field('spend').value = '777';
    (root.querySelector('#notes') as HTMLTextAreaElement).value = 'typed';
    (root.querySelector('#currency') as HTMLSelectElement).value = 'EUR';
    field('include').checked = false;
    field('m4').checked = true;
    (document.querySelector('#started') as HTMLInputElement).value = 'changed after start';
    expect(earlyEdits(document)).toEqual([
      { id: 'spend', value: '777' },
      { id: 'notes', value: 'typed' },
      { id: 'currency', value: 'EUR' },
      { id: 'include', value: false },
      { id: 'm4', value: true },
    ]);
  });

  it('finds nothing on a page nobody touched', () => {
    page('<input id="a" value="1"><textarea id="b"></textarea><select id="c"><option>x</option></select>');
    expect(earlyEdits(document)).toEqual([]);
  });
});

describe('replayEdits', () => {
  it('puts each value back and fires the events the field handlers listen to', () => {
    const root = page('<input id="spend" value="5000"><input type="checkbox" id="include">');
    const seen: string[] = [];
    root.addEventListener('input', (event) => seen.push(`input ${(event.target as HTMLInputElement).id}`));
    root.addEventListener('change', (event) => seen.push(`change ${(event.target as HTMLInputElement).id}`));
    replayEdits(root, [
      { id: 'spend', value: '777' },
      { id: 'include', value: true },
      { id: 'gone', value: 'x' },
    ]);
    expect((root.querySelector('#spend') as HTMLInputElement).value).toBe('777');
    expect((root.querySelector('#include') as HTMLInputElement).checked).toBe(true);
    expect(seen).toEqual(['input spend', 'change spend', 'input include', 'change include']);
  });
});

describe('a file chosen before the tool started', () => {
  it('is found, and handed to the field again with the events a choice fires', () => {
    const root = page('<input type="file" id="export">');
    const field = root.querySelector<HTMLInputElement>('#export')!;
    const chosen = new DataTransfer();
    chosen.items.add(new File(['Stage,Amount'], 'deals.csv', { type: 'text/csv' }));
    field.files = chosen.files;
    const edits = earlyEdits(document);
    expect(edits.map(({ id, value }) => [id, (value as FileList)[0]?.name])).toEqual([['export', 'deals.csv']]);

    const seen: string[] = [];
    root.addEventListener('change', (event) => seen.push((event.target as HTMLInputElement).files?.[0]?.name ?? ''));
    replayEdits(root, edits);
    expect(seen).toEqual(['deals.csv']);
  });
});

describe('replayClicks', () => {
  it('presses the buttons tapped before the tool started, once, and keeps the others for their own tool', () => {
    const root = page('<button id="use-template">Use</button>');
    const click = vi.fn();
    root.querySelector('button')!.addEventListener('click', click);
    globalThis.__earlyClicks = ['use-template', 'elsewhere'];
    replayClicks(root);
    replayClicks(root);
    expect(click).toHaveBeenCalledTimes(1);
    expect(globalThis.__earlyClicks).toEqual(['elsewhere']);
  });
});
