// @ts-check
// The browser half of Astro's Preact renderer, for the islands this site has (served in place of
// @astrojs/preact/client.js by lean-preact-client.mjs). Ours take props only: no children or named
// slots from .astro, no signals passed as props, no `client:only`. Those three are what the
// stock client adds (with a lazy import of @preact/signals); an island that needs one fails at once
// with a message, rather than drawing something else.
import { h, hydrate, render } from 'preact';

/** @param {HTMLElement} element */
export default (element) =>
  /**
   * @param {import('preact').ComponentType<Record<string, unknown>>} Component
   * @param {Record<string, unknown>} props
   * @param {Record<string, string>} slots
   * @param {{ client: string }} meta
   */
  async (Component, props, slots, { client }) => {
    if (!element.hasAttribute('ssr')) return;
    if (Object.keys(slots).length > 0 || element.dataset.preactSignals || client === 'only') {
      throw new Error(`${element.getAttribute('component-export') ?? 'An island'} takes children, slots, signals or client:only: see integrations/lean-preact-client.mjs`);
    }
    const child = h(Component, props);
    // The island's id, so that useId() gives the ids the server rendered (as the stock client does).
    const id = element.getAttribute('data-preact-island-id');
    const mask = [id === null ? element.getAttribute('uid') : Number.parseInt(id, 10), 0];
    Object.assign(child, { _mask: mask, __m: mask });
    hydrate(child, element);
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
