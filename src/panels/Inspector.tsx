import { useApp, useScenarioState } from '../app/app-context';
import { NODE_KIND_LOOK } from '../canvas/node-kinds';
import type { ParamSpecs } from '../scenario/param-spec';
import { bb84RequestParamSpecs, fiberParamSpecs, freeSpaceParamSpecs, repeaterParamSpecs, satelliteParamSpecs, terminalParamSpecs } from '../scenario/params';
import type { NodeKind, Scenario } from '../scenario/schema';
import { renameNode, setLinkParam, setNodeParam, setRequestParam } from '../store/scenario-edits';
import { useSession } from '../store/session-store';
import { ParamField } from './ParamField';

const NODE_SPECS: Record<NodeKind, ParamSpecs> = {
  'ground-station': terminalParamSpecs,
  'trusted-node': terminalParamSpecs,
  repeater: repeaterParamSpecs,
  satellite: satelliteParamSpecs,
};

function ParamList({ specs, values, edit }: { specs: ParamSpecs; values: Record<string, number>; edit: (s: Scenario, key: string, value: number) => Scenario }) {
  const { scenarioStore } = useApp();
  return (
    <>
      {Object.entries(specs).map(([key, spec]) => (
        <ParamField
          key={key}
          name={key}
          spec={spec}
          value={values[key] ?? spec.default}
          onPreview={(value) => scenarioStore.getState().apply((s) => edit(s, key, value), 'transient')}
          onCommit={() => scenarioStore.getState().apply((s) => s, 'record')}
        />
      ))}
    </>
  );
}

/** Parameters of the selected node, link or request. */
export function Inspector() {
  const { scenarioStore } = useApp();
  const selection = useSession((s) => s.selection);
  const scenario = useScenarioState((s) => s.scenario);
  const node = selection?.kind === 'node' ? scenario.nodes.find((n) => n.id === selection.id) : undefined;
  const link = selection?.kind === 'link' ? scenario.links.find((l) => l.id === selection.id) : undefined;
  const request = selection?.kind === 'request' ? scenario.requests.find((r) => r.id === selection.id) : undefined;

  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Inspector</h2>
      {!node && !link && !request && <p className="muted">Select a node or a link on the canvas to edit its parameters.</p>}
      {node && (
        <form onSubmit={(e) => e.preventDefault()} aria-label={`Node ${node.label ?? node.id}`}>
          <p className="inspector__kind">{NODE_KIND_LOOK[node.kind].icon} {NODE_KIND_LOOK[node.kind].name}</p>
          <div className="param">
            <label htmlFor="node-name">Name</label>
            <input
              id="node-name"
              value={node.label ?? ''}
              maxLength={80}
              onChange={(e) => scenarioStore.getState().apply((s) => renameNode(s, node.id, e.target.value), 'transient')}
              onBlur={() => scenarioStore.getState().apply((s) => s, 'record')}
            />
          </div>
          <ParamList specs={NODE_SPECS[node.kind]} values={node.params} edit={(s, k, v) => setNodeParam(s, node.id, k, v)} />
        </form>
      )}
      {link && (
        <form onSubmit={(e) => e.preventDefault()} aria-label={`Link ${link.id}`}>
          <p className="inspector__kind">{link.kind === 'fiber' ? 'Fiber link' : 'Free-space link'} · {link.source} ↔ {link.target}</p>
          <ParamList specs={link.kind === 'fiber' ? fiberParamSpecs : freeSpaceParamSpecs} values={link.params} edit={(s, k, v) => setLinkParam(s, link.id, k, v)} />
        </form>
      )}
      {request && (
        <form onSubmit={(e) => e.preventDefault()} aria-label={`Request ${request.id}`}>
          <p className="inspector__kind">Key request · {request.source} → {request.target}</p>
          <ParamList specs={bb84RequestParamSpecs} values={request.params} edit={(s, k, v) => setRequestParam(s, request.id, k, v)} />
        </form>
      )}
    </section>
  );
}
