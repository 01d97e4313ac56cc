import { Background, Controls, MiniMap, ReactFlow, applyNodeChanges, type EdgeMouseHandler, type NodeChange, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApp, useScenarioState } from '../app/app-context';
import { moveNode } from '../store/scenario-edits';
import { useSession } from '../store/session-store';
import { mergeFlowNodes, toFlowEdges, type StationFlowNode } from './flow-elements';
import { LinkEdge } from './LinkEdge';
import { StationNode } from './StationNode';

// Module scope: new objects here on each render would make React Flow remount every node.
const nodeTypes = { station: StationNode };
const edgeTypes = { link: LinkEdge };

export function NetworkCanvas() {
  const { scenarioStore } = useApp();
  const scenarioNodes = useScenarioState((s) => s.scenario.nodes);
  const links = useScenarioState((s) => s.scenario.links);
  const selection = useSession((s) => s.selection);
  const select = useSession((s) => s.select);
  const selectedNodeId = selection?.kind === 'node' ? selection.id : null;
  const selectedLinkId = selection?.kind === 'link' ? selection.id : null;

  // React Flow owns measured sizes and in-flight drag positions; the store owns the document.
  const [nodes, setNodes] = useState<StationFlowNode[]>(() => mergeFlowNodes([], scenarioNodes, selectedNodeId));
  useEffect(() => setNodes((prev) => mergeFlowNodes(prev, scenarioNodes, selectedNodeId)), [scenarioNodes, selectedNodeId]);
  const edges = useMemo(() => toFlowEdges(links, selectedLinkId), [links, selectedLinkId]);

  const onNodesChange = useCallback(
    (changes: NodeChange<StationFlowNode>[]) => {
      setNodes((prev) => applyNodeChanges(changes, prev));
      for (const change of changes) {
        if (change.type !== 'position') continue;
        const { id, position, dragging } = change;
        if (position) scenarioStore.getState().apply((s) => moveNode(s, id, position), 'transient');
        // Drag end: the whole gesture becomes one undo step.
        if (!dragging) scenarioStore.getState().apply((s) => s, 'record');
      }
    },
    [scenarioStore],
  );
  const onNodeClick: NodeMouseHandler = useCallback((_, node) => select({ kind: 'node', id: node.id }), [select]);
  const onEdgeClick: EdgeMouseHandler = useCallback((_, edge) => select({ kind: 'link', id: edge.id }), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);

  return (
    <div className="canvas" data-testid="canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onEdgeClick={onEdgeClick}
        onPaneClick={onPaneClick}
        fitView
        fitViewOptions={{ padding: 0.3 }}
        minZoom={0.1}
        proOptions={{ hideAttribution: false }}
      >
        <Background />
        <MiniMap pannable zoomable />
        <Controls />
      </ReactFlow>
    </div>
  );
}
