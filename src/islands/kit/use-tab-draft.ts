import { useEffect, useRef, useState } from 'preact/hooks';
import { keepTabDraft, keptTabDraft } from './tab-draft';
import { useMounted } from './use-client-store';

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
    const kept = keptTabDraft(key);
    if (kept !== null) setValue((now) => (now === initial ? kept : now));
  }, [mounted, key]);
  const set = (next: string) => {
    setValue(next);
    keepTabDraft(key, next, initial);
  };
  return [value, set];
}
