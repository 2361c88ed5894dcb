import { useEffect, useState } from 'preact/hooks';

/**
 * A part of the page loaded with import() once it is wanted, and kept: what most visits never
 * show stays off the page's first load (its JS budget is 45 KB). Null until it has loaded.
 */
export function useLazy<T>(wanted: boolean, load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    if (wanted && !loaded) void load().then((value) => setLoaded({ value }));
  }, [wanted]);
  return loaded?.value ?? null;
}
