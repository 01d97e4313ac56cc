import type { Editor } from './editor';

/** Keep session state in step with the document: drop selected ids that no longer exist (after undo or delete). */
export function watchDocument(app: Editor): () => void {
  return app.document.subscribe((state, prev) => {
    if (state.scenario === prev.scenario || (state.scenario.nodes === prev.scenario.nodes && state.scenario.links === prev.scenario.links)) return;
    const session = app.session.getState();
    const nodes = new Set(state.scenario.nodes.map((n) => n.id));
    const links = new Set(state.scenario.links.map((l) => l.id));
    const keptNodes = session.selectedNodeIds.filter((id) => nodes.has(id));
    const keptLinks = session.selectedLinkIds.filter((id) => links.has(id));
    if (keptNodes.length !== session.selectedNodeIds.length || keptLinks.length !== session.selectedLinkIds.length) {
      const primary = session.selection;
      const primaryGone = (primary?.kind === 'node' && !nodes.has(primary.id)) || (primary?.kind === 'link' && !links.has(primary.id));
      session.selectMany(keptNodes, keptLinks, primaryGone ? null : primary);
    }
  });
}
