import { useStore, type Viewport } from '@xyflow/react';
import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { TopLayerContext } from './canvas-overlay-context';
import './viewport-layer.css';

/** The viewport the canvas opens at (its `defaultViewport`): React Flow's store holds zoom 1 until its zoom pane exists. */
export const FirstViewContext = createContext<Viewport>({ x: 0, y: 0, zoom: 1 });

/**
 * Children drawn in the canvas's own coordinates: in React Flow's viewport portal, or, before that element exists (it
 * is found after React Flow's first effects, a frame after the canvas first commits), in a stand-in at the same
 * transform, so a big design's tiles are in the canvas's first frame rather than its second.
 */
export function ViewportLayer({ children }: { children: ReactNode }) {
  const portal = useContext(TopLayerContext);
  const first = useContext(FirstViewContext);
  const transform = useStore((s) => (portal || s.panZoom === null ? null : s.transform));
  if (portal) return createPortal(children, portal);
  const [x, y, zoom] = transform ?? [first.x, first.y, first.zoom];
  return (
    <div className="viewport-layer" style={{ transform: `translate(${x}px, ${y}px) scale(${zoom})` }}>
      {children}
    </div>
  );
}
