import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { throttle } from '../../editor/throttle';
import { nodeRect, type FlowRect } from '../node-rect';
import { fitMiniMap, toFlow, toMiniMap, unionRect, visibleFlowRect, type MiniMapFit } from './minimap-geometry';
import './canvas-minimap.css';

const WIDTH = 200;
const HEIGHT = 150;
/** Nodes are redrawn at most this often: a drag moves a node on every frame, the overview need not follow each one. */
const REDRAW_INTERVAL_MS = 100;

const nodesOf = (s: ReactFlowState) => s.nodes;
const transformOf = (s: ReactFlowState) => s.transform;
const paneWidthOf = (s: ReactFlowState) => s.width;
const paneHeightOf = (s: ReactFlowState) => s.height;

function clipToMap(corner: { x: number; y: number }, width: number, height: number): FlowRect {
  const x0 = Math.max(0, corner.x);
  const y0 = Math.max(0, corner.y);
  return { x: x0, y: y0, width: Math.max(0, Math.min(WIDTH, corner.x + width) - x0), height: Math.max(0, Math.min(HEIGHT, corner.y + height) - y0) };
}

function sameFit(a: MiniMapFit | null, b: MiniMapFit | null): boolean {
  return a === b || (a !== null && b !== null && a.scale === b.scale && a.originX === b.originX && a.originY === b.originY);
}

function drawNodes(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, rects: readonly FlowRect[], fit: MiniMapFit | null): void {
  const ratio = globalThis.devicePixelRatio || 1;
  if (canvas.width !== Math.round(WIDTH * ratio)) canvas.width = Math.round(WIDTH * ratio);
  if (canvas.height !== Math.round(HEIGHT * ratio)) canvas.height = Math.round(HEIGHT * ratio);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  if (!fit) return;
  // The theme's colour, read from CSS so dark mode needs nothing here.
  ctx.fillStyle = getComputedStyle(canvas).color;
  for (const r of rects) {
    const p = toMiniMap(fit, r.x, r.y);
    // At least a pixel, so a node far smaller than the network still shows.
    ctx.fillRect(p.x, p.y, Math.max(1, r.width * fit.scale), Math.max(1, r.height * fit.scale));
  }
}

/**
 * An overview of the whole network in the canvas corner, drawn on one <canvas>: the nodes are redrawn only when they
 * change (at most ten times a second), and a pan or zoom moves one rectangle. React Flow's own MiniMap keeps an SVG rectangle and a store
 * subscription per node, which cost every frame of a pan as much as the network itself (bench/RESULTS.md).
 * Click or drag to move the view there; the wheel zooms.
 */
export function CanvasMiniMap() {
  const nodes = useStore(nodesOf);
  const transform = useStore(transformOf);
  const paneWidth = useStore(paneWidthOf);
  const paneHeight = useStore(paneHeightOf);
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const latestNodes = useRef(nodes);
  latestNodes.current = nodes;
  const [drawn, setDrawn] = useState<{ fit: MiniMapFit | null; count: number }>({ fit: null, count: 0 });
  const [redraw] = useState(() =>
    throttle(() => {
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const rects = latestNodes.current.map(nodeRect);
      const bounds = unionRect(rects);
      const next = bounds ? fitMiniMap(bounds, WIDTH, HEIGHT) : null;
      drawNodes(canvas, ctx, rects, next);
      setDrawn((prev) => (sameFit(prev.fit, next) && prev.count === rects.length ? prev : { fit: next, count: rects.length }));
    }, REDRAW_INTERVAL_MS),
  );
  useEffect(() => redraw.poke(), [nodes, redraw]);
  useEffect(() => () => redraw.cancel(), [redraw]);
  const { fit } = drawn;

  // The visible area's outline, clipped to the map so its border shows even when the view is larger than the network.
  const view = fit ? visibleFlowRect(transform, paneWidth, paneHeight) : null;
  const outline = view && fit ? clipToMap(toMiniMap(fit, view.x, view.y), view.width * fit.scale, view.height * fit.scale) : null;

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    if (!fit) return;
    const box = e.currentTarget.getBoundingClientRect();
    const target = toFlow(fit, e.clientX - box.left, e.clientY - box.top);
    void flow.setCenter(target.x, target.y, { zoom: transform[2], duration: 0 });
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    moveTo(e);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e);
  };
  const onWheel = (e: WheelEvent<HTMLDivElement>) => void (e.deltaY < 0 ? flow.zoomIn({ duration: 0 }) : flow.zoomOut({ duration: 0 }));

  return (
    <Panel position="bottom-right" className="canvas-minimap">
      <div
        className="canvas-minimap__frame"
        style={{ width: WIDTH, height: HEIGHT }}
        data-testid="minimap"
        role="img"
        aria-label="Mini map of the whole network; click or drag to move the view there"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onWheel={onWheel}
      >
        <canvas ref={canvasRef} className="canvas-minimap__nodes" style={{ width: WIDTH, height: HEIGHT }} data-nodes={drawn.count} />
        {outline && (
          <div
            className="canvas-minimap__view"
            data-testid="minimap-view"
            style={{ transform: `translate(${outline.x}px, ${outline.y}px)`, width: outline.width, height: outline.height }}
          />
        )}
      </div>
    </Panel>
  );
}
