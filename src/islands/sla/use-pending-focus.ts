import { useLayoutEffect, useRef, type MutableRef } from 'preact/hooks';

/**
 * Where focus goes once a list has re-rendered after an add, a move or a removal: a CSS
 * selector inside `container`, tried in order (the first that matches wins). Keyboard users
 * stay where they were working instead of falling back to the top of the page. Focus moves in
 * the same task as the re-render (a layout effect), so keys typed right after Enter land in the
 * new line, not the old one.
 */
export function usePendingFocus(container: MutableRef<HTMLElement | null>) {
  const pending = useRef<string[] | null>(null);
  useLayoutEffect(() => {
    const selectors = pending.current;
    if (!selectors) return;
    pending.current = null;
    for (const selector of selectors) {
      const target = container.current?.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        return;
      }
    }
  });
  return (...selectors: string[]) => {
    pending.current = selectors;
  };
}
