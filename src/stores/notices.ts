import { atom } from 'nanostores';

/** Something the user must be told once about their stored data. */
export type StorageNotice =
  /** The area's value was unreadable; defaults are in use and the raw text is kept at `copyKey`. */
  | { id: string; kind: 'corrupt'; area: string; copyKey: string }
  /** The raw text could not even be copied aside, so the area is left untouched and not saved. */
  | { id: string; kind: 'unrecoverable'; area: string }
  /** The area was written by a newer version of the workbook; it is never overwritten. */
  | { id: string; kind: 'newer'; area: string }
  /** The area came from an older version and was brought up to date. */
  | { id: string; kind: 'migrated'; area: string };

export const $notices = atom<StorageNotice[]>([]);

export function addNotice(notice: StorageNotice): void {
  if ($notices.get().some((n) => n.id === notice.id)) return;
  $notices.set([...$notices.get(), notice]);
}

export function dismissNotice(id: string): void {
  $notices.set($notices.get().filter((n) => n.id !== id));
}
