import { useEffect, useState } from 'preact/hooks';
import type { VersionedShape } from '../../lib/persist/area';
import { shareCodeFromHash } from '../../lib/persist/share-hash';
import { useLazyModule } from './use-lazy-module';

export interface IncomingShareOptions<T> {
  shape: VersionedShape<T>;
  /** Whether the user has work here that the link would replace. */
  hasLocalWork: () => boolean;
  apply: (data: T) => void;
  /**
   * A link that belongs to another tool (a calculator's link opened on another calculator): what
   * it holds and where it opens, with the link's fragment (`hash`, '#…') to carry there. It is
   * then neither applied nor asked about. Null: it belongs here.
   */
  elsewhere?: (data: T, hash: string) => { text: string; link?: { href: string; label: string } | undefined } | null;
}

/** A share link found in the address: its code, the fragment it came in, and which link it is (1, 2, …). */
export interface ShareLink {
  code: string;
  hash: string;
  n: number;
}

/**
 * Opens a share link found in the URL fragment, on start and when one is pasted into the address
 * bar of the open tool (see IncomingShare for what happens to it). Most visits carry none, so the
 * code that reads, asks and says loads only when one does. Returns what to render.
 */
export function useIncomingShare<T>(options: IncomingShareOptions<T>) {
  const [link, setLink] = useState<ShareLink | null>(null);
  useEffect(() => {
    const open = () => {
      const code = shareCodeFromHash(location.hash);
      if (code === null) return;
      const hash = location.hash;
      // The fragment has done its job: drop it, so a reload does not ask again.
      history.replaceState(null, '', location.pathname + location.search);
      setLink((last) => ({ code, hash, n: (last?.n ?? 0) + 1 }));
    };
    open();
    // A link pasted into the address bar of an open tool changes only the fragment.
    addEventListener('hashchange', open);
    return () => removeEventListener('hashchange', open);
  }, []);
  const Opener = useLazyModule(link !== null, () => import('./IncomingShare').then((module) => module.IncomingShare));
  // A new link starts afresh: the last one's message goes.
  return link && Opener ? <Opener key={link.n} link={link} {...options} /> : null;
}
