/**
 * `client:use`: a tool starts when the visitor starts to use it, or at once when it has
 * something of theirs to show.
 *
 * A first visit has nothing stored, so the server's HTML is already what the tool would draw:
 * its fields take typing and its buttons take taps before any script runs (both are handed to
 * the tool when it starts: src/islands/kit/early-input.ts). The tool's code loads on the first
 * sign of use — a pointer over it, a tap, focus, a file dragged over — so a reader pays nothing.
 * The tool starts at once when the page could differ from the server's HTML: the workbook has
 * something stored in this browser (or storage cannot be read, which the tool must say), or the
 * address carries a share link; unless the last view of the tool kept in this browser shows
 * exactly that stored work, which the page then shows in place of the server's HTML, the tool
 * starting on use as on a first visit (island-view.ts); and later, when another tab stores something or a share link
 * is pasted into the address bar. A tool with parts only its script can draw (a chart) names
 * them, `client:use={{ seen: '.chart-box' }}`, and starts as one of them nears the screen.
 * A tool names the workbook areas it shows, `client:use={{ keys: ['calculators', 'settings'] }}`,
 * so that only those start it at once: a reader whose only record is the guides they have read
 * does not start every calculator (hydrate-on-use.test.ts checks each list against the tool's imports).
 * Where it shows only part of an area, it says what the server drew from that part,
 * `drawn: { calculators: { cac: null }, settings: { currency: 'USD' } }`, and the area starts it
 * at once only when the stored value differs there: the inputs kept for another calculator, a
 * company name, the answers to another guide's quiz leave it waiting (drawnDiffers).
 */
import type { ClientDirective } from 'astro';
import { WORKBOOK_KEY_PREFIX } from '../lib/persist/area';
import { shareCodeFromHash } from '../lib/persist/share-hash';
import { hasKeptView } from './view-cache';

/**
 * Events that say the visitor is about to use the tool: a pointer over it or pressed on it
 * (mouse, pen, touch), focus moving into it (keys and typing follow focus), a file dragged over.
 */
const USE = ['pointerover', 'pointerdown', 'focusin', 'dragenter'] as const;

/**
 * Whether a stored key belongs to the tool: one of its areas (`pw:sla`, or a copy kept beside it,
 * `pw:sla:corrupt`), or any workbook key for a tool that names none.
 */
export function isToolKey(key: string | null, areas: readonly string[] | undefined): boolean {
  if (!key?.startsWith(WORKBOOK_KEY_PREFIX)) return false;
  return !areas || areas.includes(key.slice(WORKBOOK_KEY_PREFIX.length).split(':')[0]!);
}

/** What the server drew from part of an area: by dotted path into its data, null where it drew nothing. */
export type Drawn = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Whether an area's stored text may show otherwise than the server drew it: true where a drawn
 * path holds another value, or does not lead through objects (unreadable text, a shape the tool
 * must read to say what is wrong with it). A path left unset at its end draws as the server did.
 */
export function drawnDiffers(raw: string, drawn: Drawn): boolean {
  try {
    const data: unknown = JSON.parse(raw).data;
    return Object.entries(drawn).some(([path, value]) => {
      const stored = path.split('.').reduce((at: unknown, key) => {
        if ((at as object | null)?.constructor !== Object) throw new TypeError(key);
        return (at as Record<string, unknown>)[key];
      }, data);
      return stored !== undefined && stored !== value;
    });
  } catch {
    return true;
  }
}

/**
 * Whether this browser holds anything the tool shows; true when storage cannot be read. An area
 * with drawn parts counts only where its stored value differs from them.
 */
function hasStoredWork(areas: readonly string[] | undefined, drawn: UseOptions['drawn']): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!isToolKey(key, areas)) continue;
      const parts = drawn?.[key!.slice(WORKBOOK_KEY_PREFIX.length)];
      if (!parts || drawnDiffers(localStorage.getItem(key!)!, parts)) return true;
    }
    return false;
  } catch {
    return true;
  }
}

const hasShareLink = () => shareCodeFromHash(location.hash) !== null;

