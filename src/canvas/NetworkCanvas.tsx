import {
  Background,
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { useEditor, useDocument, useCanEdit, useNamer, useUi } from '../editor/editor-context';
import { connectNodes } from '../commands/edit-commands';
import { connectByGesture } from './connect-gesture';
import type { ScenarioNode } from '../scenario/schema';
import type { Point } from '../store/scenario-edits';
import { useSession, type Selection } from '../store/session-store';
import { CanvasOverlaysContext, LowDetailContext, TopLayerContext } from './canvas-overlay-context';
import { firstViewport } from './first-view';
import { isLowDetail, VISIBLE_ONLY_MIN_NODES } from './level-of-detail';
import { DetailWatcher, TopLayerFinder } from './flow-watchers';
import { useNodeSlices, useTilesFirst } from './progressive-drawing';
import { LinkLayer } from './link-layer/LinkLayer';
import { linkAt } from './link-layer/link-hit';
import { followNodeDrag } from './node-drag';
import { cachedRects, nodeRect, tileRect } from './node-rect';
import type { LayerNode } from './node-layer/node-batches';
import { tilesInside } from './node-layer/node-hit';
import { NodeLayer } from './node-layer/NodeLayer';
import { useTilePointer } from './node-layer/use-tile-pointer';
import { CanvasOverlays } from './overlays/canvas-overlays';
import { FirstViewContext } from './viewport-layer';
import { mergeFlowNodes, toFlowEdges, type LinkFlowEdge, type StationFlowNode } from './flow-elements';
import { LinkEdge } from './LinkEdge';
import { LinkLegend } from './LinkLegend';
import { TapConnectHint } from './TapConnectHint';
import { TouchZoomStep } from './TouchZoomStep';
import { MapLayer } from './map/MapLayer';
import { MapMarker } from './map/MapMarker';
import { placeWaitingNode } from './map/map-placement';
import { unprojectPoint } from './map/map-projection';
import { useMapView } from '../store/map-view-store';
import { CanvasMiniMap } from './minimap/CanvasMiniMap';
import { useMapNodes } from './map/use-map-nodes';

import { isNodeKind, NODE_KIND_MIME, Palette } from './Palette';
import { dropPaletteNode } from './palette-drop';
import { applySelectChanges, primaryAfter, type SelectChange } from './selection-changes';
import { StationNode } from './StationNode';
import { StatusMessage } from './StatusMessage';
import './network-canvas.css';

// Module scope: new objects here on each render would make React Flow remount every node.
const nodeTypes = { station: StationNode, marker: MapMarker };
const edgeTypes = { link: LinkEdge };
/** Zoomed out on a big network the links are drawn by LinkLayer, not as React Flow edges. */
const NO_EDGES: LinkFlowEdge[] = [];
const NO_NODES: StationFlowNode[] = [];
/** How near a click must fall to a zoomed-out link to pick it, screen pixels. */
const LINK_HIT_PX = 6;
// Module constants, not inline literals: React Flow copies a changed option into its store, and every store update
// runs every node's, edge's and handle's selector; an inline object doubled that work on each frame of a drag.
const FIT_VIEW_OPTIONS = { padding: 0.3 };
/** Tiled, every node but the selected ones is hidden from React Flow and drawn as a tile: they count. (On the map a
 * hidden node is one with no place, which must not.) */
const FIT_TILED_OPTIONS = { ...FIT_VIEW_OPTIONS, includeHiddenNodes: true };
/** React Flow's default. */
const MAX_ZOOM = 2;
const MIN_ZOOM = 0.1;
/** On the map, stations continents apart (1° ≈ 140 px) must fit on one screen. */
const MAP_MIN_ZOOM = 0.012;
const windowSize = () => ({ width: window.innerWidth, height: window.innerHeight });

const PRO_OPTIONS = { hideAttribution: false };
/** On the map a press on a marker's dot that moves less than this is a click (select), not a drag to connect. */
const MAP_CONNECT_SLOP_PX = 4;

/** About half a station's drawn size: a node dropped or added at a point is centred on it. */
const NODE_HALF = { x: 60, y: 36 };
const topLeftFor = (centre: Point): Point => ({ x: Math.round(centre.x - NODE_HALF.x), y: Math.round(centre.y - NODE_HALF.y) });

function selectChanges(changes: readonly (NodeChange | EdgeChange)[]): SelectChange[] {
  return changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
}

/** React Flow's select changes → the session's multi-selection, with the inspector following the last item picked. */
function useSelectionSync() {
  return useCallback((kind: 'node' | 'link', changes: SelectChange[]) => {
    if (changes.length === 0) return;
    const session = useSession.getState();
    const nodes = kind === 'node' ? applySelectChanges(session.selectedNodeIds, changes) : session.selectedNodeIds;
    const links = kind === 'link' ? applySelectChanges(session.selectedLinkIds, changes) : session.selectedLinkIds;
    const picked = changes.filter((c) => c.selected).at(-1);
    const justSelected: Selection = picked ? { kind, id: picked.id } : null;
    session.selectMany(nodes, links, primaryAfter(session.selection, nodes, links, justSelected));
  }, []);
}

const selectedRequest = {
  get: () => {
    const selection = useSession.getState().selection;
    return selection?.kind === 'request' ? selection.id : null;
  },
  preview: () => useSession.getState().previewPath,
  subscribe: (listener: () => void) => useSession.subscribe(listener),
};

/** One shared view of the results for every node and link of this canvas, following the results while mounted. */
function useCanvasOverlays(scenarioNodes: readonly ScenarioNode[]): CanvasOverlays {
  const { results } = useEditor();
  const [overlays] = useState(() => new CanvasOverlays(results, selectedRequest));
  useEffect(() => overlays.attach(), [overlays]);
  useEffect(() => overlays.setNodeKinds(new Map(scenarioNodes.map((n) => [n.id, n.kind]))), [overlays, scenarioNodes]);
  const named = useNamer();
  useEffect(() => overlays.setNamer(named), [overlays, named]);
  return overlays;
}

export function NetworkCanvas() {
  const app = useEditor();
  const scenarioNodes = useDocument((s) => s.scenario.nodes);
  const links = useDocument((s) => s.scenario.links);
  const selectedNodeIds = useSession((s) => s.selectedNodeIds);
  const selectedLinkIds = useSession((s) => s.selectedLinkIds);
  const select = useSession((s) => s.select);
  const editable = useCanEdit();
  const canBuild = useCanEdit('build');
  // React Flow's own controls and background follow the page's theme (its light defaults hid the zoom buttons in dark).
  const colorMode = useUi((s) => s.theme) ?? 'system';
  const syncSelection = useSelectionSync();
  const wrapper = useRef<HTMLDivElement>(null);
  const flow = useRef<ReactFlowInstance<StationFlowNode, LinkFlowEdge> | null>(null);

  // React Flow owns measured sizes and in-flight drag positions; the store owns the document.
  // Opened zoomed out (a big design), the nodes are tiles from the first frame: no node element is made only to go.
  const [openedView] = useState(() => (useSession.getState().mapOn ? null : firstViewport(scenarioNodes, windowSize(), { min: MIN_ZOOM, max: MAX_ZOOM }, FIT_VIEW_OPTIONS.padding)));
  const [openedTiled] = useState(() => openedView !== null && isLowDetail(openedView.zoom, scenarioNodes.length));
  const [nodes, setNodes] = useState<StationFlowNode[]>(() => mergeFlowNodes([], scenarioNodes, new Set(selectedNodeIds), openedTiled));

  const { nodes: mappedNodes, satellitePoints } = useMapNodes(nodes, scenarioNodes);
  const { drawn: shownNodes, complete: allDrawn } = useNodeSlices(mappedNodes, !openedTiled);
  const mapOn = useSession((s) => s.mapOn);
  const globe = useMapView((s) => s.globe) && mapOn;
  const overlays = useCanvasOverlays(scenarioNodes);
  const restShown = useTilesFirst(openedTiled);
  const minZoom = mapOn ? MAP_MIN_ZOOM : MIN_ZOOM;
  // Drawn at the zoom fitView will choose from the first frame on; see first-view.ts.
  // Off the map the nodes are where the document puts them: the view found above (a 2,000-node pass saved).
  const [firstView] = useState(() => openedView ?? firstViewport(mappedNodes, windowSize(), { min: minZoom, max: MAX_ZOOM }, FIT_VIEW_OPTIONS.padding));
  const [lowDetail, setLowDetail] = useState(() => isLowDetail(firstView.zoom, scenarioNodes.length));
  // Zoomed out the links are drawn by LinkLayer: no edge objects are made for them (15,000 on the biggest design measured).
  const edges = useMemo(() => (lowDetail ? NO_EDGES : toFlowEdges(links, new Set(selectedLinkIds))), [lowDetail, links, selectedLinkIds]);
  // Zoomed out, off the map, nodes are tiles of one layer (NodeLayer); on the map they stay markers.
  const tiled = lowDetail && !mapOn;
  useEffect(() => setNodes((prev) => mergeFlowNodes(prev, scenarioNodes, new Set(selectedNodeIds), tiled)), [scenarioNodes, selectedNodeIds, tiled]);
  // A node's tile, the same object while the node object is: unchanged nodes keep their cached path data.
  const tileOf = useRef(cachedRects<StationFlowNode>(tileRect)).current;
  const tiles = useMemo(
    () => (tiled ? shownNodes.filter((n) => n.hidden).map((n): LayerNode => ({ id: n.id, kind: n.data.kind, tile: tileOf(n) })) : []),
    [tiled, shownNodes, tileOf],
  );
  const drawnTiles = useRef(tiles);
  drawnTiles.current = tiles;
  const fitOptions = useRef(FIT_VIEW_OPTIONS);
  fitOptions.current = tiled ? FIT_TILED_OPTIONS : FIT_VIEW_OPTIONS;
  const [topLayer, setTopLayer] = useState<HTMLElement | null>(null);
  /** Where the nodes of the drag in progress are; the document hears of them once, when the drag ends. */
  const dragged = useRef(new Map<string, Point>());

  const onNodesChange = useCallback(
    (changes: NodeChange<StationFlowNode>[]) => {
      setNodes((prev) => applyNodeChanges(changes, prev));
      followNodeDrag(app, dragged.current, changes);
      syncSelection('node', selectChanges(changes));
    },
    [app, syncSelection],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<LinkFlowEdge>[]) => syncSelection('link', selectChanges(changes)), [syncSelection]);
  const onConnect = useCallback((c: Connection) => void connectByGesture(app, c.source, c.target), [app]);
  // React Flow drops a connection from a node back to itself without calling onConnect: say why, as for any refused link.
  const onConnectEnd = useCallback(
    (_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (!state.isValid && state.fromNode && state.toNode?.id === state.fromNode.id) connectNodes(app, state.fromNode.id, state.toNode.id);
    },
    [app],
  );
  // Zoomed out the links are one layer the pointer passes through: a click on the canvas picks the nearest one. Read
  // through a ref, so the handler React Flow holds stays the same object while nodes move on every frame of a drag.
  const drawn = useRef({ lowDetail, links, nodes: shownNodes });
  drawn.current = { lowDetail, links, nodes: shownNodes };
  const onPaneClick = useCallback(
    (e: ReactMouseEvent) => {
      const instance = flow.current;
      // On the map, a click while a node waits in the tray gives it that place.
      if (instance && useSession.getState().mapOn && placeWaitingNode(app, unprojectPoint(instance.screenToFlowPosition({ x: e.clientX, y: e.clientY })))) return;
      const { lowDetail: low, links: shownLinks, nodes: shown } = drawn.current;
      const hit = low && instance
        ? linkAt(shownLinks, new Map(shown.map((n) => [n.id, nodeRect(n)])), instance.screenToFlowPosition({ x: e.clientX, y: e.clientY }), LINK_HIT_PX / instance.getZoom())
        : null;
      select(hit === null ? null : { kind: 'link', id: hit });
    },
    [app, select],
  );
  const setCanvasGesture = useSession((s) => s.setCanvasGesture);
  // The class goes on and off without a render of the canvas (network-canvas.css says why it is there).
  useEffect(() => useSession.subscribe((s) => wrapper.current?.classList.toggle('canvas--moving', s.canvasGesture)), []);
  const gestureStarts = useCallback(() => setCanvasGesture(true), [setCanvasGesture]);
  const gestureEnds = useCallback(() => setCanvasGesture(false), [setCanvasGesture]);

  const onInit = useCallback(
    (instance: ReactFlowInstance<StationFlowNode, LinkFlowEdge>) => {
      flow.current = instance;
      app.canvas = {
        placementPoint: () => {
          const rect = wrapper.current?.getBoundingClientRect();
          if (!rect) return { x: 0, y: 0 };
          return topLeftFor(instance.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }));
        },
        // Two frames: React Flow measures the new document's nodes first, and fitView needs their sizes.
        fitView: () => requestAnimationFrame(() => requestAnimationFrame(() => void instance.fitView(fitOptions.current))),
      };
    },
    [app],
  );
  useEffect(() => () => void (app.canvas = null), [app]);
  useTilePointer(wrapper, { enabled: tiled, tiles: drawnTiles, flow, draggable: editable, onNodesChange, onDragStart: gestureStarts, onDragEnd: gestureEnds });
  // React Flow's selection box picks the nodes it draws; tiles inside the box join them when it ends.
  const boxStart = useRef<{ x: number; y: number } | null>(null);
  const onSelectionStart = useCallback((e: ReactMouseEvent) => void (boxStart.current = { x: e.clientX, y: e.clientY }), []);
  const onSelectionEnd = useCallback(
    (e: ReactMouseEvent) => {
      const start = boxStart.current;
      const instance = flow.current;
      boxStart.current = null;
      if (!start || !instance || drawnTiles.current.length === 0) return;
      const a = instance.screenToFlowPosition(start);
      const b = instance.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const inBox = tilesInside(drawnTiles.current, { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) });
      if (inBox.length === 0) return;
      const session = useSession.getState();
      const ids = [...new Set([...session.selectedNodeIds, ...inBox])];
      session.selectMany(ids, session.selectedLinkIds, { kind: 'node', id: inBox.at(-1)! });
    },
    [],
  );
  // React Flow fits the view to the nodes it has when they are first measured: with slices, fit again once all are in.
  const sliced = useRef(!allDrawn);
  useEffect(() => {
    if (allDrawn && sliced.current) {
      sliced.current = false;
      app.canvas?.fitView();
    }
  }, [app, allDrawn]);
  // Presenting enlarges the nodes and the side panel: frame the design again so no node is cut off at the edge.
  const presentation = useUi((s) => s.presentation);
  const presented = useRef(presentation);
  useEffect(() => {
    if (presented.current === presentation) return;
    presented.current = presentation;
    app.canvas?.fitView();
  }, [app, presentation]);

  // HTML5 drag and drop from the palette: accept only our payload, and place the node where it was dropped.
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(NODE_KIND_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(NODE_KIND_MIME);
      if (!isNodeKind(kind) || !flow.current) return;
      e.preventDefault();
      const point = flow.current.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      dropPaletteNode(app, kind, topLeftFor(point), useSession.getState().mapOn ? unprojectPoint(point) : null);
    },
    [app],
  );

  return (
    <CanvasOverlaysContext.Provider value={overlays}>
    <LowDetailContext.Provider value={lowDetail}>
    <TopLayerContext.Provider value={topLayer}>
    <FirstViewContext.Provider value={firstView}>
    <div className={`canvas${lowDetail ? ' canvas--low-detail' : ''}${mapOn ? ' canvas--map' : ''}${globe ? ' canvas--globe' : ''}`} data-testid="canvas" data-detail={lowDetail ? 'low' : 'full'} ref={wrapper}>
      <ReactFlow
        nodes={restShown ? shownNodes : NO_NODES}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onClickConnectEnd={onConnectEnd}
        onPaneClick={onPaneClick}
        onMoveStart={gestureStarts}
        onMoveEnd={gestureEnds}
        onNodeDragStart={gestureStarts}
        onNodeDragStop={gestureEnds}
        onInit={onInit}
        onDragOver={onDragOver}
        onDrop={onDrop}
        colorMode={colorMode}
        connectionMode={ConnectionMode.Loose}
        // On the map a marker's dot is its handle: a click there selects, and links are made by dragging (or C).
        connectOnClick={!mapOn}
        connectionDragThreshold={mapOn ? MAP_CONNECT_SLOP_PX : 1}
        nodesDraggable={editable}
        nodesConnectable={editable}
        // Deleting, like every other key, goes through the command registry (one undo step, links and requests too).
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode="Shift"
        fitView
        fitViewOptions={openedTiled ? FIT_TILED_OPTIONS : FIT_VIEW_OPTIONS}
        defaultViewport={firstView}
        minZoom={minZoom}
        maxZoom={MAX_ZOOM}
        proOptions={PRO_OPTIONS}
        // Tiled, React Flow mounts only the nodes it is not told to hide, which it finds by looking at what is on screen.
        onlyRenderVisibleElements={tiled || (scenarioNodes.length >= VISIBLE_ONLY_MIN_NODES && !lowDetail)}
        onSelectionStart={onSelectionStart}
        onSelectionEnd={onSelectionEnd}
      >
        <DetailWatcher nodeCount={scenarioNodes.length} onChange={setLowDetail} />
        <TopLayerFinder onFound={setTopLayer} />
        {/* Zoomed far out the dots would be 2 px apart: noise to look at and the costliest layer to repaint on a pan. */}
        {!lowDetail && <Background />}
        {lowDetail && restShown && <LinkLayer nodes={shownNodes} links={links} selectedLinkIds={selectedLinkIds} />}
        {tiled && <NodeLayer nodes={tiles} />}
        <MapLayer nodes={shownNodes} satellitePoints={satellitePoints} />
        <CanvasMiniMap />
        <Controls fitViewOptions={fitOptions.current} />
        {canBuild && (
          <Panel position="top-left">
            <Palette />
          </Panel>
        )}
        {editable && <TapConnectHint />}
        {editable && <TouchZoomStep />}
        <Panel position="bottom-left" className="link-legend-panel">
          <LinkLegend />
        </Panel>
        <Panel position="bottom-center">
          <StatusMessage />
        </Panel>
      </ReactFlow>
    </div>
    </FirstViewContext.Provider>
    </TopLayerContext.Provider>
    </LowDetailContext.Provider>
    </CanvasOverlaysContext.Provider>
  );
}
