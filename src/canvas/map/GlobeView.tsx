import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useEditor } from '../../editor/editor-context';
import { pagePalette } from '../../share/image-export';
import { useSession } from '../../store/session-store';
import { connectByGesture } from '../connect-gesture';
import { placeWaitingNode } from './map-placement';
import { useMapView } from '../../store/map-view-store';
import { globeProjection, worldBase, worldOverlay, type WorldScene } from './world-svg';
import './globe.css';

/** A press that moves less than this is a click (select, or place the waiting node), not a turn. */
const CLICK_SLOP_PX = 4;
/** Degrees turned per arrow key press at zoom 1. */
const KEY_TURN_DEG = 10;

/**
 * The orthographic globe: drag (mouse, pen or finger) or the arrow keys turn it, the wheel or + / − zoom, a click on a
 * marker selects its node, a drag from one marker to another links them, and with a node waiting in the tray a click
 * on the globe places it there.
 */
export function GlobeView({ scene }: { scene: WorldScene }) {
  const app = useEditor();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const rotation = useMapView((s) => s.rotation);
  const zoom = useMapView((s) => s.globeZoom);
  const { setRotation, setGlobeZoom } = useMapView.getState();
  /** The press in progress: a turn of the globe, or, when it began on a marker, a link being drawn from that node. */
  const drag = useRef<{ x: number; y: number; start: [number, number]; moved: boolean; fromNode: string | null } | null>(null);
  /** The line drawn from the pressed marker to the pointer, in the globe's own pixels. */
  const [band, setBand] = useState<{ x1: number; y1: number; x2: number; y2: number } | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setSize({ width: Math.max(200, el.clientWidth), height: Math.max(200, el.clientHeight) });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    // Not a React handler: the page must not scroll while the wheel zooms the globe, which needs a non-passive listener.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      setGlobeZoom(useMapView.getState().globeZoom * Math.exp(-e.deltaY * 0.0015));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      observer.disconnect();
      el.removeEventListener('wheel', onWheel);
    };
  }, [setGlobeZoom]);
  const projection = useMemo(() => globeProjection(rotation, size.width, size.height, zoom), [rotation, size, zoom]);
  const options = useMemo(() => ({ projection, widthPx: size.width, heightPx: size.height, palette: pagePalette(), decorated: false }), [projection, size]);
  // The land is redrawn only when the globe turns or zooms, not when a satellite moves.
  const base = useMemo(() => worldBase(scene.land, options), [scene.land, options]);
  const overlay = useMemo(() => worldOverlay(scene, options), [scene, options]);
  const degreesPerPx = 180 / Math.PI / projection.scale();

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const marker = (e.target as Element).closest?.('[data-node-id]');
    drag.current = { x: e.clientX, y: e.clientY, start: useMapView.getState().rotation, moved: false, fromNode: marker?.getAttribute('data-node-id') ?? null };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < CLICK_SLOP_PX) return;
    d.moved = true;
    if (d.fromNode !== null) {
      const rect = e.currentTarget.getBoundingClientRect();
      setBand({ x1: d.x - rect.left, y1: d.y - rect.top, x2: e.clientX - rect.left, y2: e.clientY - rect.top });
      return;
    }
    setRotation([d.start[0] + dx * degreesPerPx, d.start[1] - dy * degreesPerPx]);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    setBand(null);
    if (d && d.moved && d.fromNode !== null) {
      // A drag from one marker to another links them, as on the flat map; the pointer is captured, so look under it.
      const target = document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-node-id]')?.getAttribute('data-node-id');
      if (target) connectByGesture(app, d.fromNode, target);
      return;
    }
    if (!d || d.moved) return;
    const marker = (e.target as Element).closest?.('[data-node-id]');
    if (marker) {
      useSession.getState().select({ kind: 'node', id: marker.getAttribute('data-node-id')! });
      return;
    }
    const rect = e.currentTarget.getBoundingClientRect();
    const lonLat = projection.invert?.([e.clientX - rect.left, e.clientY - rect.top]);
    // A click off the disc inverts to a point behind it: only clicks on the visible hemisphere place a node.
    const onDisc = Math.hypot(e.clientX - rect.left - size.width / 2, e.clientY - rect.top - size.height / 2) <= projection.scale();
    if (!placeWaitingNode(app, lonLat && onDisc ? { lonDeg: lonLat[0], latDeg: lonLat[1] } : null)) useSession.getState().select(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const turn = KEY_TURN_DEG / zoom;
    const [lambda, phi] = rotation;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setRotation([lambda + turn, phi]),
      ArrowRight: () => setRotation([lambda - turn, phi]),
      ArrowUp: () => setRotation([lambda, phi - turn]),
      ArrowDown: () => setRotation([lambda, phi + turn]),
      '+': () => setGlobeZoom(zoom * 1.25),
      '=': () => setGlobeZoom(zoom * 1.25),
      '-': () => setGlobeZoom(zoom / 1.25),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    // Arrows here turn the globe; they must not also nudge the selected nodes.
    e.stopPropagation();
    move();
  };
  return (
    <div
      ref={box}
      className="globe nodrag nopan nowheel"
      data-testid="globe"
      data-rotation={rotation.map((a) => a.toFixed(1)).join(',')}
      role="application"
      aria-roledescription="globe"
      tabIndex={0}
      aria-label={`Globe centred on ${(-rotation[1]).toFixed(0)}° N, ${(-rotation[0]).toFixed(0)}° E: drag or use the arrow keys to turn it, + and − to zoom`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
        setBand(null);
      }}
      onKeyDown={onKeyDown}
    >
      <svg xmlns="http://www.w3.org/2000/svg" width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`}>
        <g dangerouslySetInnerHTML={{ __html: base }} />
        <g dangerouslySetInnerHTML={{ __html: overlay }} />
        {band && <line className="globe__band" data-testid="globe-connect-line" {...band} />}
      </svg>
    </div>
  );
}
