import { useEffect, useState, type DependencyList } from 'react';

/**
 * Ask the worker once `deps` have stayed the same for `quietMs` (edits come in bursts), keeping the last answer until
 * the next one arrives; an answer to a question since replaced, or to an unmounted panel, is dropped. `ask` is null
 * while there is nothing to ask. A failed call becomes `failed(message)`.
 */
export function useWorkerAnswer<T>(ask: (() => Promise<T>) | null, failed: (message: string) => T, quietMs: number, deps: DependencyList): T | null {
  const [answer, setAnswer] = useState<T | null>(null);
  useEffect(() => {
    if (!ask) return;
    let live = true;
    const timer = setTimeout(() => {
      ask().then(
        (result) => live && setAnswer(result),
        (e: unknown) => live && setAnswer(failed((e as Error).message)),
      );
    }, quietMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The caller's deps say when to ask again; `ask` and `failed` are rebuilt on every render.
  }, deps);
  return answer;
}
