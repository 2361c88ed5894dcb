/**
 * `client:use`: a tool starts when the visitor starts to use it, or at once when it has
 * something of theirs to show.
 *
 * A first visit has nothing stored, so the server's HTML is already what the tool would draw:
 * its fields take typing and its buttons take taps before any script runs (both are handed to
 * the tool when it starts: src/islands/kit/early-input.ts). The tool's code loads on the first
 * sign of use — a pointer over it, a tap, focus, a key — so a reader pays nothing for it.
 * The tool starts at once when the page could differ from the server's HTML: the workbook has
 * something stored in this browser (or storage cannot be read, which the tool must say), or the
 * address carries a share link; and later, when another tab stores something or a share link
 * is pasted into the address bar.
 */
import type { ClientDirective } from 'astro';
import { WORKBOOK_KEY_PREFIX } from '../lib/persist/area';
import { shareCodeFromHash } from '../lib/persist/share-hash';

/** Events that say the visitor is about to use the tool, or already is. */
const USE = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'input'] as const;

/** Whether the workbook holds anything in this browser; true when storage cannot be read. */
function hasStoredWork(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      if (localStorage.key(i)?.startsWith(WORKBOOK_KEY_PREFIX)) return true;
    }
    return false;
  } catch {
    return true;
  }
}

const hasShareLink = () => shareCodeFromHash(location.hash) !== null;

const hydrateOnUse: ClientDirective = (load, _options, island) => {
  let started = false;
  const onHashChange = () => hasShareLink() && start();
  const onStorage = (event: StorageEvent) => event.key?.startsWith(WORKBOOK_KEY_PREFIX) && start();
  const onPageShow = () => hasStoredWork() && start();
  function start() {
    if (started) return;
    started = true;
    for (const type of USE) island.removeEventListener(type, start, true);
    removeEventListener('hashchange', onHashChange);
    removeEventListener('storage', onStorage);
    removeEventListener('pageshow', onPageShow);
    void load().then((hydrate) => hydrate());
  }
  if (hasShareLink() || hasStoredWork()) return start();
  for (const type of USE) island.addEventListener(type, start, { capture: true, passive: true });
  addEventListener('hashchange', onHashChange);
  addEventListener('storage', onStorage);
  addEventListener('pageshow', onPageShow);
};

export default hydrateOnUse;

declare global {
  namespace Astro {
    interface ClientDirectives {
      /** Hydrates on the first sign of use, or at once when there is stored work or a share link. */
      'client:use'?: boolean;
    }
  }
}
