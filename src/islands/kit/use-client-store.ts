import type { ReadableAtom } from 'nanostores';
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';

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

export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
