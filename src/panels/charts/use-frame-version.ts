import { useCallback, useSyncExternalStore } from 'react';
import type { ResultsStore } from '../../store/results-store';

/** The results version, re-rendering at most once per animation frame however fast samples arrive. */
export function useFrameVersion(results: ResultsStore, enabled = true): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!enabled) return () => {};
      let frame = 0;
      const unsubscribe = results.subscribe(() => {
        if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), notify()));
      });
      return () => {
        unsubscribe();
        if (frame) cancelAnimationFrame(frame);
      };
    },
    [results, enabled],
  );
  return useSyncExternalStore(subscribe, () => (enabled ? results.version : 0));
}
