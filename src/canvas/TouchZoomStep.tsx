import { useLayoutEffect, useState } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

/** The zoom rounded down to a power of 1.25: the page restyles a few times in a pinch, not on every frame of it. */
export function zoomStep(zoom: number): number {
  return Math.pow(1.25, Math.floor(Math.log(zoom) / Math.log(1.25) + 1e-9));
}

const stepOf = (s: ReactFlowState) => zoomStep(s.transform[2]);
const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * On a touch screen, puts the canvas zoom (as a step) in the CSS variable --zoom-step on the flow, so a handle's touch
 * area can stay a finger's size on screen when the view is zoomed out (station-node.css).
 */
export function TouchZoomStep() {
  const [coarse] = useState(() => matchMedia('(pointer: coarse)').matches);
  const step = useStore(stepOf);
  const domNode = useStore(domNodeOf);
  useLayoutEffect(() => {
    if (coarse) domNode?.style.setProperty('--zoom-step', String(step));
  }, [coarse, domNode, step]);
  return null;
}
