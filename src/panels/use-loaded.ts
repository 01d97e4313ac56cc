import { useEffect, useState } from 'react';

/**
 * Code loaded once `wanted`, mounted by a plain state update rather than Suspense: a Suspense retry render can be
 * interrupted, and on a 2,000-node network with results streaming it was interrupted for ever. 'failed' when the code
 * could not be fetched; `arrived` gives what has already loaded, if anything.
 */
export function useLoaded<T>(load: () => Promise<T>, wanted: boolean, arrived: () => T | null = () => null): T | 'failed' | null {
  const [loaded, setLoaded] = useState<T | 'failed' | null>(arrived);
  useEffect(() => {
    if (!wanted || loaded !== null) return;
    let live = true;
    load().then(
      (module) => live && setLoaded(module),
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, loaded]);
  return loaded;
}
