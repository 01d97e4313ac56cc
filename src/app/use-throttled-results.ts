import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useApp } from './app-context';
import type { ResultsStore } from '../store/results-store';
import { throttle } from './throttle';

/** A value read from the results store, refreshed at most once per `intervalMs` (never per sample batch); idle when disabled. */
export function useThrottledResults<T>(read: (results: ResultsStore) => T, equal: (a: T, b: T) => boolean, intervalMs = 250, enabled = true): T {
  const { results } = useApp();
  const readRef = useRef(read);
  const equalRef = useRef(equal);
  useLayoutEffect(() => {
    readRef.current = read;
    equalRef.current = equal;
  });
  const [value, setValue] = useState(() => read(results));
  useEffect(() => {
    if (!enabled) return;
    const refresh = () => {
      const next = readRef.current(results);
      setValue((prev) => (equalRef.current(prev, next) ? prev : next));
    };
    refresh();
    const throttled = throttle(refresh, intervalMs);
    const unsubscribe = results.subscribe(() => throttled.poke());
    return () => {
      unsubscribe();
      throttled.cancel();
    };
  }, [results, intervalMs, enabled]);
  return value;
}
