/**
 * The last view of a tool, kept in this browser: what the tool draws for the work stored here,
 * shown on a return visit without loading the tool.
 *
 * A tool with work stored used to start at once on every visit, to draw that work: the whole of
 * its code up front, and a long first task on a slow phone. Instead, each time a started tool's
 * work changes, the tool draws itself again as it would start with that work (keep-view.ts) and
 * keeps that drawing in the Cache storage, keyed by everything it depends on: the tool's code and
 * props, the page, the stored work it shows (and the day, for a tool that shows dates). On the
 * next visit, when the key still matches, the page shows the kept view in place of the server's
 * HTML and the tool starts on use, as on a first visit (hydrate-on-use.ts); any change (another
 * tab, an import, a new version of the site, a new day for a dated tool) means no match, and the
 * tool starts at once as before. When it starts over a kept view, it renders over it (not
 * hydrates: render corrects every attribute), its first render already the stored work's.
 *
 * A view is a tree of plain data, never HTML: text becomes text nodes, and what is rebuilt is
 * filtered (no scripts or frames, no event-handler attributes, no script URLs), so a view cannot
 * run anything whatever the storage holds.
 */
import { WORKBOOK_KEY_PREFIX } from '../lib/persist/area';
import { drawnDiffers } from './hydrate-on-use';
import { VIEW_CACHE, viewAddress } from './view-cache';

/** A node of a kept view: text, or an element as [tag, attributes, ...children]. */
export type ViewNode =
  string | [tag: string, attributes: Record<string, string>, ...children: ViewNode[]];

export interface KeptView {
  key: string;
  nodes: ViewNode[];
}

/** What the directive's options say about the stored work a tool shows. */
export interface ViewOptions {
  keys?: readonly string[] | undefined;
  drawn?: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined;
  dated?: boolean | undefined;
}

const valueAt = (data: unknown, path: string) =>
  path
    .split('.')
    .reduce((at: unknown, key) => (at as Record<string, unknown> | undefined)?.[key], data);

/**
 * The stored work a tool shows, as text: each of its areas' raw text, or where the tool shows
 * only parts of an area (`drawn`), the area's version and those parts where they differ from
 * what the server drew. Throws where storage
 * cannot be read or an area's text is not JSON: the tool must start to say so.
 */
export function storedWork({ keys, drawn }: ViewOptions): string {
  const work: [string, string][] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    if (!key.startsWith(WORKBOOK_KEY_PREFIX)) continue;
    const area = key.slice(WORKBOOK_KEY_PREFIX.length);
    if (keys && !keys.includes(area.split(':')[0]!)) continue;
    const raw = localStorage.getItem(key)!;
    const parts = drawn?.[area] as Parameters<typeof drawnDiffers>[1] | undefined;
    if (!parts) work.push([key, raw]);
    // Shown as the server drew it (a currency left at the default): as if nothing were stored.
    else if (drawnDiffers(raw, parts)) {
      const { v, data } = JSON.parse(raw) as { v?: unknown; data?: unknown };
      work.push([
        key,
        JSON.stringify([v, Object.keys(parts).map((path) => valueAt(data, path) ?? null)]),
      ]);
    }
  }
  return JSON.stringify(work.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The key a kept view must carry to be shown now; null where it cannot be worked out. */
export async function viewKey(island: Element, options: ViewOptions): Promise<string | null> {
  try {
    const attribute = (name: string) => island.getAttribute(name) ?? '';
    const text = [
      attribute('component-url'),
      attribute('component-export'),
      attribute('props'),
      document.documentElement.lang,
      location.pathname,
      options.dated ? new Date().toDateString() : '',
      storedWork(options),
    ].join('\u0000');
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

const UNSAFE_TAG = /^(script|style|iframe|frame|object|embed|link|meta|base|template|noscript)$/i;
const URL_ATTRIBUTE = /^(href|src|action|formaction|xlink:href|srcdoc)$/i;
const SCRIPT_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i;

/** Whether an attribute may be rebuilt: never an event handler, a style, or a URL that runs script. */
export function safeAttribute(name: string, value: string): boolean {
  return (
    !/^on/i.test(name) &&
    name.toLowerCase() !== 'style' &&
    !(URL_ATTRIBUTE.test(name) && SCRIPT_URL.test(value))
  );
}

const SVG = 'http://www.w3.org/2000/svg';

/** The DOM of a kept view: text as text, elements filtered (see safeAttribute; unsafe tags dropped). */
export function buildView(nodes: readonly ViewNode[], svg = false): Node[] {
  return nodes.flatMap((node): Node[] => {
    if (typeof node === 'string') return [document.createTextNode(node)];
    const [tag, attributes, ...children] = node;
    if (UNSAFE_TAG.test(tag)) return [];
    const inSvg = svg || tag === 'svg';
    const element = inSvg ? document.createElementNS(SVG, tag) : document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (safeAttribute(name, value)) element.setAttribute(name, value);
    }
    element.append(...buildView(children, inSvg && tag !== 'foreignObject'));
    return [element];
  });
}

/**
 * Shows the kept view of a tool in place of the server's HTML, if one matches the stored work
 * and the tool is still waiting (`waiting()` is checked last, after every await). Marks the
 * island so that the tool renders over the view when it starts. Never throws.
 */
export async function paintView(
  island: HTMLElement,
  options: ViewOptions,
  waiting: () => boolean,
): Promise<boolean> {
  try {
    const [key, cache] = await Promise.all([viewKey(island, options), caches.open(VIEW_CACHE)]);
    const response = key === null ? undefined : await cache.match(viewAddress(island));
    const view = response && ((await response.json()) as KeptView);
    if (!view || view.key !== key || !waiting()) return false;
    island.replaceChildren(...buildView(view.nodes));
    island.setAttribute('data-view', '');
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps the view of a started tool for its next visit (keep-view.ts, loaded here); `draw`
 * returns the tool as it starts over a kept view.
 */
export function keepView<P>(island: HTMLElement, draw: () => import('preact').VNode<P>): void {
  const value: unknown = JSON.parse(island.getAttribute('opts') ?? '{}').value;
  const options = (typeof value === 'object' && value ? value : {}) as ViewOptions;
  if (typeof caches === 'undefined') return;
  void import('./keep-view').then((keep) => keep.keepView(island, options, draw));
}
