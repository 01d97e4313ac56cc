import { useEffect, useState } from 'react';

// A big design reaches the screen in steps, the first one small, so something shows after one frame's work.

/**
 * A big design's nodes reach React Flow in slices that double each frame (500, 1,000, 2,000, …): the first are on
 * screen after one slice's work instead of the whole design's, and the page answers input between slices.
 */
const FIRST_SLICE_NODES = 500;

export function useNodeSlices<T>(all: T[], sliced: boolean): { drawn: T[]; complete: boolean } {
  const [count, setCount] = useState(() => (sliced && all.length > FIRST_SLICE_NODES ? FIRST_SLICE_NODES : Infinity));
  const complete = count >= all.length;
  useEffect(() => {
    if (complete) return;
    const frame = requestAnimationFrame(() => setCount((c) => c * 2));
    return () => cancelAnimationFrame(frame);
  }, [complete, count]);
  return { drawn: complete ? all : all.slice(0, count), complete };
}

/**
 * A design opened zoomed out draws its tiles in the first frame; React Flow takes its nodes (all hidden behind the
 * tiles) and the link layer its links in the next, as React Flow itself draws edges only once their nodes are
 * measured. On a 2,000-node link they cost ~20 and ~35 ms before any node showed.
 */
export function useTilesFirst(openedTiled: boolean): boolean {
  const [rest, setRest] = useState(!openedTiled);
  useEffect(() => {
    if (rest) return;
    const frame = requestAnimationFrame(() => setRest(true));
    return () => cancelAnimationFrame(frame);
  }, [rest]);
  return rest;
}
