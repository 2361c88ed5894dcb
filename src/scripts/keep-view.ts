/**
 * Keeps a started tool's view for its next visit (see island-view.ts): after each change of its
 * work, once the page is quiet, the tool is drawn again off screen as it would start with that
 * work (no effects run, so no transient state: no open dialog, toast or half-finished upload),
 * and the drawing is kept under the key of that work. Loaded with a tool that can start from a
 * kept view, after it has started; nothing here runs on the page's first task.
 */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { $saveFailures } from '../stores/storage-engine';
import { viewKey, type KeptView, type ViewNode, type ViewOptions } from './island-view';
import { VIEW_CACHE, viewAddress } from './view-cache';

/** A rendered tool's HTML as view nodes, parsed inert (a template runs nothing and loads nothing). */
export function viewNodes(html: string): ViewNode[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  // Plain loops: this walks every node of a tool, in an idle moment of a page the user is using.
  const walk = <T extends { push(node: ViewNode): unknown }>(parent: ParentNode, into: T): T => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) into.push((node as Text).data);
      else if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        const attributes: Record<string, string> = {};
        for (const { name, value } of element.attributes) attributes[name] = value;
        const view: [string, Record<string, string>, ...ViewNode[]] = [
          element.localName,
          attributes,
        ];
        walk(element instanceof HTMLTemplateElement ? element.content : element, view);
        into.push(view);
      }
    }
    return into;
  };
  return walk(template.content, []);
}

/** How long the tool must be quiet (no typing, no change drawn) before its view is kept. */
const QUIET_MS = 1000;
/** The longest a change waits to be kept while the tool keeps changing (a toast, a busy page). */
const LONGEST_WAIT_MS = 4000;

/**
 * The next idle moment (soon, on a busy page): keeping a view takes a few steps, each its own
 * short task, so that a keystroke never waits behind the whole of it on a slow phone.
 */
const idle = () =>
  new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window)
      requestIdleCallback(() => resolve(), { timeout: QUIET_MS });
    else setTimeout(resolve, 0);
  });

/**
 * Keeps the view of `island` up to date while the page is open. `draw` returns the tool as it
 * starts with the stored work (IslandRoot started, as over a kept view).
 */
export function keepView<P>(island: HTMLElement, options: ViewOptions, draw: () => VNode<P>) {
  let keptKey: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = false;
  /** `leaving`: the page is being hidden, so no step waits for an idle moment. */
  const keep = async (leaving = false) => {
    // A change only in memory (a full disk) is not what the next visit will find stored.
    if (writing || Object.values($saveFailures.get()).some(Boolean)) return;
    writing = true;
    const step = () => (leaving ? undefined : idle());
    try {
      const key = await viewKey(island, options);
      if (key === null || key === keptKey) return;
      await step();
      const html = renderToString(draw());
      await step();
      const nodes = viewNodes(html);
      // The work changed while drawing: the next quiet moment keeps the view.
      if ((await viewKey(island, options)) !== key) return schedule();
      const view: KeptView = { key, nodes };
      const cache = await caches.open(VIEW_CACHE);
      await cache.put(
        viewAddress(island),
        new Response(JSON.stringify(view), { headers: { 'content-type': 'application/json' } }),
      );
      keptKey = key;
    } catch {
      // A view not kept costs the next visit its speed, nothing else.
    } finally {
      writing = false;
    }
  };
  // Since when a change waits to be kept: a page never quiet for long still keeps its view.
  let waitingSince: number | undefined;
  const schedule = () => {
    clearTimeout(timer);
    waitingSince ??= Date.now();
    const wait = Math.max(0, Math.min(QUIET_MS, waitingSince + LONGEST_WAIT_MS - Date.now()));
    timer = setTimeout(() => {
      waitingSince = undefined;
      const run = () => void keep();
      // In an idle moment, but not never: a busy page has few.
      if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: QUIET_MS });
      else run();
    }, wait);
  };
  new MutationObserver(schedule).observe(island, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  island.addEventListener('input', schedule);
  addEventListener('storage', schedule);
  // Leaving the page with a change not yet kept.
  addEventListener(
    'visibilitychange',
    () => document.visibilityState === 'hidden' && timer !== undefined && void keep(true),
  );
  schedule();
}
