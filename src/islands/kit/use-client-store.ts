import { createContext } from 'preact';
import type { ReadableAtom } from 'nanostores';
import { useContext, useEffect, useState } from 'preact/hooks';

/**
 * Whether the island has started: false while it hydrates (it must render what the server
 * rendered), true from the render right after. Set by IslandRoot; null outside one.
 */
export const StartedContext = createContext<boolean | null>(null);

/**
 * A store's current value; the component renders again when it changes, once for all the
 * changes of one task (an import, a replayed paste). What @nanostores/preact's useStore does
 * without its options (keys, ssr), which no tool uses and every tool page would load.
 */
export function useStore<T>($store: ReadableAtom<T>): T {
  const [, rerender] = useState({});
  const [first] = useState(() => $store.get());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unlisten = $store.listen(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        rerender({});
      });
    });
    // Changed between the render and this effect: no listener heard it.
    if ($store.get() !== first) rerender({});
    return () => {
      unlisten();
      clearTimeout(timer);
    };
  }, [$store]);
  return $store.get();
}

/**
 * A store's value, but the server's value for the first render. Hydration must match the HTML
 * the server rendered (which never sees localStorage); the stored value follows right after
 * mount, which also makes Preact update the inputs' values.
 */
export function useClientStore<T>($store: ReadableAtom<T>, serverValue: T): T {
  const value = useStore($store);
  const mounted = useMounted();
  return mounted ? value : serverValue;
}

/** Whether the island has started (see StartedContext); a component outside a root tracks its own mount. */
export function useMounted(): boolean {
  const started = useContext(StartedContext);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return started ?? mounted;
}
