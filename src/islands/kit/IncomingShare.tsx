import { useEffect, useState } from 'preact/hooks';
import { shareCodeFromHash } from '../../lib/persist/share-hash';
import type { IncomingShareOptions, IncomingShareView } from './use-incoming-share';

/**
 * Opens a share link found in the URL fragment (see useIncomingShare), loading that code only
 * when the fragment carries a share, at the start or later (a link pasted into the address bar
 * of an open tool): most visits bring none.
 */
export function IncomingShare<T>(props: IncomingShareOptions<T>) {
  const [View, setView] = useState<typeof IncomingShareView | null>(null);
  useEffect(() => {
    const check = () => {
      if (shareCodeFromHash(location.hash) === null) return;
      removeEventListener('hashchange', check);
      void import('./use-incoming-share').then((module) => setView(() => module.IncomingShareView));
    };
    check();
    addEventListener('hashchange', check);
    return () => removeEventListener('hashchange', check);
  }, []);
  return View ? <View {...(props as IncomingShareOptions<unknown>)} /> : null;
}
