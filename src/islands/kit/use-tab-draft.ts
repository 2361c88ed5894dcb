import { useEffect, useRef, useState } from 'preact/hooks';
import { useMounted } from './use-client-store';

const PREFIX = 'planning-workbook:draft:';

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function write(key: string, value: string, initial: string): void {
  try {
    if (value !== initial) sessionStorage.setItem(PREFIX + key, value);
    else sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage blocked or full: the text stays in the field for this visit, as before.
  }
}

/**
 * Text typed into a field whose content is not part of the workbook until the user acts on it
 * (a block of cells to put in the table and where it goes, the name of a version to save):
 * kept for this tab, so a reload or a restored tab brings it back, and forgotten once set back
 * to `initial` (it was used). Not in the workbook, so not exported, shared or followed by other
 * tabs.
 *
 * The first render shows `initial` as the server did; the kept value follows once the island
 * has started, unless a value typed before the start was handed to the field meanwhile (newer).
 */
export function useTabDraft(key: string, initial = ''): [string, (value: string) => void] {
  const mounted = useMounted();
  const [value, setValue] = useState(initial);
  const restored = useRef(false);
  useEffect(() => {
    if (!mounted || restored.current) return;
    restored.current = true;
    const kept = read(key);
    if (kept !== null) setValue((now) => (now === initial ? kept : now));
  }, [mounted, key]);
  const set = (next: string) => {
    setValue(next);
    write(key, next, initial);
  };
  return [value, set];
}
