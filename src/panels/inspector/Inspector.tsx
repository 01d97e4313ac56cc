import { useDocument } from '../../editor/editor-context';
import { useSession } from '../../store/session-store';
import { DesignInspector } from './DesignInspector';
import { LinkInspector } from './LinkInspector';
import { NodeInspector } from './NodeInspector';
import { RequestInspector } from './RequestInspector';

/** Parameters of the selected node, link or request, with units, bounds and defaults; with nothing selected, the design's own. */
export function Inspector() {
  const selection = useSession((s) => s.selection);
  const scenario = useDocument((s) => s.scenario);
  const node = selection?.kind === 'node' ? scenario.nodes.find((n) => n.id === selection.id) : undefined;
  const link = selection?.kind === 'link' ? scenario.links.find((l) => l.id === selection.id) : undefined;
  const request = selection?.kind === 'request' ? scenario.requests.find((r) => r.id === selection.id) : undefined;
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Inspector</h2>
      {!node && !link && !request && <DesignInspector />}
      {node && <NodeInspector key={node.id} node={node} />}
      {link && <LinkInspector key={link.id} link={link} />}
      {request && <RequestInspector key={request.id} request={request} />}
    </section>
  );
}
