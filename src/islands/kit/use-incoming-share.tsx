import { useEffect, useState } from 'preact/hooks';
import { shareCodeFromHash } from '../../lib/persist/share-hash';
import type { IncomingShare, IncomingShareOptions } from './IncomingShare';

export type { IncomingShareOptions } from './IncomingShare';

/**
 * Watches the URL fragment for a share link (on load, and when a link is pasted into the
 * address bar of an open tool) and only then loads what opens it: most visits carry no link.
 * Returns what to render: nothing, or the link's question or message.
 */
export function useIncomingShare<T>(options: IncomingShareOptions<T>) {
  const [Incoming, setIncoming] = useState<typeof IncomingShare | null>(null);

  useEffect(() => {
    let requested = false;
    const look = () => {
      if (requested || shareCodeFromHash(location.hash) === null) return;
      requested = true;
      // Once mounted, the loaded part opens this link and follows later fragment changes itself.
      void import('./IncomingShare').then((module) => setIncoming(() => module.IncomingShare));
    };
    look();
    addEventListener('hashchange', look);
    return () => removeEventListener('hashchange', look);
  }, []);

  return Incoming ? <Incoming {...(options as IncomingShareOptions<unknown>)} /> : null;
}
