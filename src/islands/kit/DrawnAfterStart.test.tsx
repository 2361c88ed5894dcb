// @vitest-environment happy-dom
import { act, render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DrawnAfterStart } from './DrawnAfterStart';
import { StartedContext } from './use-client-store';

afterEach(() => {
  vi.useRealTimers();
  globalThis.__earlyClicks = undefined;
});

/** An island as IslandRoot runs it: the server's value while it hydrates, the stored one from its start. */
function island() {
  let start!: () => void;
  function Island() {
    const [started, setStarted] = useState(false);
    start = () => setStarted(true);
    const value = started ? 'stored' : 'server';
    return (
      <StartedContext.Provider value={started}>
        <input aria-label="Field" value={value} />
        <DrawnAfterStart>{() => <output>{value}</output>}</DrawnAfterStart>
      </StartedContext.Provider>
    );
  }
  const { container } = render(<Island />);
  return { container, start: () => act(() => start()) };
}

describe('DrawnAfterStart', () => {
  it('draws the server values while hydrating, the stored ones a task after the rest at the start', () => {
    vi.useFakeTimers();
    const { container, start } = island();
    expect(container.querySelector('output')!.textContent).toBe('server');
    start();
    // The fields first; the figures still as the server drew them.
    expect(container.querySelector('input')!.value).toBe('stored');
    expect(container.querySelector('output')!.textContent).toBe('server');
    act(() => {
      vi.runAllTimers();
    });
    expect(container.querySelector('output')!.textContent).toBe('stored');
  });

  it('waits for nothing when a tap from before the start is to be pressed again', () => {
    vi.useFakeTimers();
    const { container, start } = island();
    globalThis.__earlyClicks = ['download-timeline'];
    start();
    expect(container.querySelector('output')!.textContent).toBe('stored');
  });

  it('outside an island root, draws every change at once', () => {
    function Counter() {
      const [n, setN] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setN(n + 1)}>
            more
          </button>
          <DrawnAfterStart>{() => <output>{n}</output>}</DrawnAfterStart>
        </>
      );
    }
    const { container } = render(<Counter />);
    act(() => container.querySelector('button')!.click());
    expect(container.querySelector('output')!.textContent).toBe('1');
  });
});
