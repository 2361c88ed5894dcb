import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded with import() the first time it is wanted, then kept: null until it arrives.
 * For parts most visits never show (a plan packet's funnel part, the CRM page's link to the
 * planner), so their code is not loaded up front.
 */
export function useLazyModule<T>(wanted: boolean, load: () => Promise<T>): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void load().then((loaded) => live && setModule(() => loaded));
    return () => {
      live = false;
    };
  }, [wanted]);
  return module;
}
