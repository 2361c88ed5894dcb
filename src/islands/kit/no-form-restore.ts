/**
 * A tool's fields show what its store holds, never what the browser remembers of the page. Going
 * Back to a page it did not keep whole (no back/forward cache), Chromium puts the text and choices
 * the fields held when the page was left back into them, after the tool has drawn what is stored
 * and without an input event: where another tab, an import or a reset changed the data meanwhile,
 * the page would show the old text, and the next keystroke would save it over the newer.
 * `autocomplete="off"` is what opts a field out of that memory, so every field an island renders
 * gets it unless it says otherwise (on a checkbox or radio the attribute only does this).
 */
import { options, type VNode } from 'preact';

const KEPT_BY_STORE = new Set(['input', 'textarea', 'select']);
/** Inputs with no value of their own to remember. */
const NO_VALUE = new Set(['button', 'submit', 'reset', 'image', 'file', 'hidden']);

const previous = options.vnode;
options.vnode = (vnode: VNode) => {
  if (typeof vnode.type === 'string' && KEPT_BY_STORE.has(vnode.type)) {
    const props = vnode.props as Record<string, unknown>;
    const type = typeof props.type === 'string' ? props.type : 'text';
    if (props.autocomplete === undefined && props.autoComplete === undefined && !(vnode.type === 'input' && NO_VALUE.has(type))) {
      props.autocomplete = 'off';
    }
  }
  previous?.(vnode);
};
