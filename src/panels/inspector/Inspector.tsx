import { useDocument } from '../../editor/editor-context';
import { useSession } from '../../store/session-store';
import { useLoaded } from '../use-loaded';
import { DesignInspector } from './DesignInspector';

/** The forms for a selected node, link or request: their code loads with the first selection, not before the first chart sample. */
const loadSelectionForms = () =>
  Promise.all([import('./NodeInspector'), import('./LinkInspector'), import('./RequestInspector')]).then(([node, link, request]) => ({
    NodeInspector: node.NodeInspector,
    LinkInspector: link.LinkInspector,
    RequestInspector: request.RequestInspector,
  }));

/** Parameters of the selected node, link or request, with units, bounds and defaults; with nothing selected, the design's own. */
export function Inspector() {
  const selection = useSession((s) => s.selection);
  const scenario = useDocument((s) => s.scenario);
  const forms = useLoaded(loadSelectionForms, selection !== null);
  const node = selection?.kind === 'node' ? scenario.nodes.find((n) => n.id === selection.id) : undefined;
  const link = selection?.kind === 'link' ? scenario.links.find((l) => l.id === selection.id) : undefined;
  const request = selection?.kind === 'request' ? scenario.requests.find((r) => r.id === selection.id) : undefined;
  const selected = node ?? link ?? request;
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Inspector</h2>
      {!selected && <DesignInspector />}
      {selected && forms === null && <p className="muted">Loading…</p>}
      {selected && forms === 'failed' && <p className="error-box">The inspector's forms could not be loaded (the connection may have dropped). Reload the page; your scenario is saved.</p>}
      {forms !== null && forms !== 'failed' && (
        <>
          {node && <forms.NodeInspector key={node.id} node={node} />}
          {link && <forms.LinkInspector key={link.id} link={link} />}
          {request && <forms.RequestInspector key={request.id} request={request} />}
        </>
      )}
    </section>
  );
}
