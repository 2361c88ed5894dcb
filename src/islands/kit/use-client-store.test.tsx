// @vitest-environment happy-dom
import { act, render } from '@testing-library/preact';
import { atom } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStore } from './use-client-store';

afterEach(() => vi.useRealTimers());

describe('useStore', () => {
  it('shows the value, and again after a change: once for all the changes of one task', () => {
    vi.useFakeTimers();
    const $count = atom(1);
    let renders = 0;
    function Count() {
      renders++;
      return <output>{useStore($count)}</output>;
    }
    const { container } = render(<Count />);
    expect(container.textContent).toBe('1');
    const before = renders;
    act(() => {
      $count.set(2);
      $count.set(3);
      $count.set(4);
    });
    act(() => {
      vi.runAllTimers();
    });
    expect(container.textContent).toBe('4');
    expect(renders - before).toBe(1);
  });

  it('shows a change made between its render and its effect, which no listener heard', () => {
    const $value = atom('server');
    function Value() {
      const value = useStore($value);
      // A sibling rendered after it changes the store before this one's effect subscribes.
      return <output>{value}</output>;
    }
    function Changer() {
      $value.set('stored');
      return null;
    }
    const { container } = render(
      <>
        <Value />
        <Changer />
      </>,
    );
    expect(container.textContent).toBe('stored');
  });

  it('stops listening when it goes', () => {
    vi.useFakeTimers();
    const $value = atom(0);
    function Value() {
      return <output>{useStore($value)}</output>;
    }
    const { unmount } = render(<Value />);
    expect($value.lc).toBe(1);
    act(() => $value.set(1)); // a render is pending when it goes
    unmount();
    expect($value.lc).toBe(0);
    expect(() => vi.runAllTimers()).not.toThrow();
  });
});
