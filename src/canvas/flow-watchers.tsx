import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { isLowDetail } from './level-of-detail';

// Components placed inside React Flow only to read its store and tell the canvas around it.

/** Hands the canvas React Flow's viewport portal once it exists, for the link labels drawn above the nodes. */
export function TopLayerFinder({ onFound }: { onFound: (layer: HTMLElement | null) => void }) {
  const domNode = useStore((s) => s.domNode);
  useEffect(() => onFound(domNode?.querySelector<HTMLElement>('.react-flow__viewport-portal') ?? null), [domNode, onFound]);
  return null;
}

/** Reports, from inside React Flow, whether the zoom calls for the low level of detail; re-renders only when that flips. */
export function DetailWatcher({ nodeCount, onChange }: { nodeCount: number; onChange: (low: boolean) => void }) {
  // Until the zoom pane exists the store holds zoom 1, not the first viewport: judging that would draw every link once.
  const low = useStore((s) => (s.panZoom === null ? null : isLowDetail(s.transform[2], nodeCount)));
  useEffect(() => {
    if (low !== null) onChange(low);
  }, [low, onChange]);
  return null;
}
