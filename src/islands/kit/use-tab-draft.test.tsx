// @vitest-environment happy-dom
import { act, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { keptTabDraft } from './tab-draft';
import { StartedContext } from './use-client-store';
import { useTabDraft } from './use-tab-draft';

const KEY = 'planning-workbook:draft:box';

function Box({ name = 'box' }: { name?: string }) {
  const [text, setText] = useTabDraft(name);
  return <textarea aria-label="Box" value={text} onInput={(event) => setText(event.currentTarget.value)} />;
}

const box = (container: ParentNode) => container.querySelector('textarea')!;
const type = (container: ParentNode, text: string) => {
  box(container).value = text;
  box(container).dispatchEvent(new Event('input', { bubbles: true }));
};

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('useTabDraft', () => {
  it('renders empty as the server did, then shows the text kept for this tab', async () => {
    sessionStorage.setItem(KEY, '300\t95');
    const { container } = render(<Box />);
    await waitFor(() => expect(box(container).value).toBe('300\t95'));
  });

  it('keeps what is typed, and forgets it once set to empty (used)', () => {
    const { container } = render(<Box />);
    act(() => type(container, 'a name'));
    expect(sessionStorage.getItem(KEY)).toBe('a name');
    act(() => type(container, ''));
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('keeps text handed over from before the start (newer), rather than the kept text', () => {
    sessionStorage.setItem(KEY, 'older');
    let start!: () => void;
    function Island() {
      const [started, setStarted] = useState(false);
      start = () => setStarted(true);
      return (
        <StartedContext.Provider value={started}>
          <Box />
        </StartedContext.Provider>
      );
    }
    const { container } = render(<Island />);
    expect(box(container).value).toBe('');
    // As IslandRoot does: the start, then the early typing handed to the field before effects run.
    act(() => {
      start();
      type(container, 'typed early');
    });
    expect(box(container).value).toBe('typed early');
    expect(sessionStorage.getItem(KEY)).toBe('typed early');
  });

  it('with a starting value: keeps a choice that differs from it, forgets one set back to it', async () => {
    function Month() {
      const [month, setMonth] = useTabDraft('month', '0');
      return (
        <select aria-label="Month" value={month} onChange={(event) => setMonth(event.currentTarget.value)}>
          {['0', '1', '2'].map((i) => (
            <option key={i} value={i}>{i}</option>
          ))}
        </select>
      );
    }
    const { container, unmount } = render(<Month />);
    const select = () => container.querySelector('select')!;
    act(() => {
      select().value = '2';
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(sessionStorage.getItem('planning-workbook:draft:month')).toBe('2');
    unmount();
    const again = render(<Month />);
    await waitFor(() => expect(again.container.querySelector('select')!.value).toBe('2'));
    act(() => {
      const field = again.container.querySelector('select')!;
      field.value = '0';
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(sessionStorage.getItem('planning-workbook:draft:month')).toBeNull();
  });

  it('works for the visit when storage is blocked', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.stubGlobal('sessionStorage', { getItem: blocked, setItem: blocked, removeItem: blocked });
    const { container } = render(<Box />);
    type(container, 'still here');
    expect(box(container).value).toBe('still here');
  });

  it('keeps text handed over at the start over older kept text it could not replace (storage full)', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => (key === KEY ? 'older' : null),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    });
    let start!: () => void;
    function Island() {
      const [started, setStarted] = useState(false);
      start = () => setStarted(true);
      return (
        <StartedContext.Provider value={started}>
          <Box />
        </StartedContext.Provider>
      );
    }
    const { container } = render(<Island />);
    expect(box(container).value).toBe('');
    // As IslandRoot does: the start, and in the same task the early typing handed to the field.
    act(() => {
      start();
      type(container, 'typed early');
    });
    expect(box(container).value).toBe('typed early');
  });
});

describe('keptTabDraft', () => {
  it('says whether this tab kept text under a key, before any field of it is drawn', () => {
    expect(keptTabDraft('box')).toBeNull();
    const { container, unmount } = render(<Box />);
    act(() => type(container, '310\t81\tx'));
    unmount();
    expect(keptTabDraft('box')).toBe('310\t81\tx');
    const again = render(<Box />);
    act(() => type(again.container, ''));
    expect(keptTabDraft('box')).toBeNull();
  });

  it('says none when storage is blocked', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(keptTabDraft('box')).toBeNull();
  });
});
