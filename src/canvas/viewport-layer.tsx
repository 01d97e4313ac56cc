import { useStore } from '@xyflow/react';
import { useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { TopLayerContext } from './canvas-overlay-context';
import './viewport-layer.css';

/**
 * Children drawn in the canvas's own coordinates: in React Flow's viewport portal, or, before that element exists (it
 * is found after React Flow's first effects, a frame after the canvas first commits), in a stand-in at the same
 * transform, so a big design's tiles are in the canvas's first frame rather than its second.
 */
export function ViewportLayer({ children }: { children: ReactNode }) {
  const portal = useContext(TopLayerContext);
  const transform = useStore((s) => (portal ? null : s.transform));
  if (portal) return createPortal(children, portal);
  if (!transform) return null;
  const [x, y, zoom] = transform;
  return (
    <div className="viewport-layer" style={{ transform: `translate(${x}px, ${y}px) scale(${zoom})` }}>
      {children}
    </div>
  );
}
