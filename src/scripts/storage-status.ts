/**
 * The data page's line on saving in this browser, without a framework, so it is right from the
 * first paint while the page's tools wait to be used (client:use): storage works, is full, is
 * off, or a change could not be saved just now ($saveFailures, which the tools share with this
 * script: the same module instance). Checked again on every failure or recovery, and when
 * another tab writes (but not for the check's own key: two open data pages would answer each
 * other's check forever).
 */
import { $saveFailures } from '../stores/storage-engine';
import { PROBE_KEY, storageState, type StorageState } from '../stores/storage-survey';

export type StorageStatus = StorageState | 'failing';

export function storageStatus(storage: StorageState, failing: boolean): StorageStatus {
  return storage !== 'ok' ? storage : failing ? 'failing' : 'ok';
}

export function followStorageStatus(): void {
  const line = document.querySelector<HTMLElement>('[data-storage-status]');
  const json = line?.dataset.storageStatus;
  if (!line || !json) return;
  const messages = JSON.parse(json) as Record<StorageStatus, string>;
  const show = () => {
    const status = storageStatus(storageState(), Object.keys($saveFailures.get()).length > 0);
    line.textContent = messages[status];
    line.classList.toggle('success', status === 'ok');
    line.classList.toggle('danger', status !== 'ok');
  };
  $saveFailures.subscribe(show);
  addEventListener('storage', (event: StorageEvent) => event.key !== PROBE_KEY && show());
}