/** Options of `client:use`. */
export interface UseOptions {
  /** A selector for parts that need the tool's script to show: the tool starts as one nears the screen. */
  seen?: string;
  /** The workbook areas the tool shows (`settings`, not `pw:settings`); unset, every area. */
  keys?: readonly string[];
  /** For areas the tool shows only part of: what the server drew there (see drawnDiffers). */
  drawn?: Readonly<Record<string, Drawn>>;
  /** The tool draws today's date (a document dated today): a view kept on another day is not shown. */
  dated?: boolean;
}

/**
 * Builds the page language's first number and date formats, each in a task of its own, while the
 * tool's code loads. The first Intl object of a page loads the locale's data: on a mid-range phone
 * 100–150 ms for numbers and 40–70 ms for dates, which would otherwise run inside the tool's start,
 * one long task that blocks input. Later formats cost a millisecond or two, so a second tool
 * starting on the page pays next to nothing for doing this again.
 */
function warmIntl() {
  const lang = document.documentElement.lang || undefined;
  setTimeout(() => new Intl.NumberFormat(lang).format(1));
  setTimeout(() => new Intl.DateTimeFormat(lang, { month: 'long' }).format(0));
}

/**
 * Whether a tool with work stored may show the last view of it kept in this browser and start on
 * use (island-view.ts): only with this site's Preact client, which knows to render over a view
 * (the development server keeps the stock one). A tool with parts only its script draws (a
 * chart) shows its view too, and starts as one of those parts nears the screen, as on a first visit.
 */
const mayShowView = (island: HTMLElement) =>
  typeof caches !== 'undefined' &&
  /\/preact-client\.[\w-]+\.js$/.test(island.getAttribute('renderer-url') ?? '');

const hydrateOnUse: ClientDirective = (load, options, island) => {
  const use =
    typeof options.value === 'object' && options.value ? (options.value as UseOptions) : {};
  const { seen, keys, drawn } = use;
  // Every listener goes once the tool starts.
  const listening = new AbortController();
  const { signal } = listening;
  let observer: IntersectionObserver | undefined;
  const start = () => {
    if (signal.aborted) return;
    listening.abort();
    observer?.disconnect();
    warmIntl();
    void load().then((hydrate) => hydrate());
  };
  if (hasShareLink()) return start();
  // The parts only the script draws, watched as they near the screen (again once a view replaces them).
  const watchSeen = () => {
    if (!seen || signal.aborted) return;
    observer?.disconnect();
    // As near as the charts themselves start to draw (ChartBox).
    observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && start(),
      { rootMargin: '300px 0px' },
    );
    for (const part of island.querySelectorAll(seen)) observer.observe(part);
  };
  if (hasStoredWork(keys, drawn)) {
    if (!mayShowView(island)) return start();
    // Shown only while the tool still waits: a tap or focus meanwhile starts it at once. The
    // painting code comes with the Preact client (preact-client.js), only where a view is kept.
    void hasKeptView(island)
      .then(async (kept) => {
        if (!kept) return false;
        const client = (await import(
          /* @vite-ignore */ island.getAttribute('renderer-url')!
        )) as typeof import('../../integrations/preact-client.js');
        return (await client.views()).paintView(island, use, () => !signal.aborted);
      })
      .catch(() => false)
      .then((shown) => (shown ? watchSeen() : start()));
  }
  for (const type of USE)
    island.addEventListener(type, start, { capture: true, passive: true, signal });
  addEventListener('hashchange', () => hasShareLink() && start(), { signal });
  addEventListener(
    'storage',
    (event: StorageEvent) => isToolKey(event.key, keys) && hasStoredWork(keys, drawn) && start(),
    { signal },
  );
  // Back to this page from the history cache: storage may have changed meanwhile.
  addEventListener(
    'pageshow',
    (event: PageTransitionEvent) => event.persisted && hasStoredWork(keys, drawn) && start(),
    { signal },
  );
  watchSeen();
};

export default hydrateOnUse;

declare global {
  namespace Astro {
    interface ClientDirectives {
      /** Hydrates on the first sign of use, or at once when there is stored work or a share link. */
      'client:use'?: boolean | UseOptions;
    }
  }
}
