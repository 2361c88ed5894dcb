/** The Cache storage that holds the tools' kept views (island-view.ts). */
export const VIEW_CACHE = 'pw-views';

/** Forgets every kept view: they show work the workbook no longer holds. Never throws. */
export function forgetViews(): void {
  void globalThis.caches?.delete(VIEW_CACHE).catch(() => undefined);
}

/** Where the view of this page's island is kept: the page and the island's place on it. */
export function viewAddress(island: Element): string {
  const index = [...document.querySelectorAll('astro-island')].indexOf(island);
  return new URL(`/__views${location.pathname}?island=${index}`, location.origin).href;
}

/** Whether a view of the island is kept at all (not whether it shows the work stored now). */
export async function hasKeptView(island: Element): Promise<boolean> {
  try {
    return (await (await caches.open(VIEW_CACHE)).match(viewAddress(island))) !== undefined;
  } catch {
    return false;
  }
}
