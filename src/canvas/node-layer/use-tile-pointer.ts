import type { NodeChange, ReactFlowInstance } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import { kindName } from '../../store/scenario-edits';
import { useSession } from '../../store/session-store';
import type { LinkFlowEdge, StationFlowNode } from '../flow-elements';
import type { LayerNode } from './node-batches';
import { tileAt } from './node-hit';

/** A press that moves less than this is a click (select), not a drag, screen pixels (React Flow's own default is 1). */
const DRAG_SLOP_PX = 3;
/** How far outside a tile a press still picks it, screen pixels: zoomed out a tile is a few pixels wide. */
const TILE_SLOP_PX = 1;

export interface TilePointerOptions {
  /** Whether nodes are drawn by the layer now (zoomed out, not on the map). */
  enabled: boolean;
  /** The nodes the layer draws, as last drawn. */
  tiles: RefObject<readonly LayerNode[]>;
  flow: RefObject<ReactFlowInstance<StationFlowNode, LinkFlowEdge> | null>;
  draggable: boolean;
  /** React Flow's own change handler: a drag here moves nodes exactly as a drag of a node element does. */
  onNodesChange: (changes: NodeChange<StationFlowNode>[]) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}

/** The node under a screen point, if the layer draws one there. */
export function tileUnder(options: Pick<TilePointerOptions, 'tiles' | 'flow'>, clientX: number, clientY: number): string | null {
  const instance = options.flow.current;
  const tiles = options.tiles.current;
  if (!instance || !tiles) return null;
  return tileAt(tiles, instance.screenToFlowPosition({ x: clientX, y: clientY }), TILE_SLOP_PX / instance.getZoom());
}

/**
 * Where nodes are tiles of one layer, a press on a tile acts as on a node element: a click selects it (Shift adds or
 * removes it), a drag moves it in one undo step (where nodes may move; elsewhere it pans, as over a fixed node), and
 * hovering names it. Tile presses and clicks are taken before React Flow's pane sees them, so the view does not pan
 * under a dragged node and the pane's click does not clear the selection just made.
 */
export function useTilePointer(wrapper: RefObject<HTMLElement | null>, options: TilePointerOptions): void {
  const { enabled } = options;
  // Read through a ref: the listeners stay attached while the nodes move on every frame of a drag.
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    const el = wrapper.current;
    if (!el || !enabled) return;
    const onPane = (e: Event) => e.target instanceof Element && e.target.classList.contains('react-flow__pane') && el.contains(e.target);
    /** A drag ends in a click on the pane too, which is not a click on whatever lies under the pointer there. */
    let dragJustEnded = false;
    /** Stops listening to the press in progress, if the layer goes (zoomed in) before it ends. */
    let stopPress: (() => void) | null = null;
    const onClick = (e: MouseEvent) => {
      if (dragJustEnded) {
        dragJustEnded = false;
        e.stopPropagation();
        return;
      }
      if (!onPane(e)) return;
      const id = tileUnder(latest.current, e.clientX, e.clientY);
      if (id === null) return;
      e.stopPropagation();
      if (e.shiftKey) toggleInSelection(id);
      else selectOnly(id);
    };
    const onPointerDown = (e: PointerEvent) => {
      if (e.button !== 0 || !onPane(e) || !latest.current.draggable) return;
      const o = latest.current;
      const id = tileUnder(o, e.clientX, e.clientY);
      const instance = o.flow.current;
      if (id === null || !instance) return;
      // Ours, not the pane's: no pan, no selection box; preventDefault also holds back the mousedown d3-zoom pans on.
      e.stopPropagation();
      e.preventDefault();
      const start = { x: e.clientX, y: e.clientY };
      const node = instance.getNode(id);
      const from = node ? { ...node.position } : null;
      let dragging = false;
      let at = from;
      const move = (m: PointerEvent) => {
        if (m.pointerId !== e.pointerId || !from) return;
        const dx = m.clientX - start.x;
        const dy = m.clientY - start.y;
        if (!dragging) {
          if (Math.hypot(dx, dy) < DRAG_SLOP_PX) return;
          dragging = true;
          selectOnly(id);
          latest.current.onDragStart();
        }
        const zoom = instance.getZoom();
        at = { x: from.x + dx / zoom, y: from.y + dy / zoom };
        latest.current.onNodesChange([{ type: 'position', id, position: at, dragging: true }]);
      };
      /** Ends the press; a drag ends where the node is (or where it began, when cancelled): one document change. */
      const stop = (end: 'drop' | 'cancel') => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
        stopPress = null;
        if (!dragging || !from || !at) return;
        latest.current.onNodesChange([{ type: 'position', id, position: end === 'cancel' ? from : at, dragging: false }]);
        latest.current.onDragEnd();
        // The click that follows (if the press and release fell on the pane) is this drag's, not a new pick.
        dragJustEnded = true;
        setTimeout(() => (dragJustEnded = false), 0);
      };
      const up = (u: PointerEvent) => {
        if (u.pointerId === e.pointerId) stop(u.type === 'pointercancel' ? 'cancel' : 'drop');
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
      stopPress = () => stop('drop');
    };
    // d3-zoom pans on touchstart too, which no pointer event can hold back.
    const onTouchStart = (e: TouchEvent) => {
      const touch = e.touches[0];
      if (e.touches.length === 1 && touch && onPane(e) && latest.current.draggable && tileUnder(latest.current, touch.clientX, touch.clientY) !== null) e.stopPropagation();
    };
    // Zoomed out the tiles carry no text: the canvas's tooltip names the one under the pointer.
    let hoverFrame = 0;
    const onPointerMove = (e: PointerEvent) => {
      if (hoverFrame || e.pointerType !== 'mouse') return;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        const id = onPane(e) ? tileUnder(latest.current, e.clientX, e.clientY) : null;
        const node = id === null ? undefined : latest.current.flow.current?.getNode(id);
        const title = node ? `${kindName(node.data.kind)} ${node.data.label}` : '';
        if (el.title !== title) el.title = title;
      });
    };
    // On the window, in the capture phase: before React's own capture handlers, where React Flow's pane starts a
    // selection box while Shift is held.
    window.addEventListener('click', onClick, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
    el.addEventListener('pointermove', onPointerMove);
    return () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('touchstart', onTouchStart, true);
      el.removeEventListener('pointermove', onPointerMove);
      stopPress?.();
      cancelAnimationFrame(hoverFrame);
      el.title = '';
    };
  }, [wrapper, enabled]);
}

function selectOnly(id: string): void {
  useSession.getState().selectMany([id], [], { kind: 'node', id });
}

function toggleInSelection(id: string): void {
  const session = useSession.getState();
  const has = session.selectedNodeIds.includes(id);
  const nodes = has ? session.selectedNodeIds.filter((n) => n !== id) : [...session.selectedNodeIds, id];
  session.selectMany(nodes, session.selectedLinkIds, has ? (nodes.length > 0 ? { kind: 'node', id: nodes.at(-1)! } : null) : { kind: 'node', id });
}
