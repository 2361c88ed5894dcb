import { createContext } from 'preact';
import type { ReadableAtom } from 'nanostores';
import { useStore } from '@nanostores/preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/**
 * Whether the island has started: false while it hydrates (it must render what the server
 * rendered), true from the render right after. Set by IslandRoot; null outside one.
 */
export const StartedContext = createContext<boolean | null>(null);

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
