import { useEffect, useState } from 'preact/hooks';
import { $notices } from '../../stores/notices';
import { $saveFailures } from '../../stores/storage-engine';
import { useStore } from './use-client-store';
import type { StorageNotices } from './StorageNotices';

/**
 * Tells the user, once, about anything unusual with their saved data, and says plainly while
 * changes are not being saved. Every tool page shows one. Most visits have nothing to say, so
 * the messages (and the download of an unreadable copy) load only when there is.
 */
export function StorageBanner({ dataHref }: { dataHref: string }) {
  const failures = useStore($saveFailures);
  const notices = useStore($notices);
  const [Notices, setNotices] = useState<typeof StorageNotices | null>(null);
  const needed = Object.keys(failures).length > 0 || notices.length > 0;

  useEffect(() => {
    if (needed && !Notices) void import('./StorageNotices').then((module) => setNotices(() => module.StorageNotices));
  }, [needed]);

  if (!needed || !Notices) return null;
  return <Notices dataHref={dataHref} failures={failures} notices={notices} />;
}
