// The fps baseline for bench/browser-bench.ts: React Flow's default nodes and edges, nothing else, on the same
// generated network the app is measured with (?nodes=N). Built by its own Vite config, never part of the app.
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { generateNetworkInput } from '../generate-scenario';

const count = Number(new URLSearchParams(location.search).get('nodes') ?? 200);
const input = generateNetworkInput({ nodes: count, seed: 1 });
const initialNodes: Node[] = input.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label ?? n.id } }));
const initialEdges: Edge[] = (input.links ?? []).map((l) => ({ id: l.id, source: l.source, target: l.target }));

function Baseline() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div style={{ width: '100vw', height: '100vh' }} data-testid="canvas">
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView fitViewOptions={{ padding: 0.3 }} minZoom={0.1} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Baseline />);
