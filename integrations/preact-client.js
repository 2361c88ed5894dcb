// @ts-check
// The browser half of Astro's Preact renderer, for the islands this site has (served in place of
// @astrojs/preact/client.js by lean-preact-client.mjs). Ours take props only: no children or named
// slots from .astro, no signals passed as props, no `client:only`. Those three are what the
// stock client adds (with a lazy import of @preact/signals); an island that needs one fails at once
// with a message, rather than drawing something else.
// A tool that starts on use (`client:use`) may start over the last view of it kept in this browser
// (src/scripts/island-view.ts): it then renders over that view rather than hydrating the server's
// HTML, and once started it keeps its view for the next visit (src/scripts/keep-view.ts).
import { h, hydrate, render } from 'preact';
import { ViewStart } from '../src/islands/kit/view-start';

/** The code of kept views (src/scripts/island-view.ts): the directive paints with it, a started tool keeps its view. */
export const views = () => import('../src/scripts/island-view');

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
      throw new Error(
        `${element.getAttribute('component-export') ?? 'An island'} takes children, slots, signals or client:only: see integrations/lean-preact-client.mjs`,
      );
    }
    // The island's id, so that useId() gives the ids the server rendered (as the stock client does).
    const id = element.getAttribute('data-preact-island-id');
    const island = id === null ? element.getAttribute('uid') : Number.parseInt(id, 10);
    /** @param {boolean} fromView */
    const tool = (fromView) => {
      // Counted from 0 in each drawing of the tool (its kept view is drawn again off screen).
      const mask = [island, 0];
      return Object.assign(h(ViewStart.Provider, { value: fromView }, h(Component, props)), {
        _mask: mask,
        __m: mask,
      });
    };
    if (element.hasAttribute('data-view')) {
      element.removeAttribute('data-view');
      // Render (not hydrate) over the kept view: every attribute is compared with the tool's.
      render(tool(true), element);
    } else hydrate(tool(false), element);
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
    if (client === 'use') void views().then(({ keepView }) => keepView(element, () => tool(true)));
  };
