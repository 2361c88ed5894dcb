/**
 * The tab's store of drafts (sessionStorage): text that is not workbook data until the user acts
 * on it. useTabDraft keeps a field's text here; a part that opens only on demand asks whether
 * the tab kept any for it, and opens at once if so, without loading the field's code first.
 */
const PREFIX = 'planning-workbook:draft:';

/** The text this tab kept under `key`; null when none is kept, or storage is blocked. */
export function keptTabDraft(key: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

/** Keeps `value` under `key` for this tab; forgets it once it is back to `initial` (it was used). */
export function keepTabDraft(key: string, value: string, initial: string): void {
  try {
    if (value !== initial) sessionStorage.setItem(PREFIX + key, value);
    else sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Storage blocked or full: the text stays in the field for this visit, as before.
  }
}
