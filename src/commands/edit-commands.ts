import type { Editor } from '../editor/editor';
import { clipboardToText } from './clipboard-text';
import { deepEqual } from '../scenario/deep-equal';
import { addLink, addRequest, copyElements, deleteElements, pasteElements, type Clipboard } from '../store/scenario-edits';
import type { Command } from './command';
import { selectCreated, selectedLinkIds, selectedNodeIds, selectedRequestId } from './selection';

/** How far a paste lands from the original, per paste, so repeated pastes fan out instead of stacking. */
export const PASTE_OFFSET = 40;

const hasNodes = (app: Editor) => selectedNodeIds(app).length > 0;
const twoNodes = (app: Editor) => selectedNodeIds(app).length === 2;

/**
 * Link two nodes as one undo step, or say why not. The canvas gesture selects the new link; the keyboard command keeps
 * the two nodes selected, so the next key (K for a key request) still applies to them.
 */
export function connectNodes(app: Editor, a: string, b: string, selectLink = true): boolean {
  const result = addLink(app.scenario, a, b);
  if (!result.ok) {
    app.announce(result.reason, 'error');
    return false;
  }
  if (!app.commit(result.scenario)) return false;
  if (selectLink) app.session.getState().select({ kind: 'link', id: result.id });
  return true;
}

/** Ask for a key between two nodes as one undo step, then select it so its path lights up. */
export function requestKey(app: Editor, source: string, target: string, protocol?: Parameters<typeof addRequest>[3]): boolean {
  const result = addRequest(app.scenario, source, target, protocol);
  if (!result.ok) {
    app.announce(result.reason, 'error');
    return false;
  }
  if (!app.commit(result.scenario)) return false;
  app.session.getState().select({ kind: 'request', id: result.id });
  app.announce(`Added key request ${result.id}.`);
  return true;
}

export function deleteRequest(app: Editor, id: string): void {
  app.commit(deleteElements(app.scenario, { requests: [id] }));
  if (selectedRequestId(app) === id) app.session.getState().select(null);
  app.announce(`Deleted key request ${id}.`);
}

/** Keep the selected nodes (and the links between them) for pasting; returns them as system-clipboard text. */
function copySelection(app: Editor): string {
  const content = copyElements(app.scenario, selectedNodeIds(app));
  app.clipboard = { content, pastes: 0 };
  app.announce(`Copied ${content.nodes.length} node(s).`);
  return clipboardToText(content);
}

/** Paste this page's copy once more, each paste one offset further than the last. */
function pasteAgain(app: Editor): void {
  if (!app.clipboard) return;
  app.clipboard.pastes += 1;
  paste(app, app.clipboard.content, app.clipboard.pastes);
}

/**
 * Paste what the system clipboard holds: nodes copied in any tab of QNet Designer. Text that is not copied nodes, or
 * nodes the schema refuses, are explained and change nothing; an empty system clipboard falls back to this page's copy.
 */
export async function pasteText(app: Editor, text: string): Promise<void> {
  // Pasting adds to the design: refused, as the paste command is, while a class link hides the palette.
  if (!app.canEdit('build')) return;
  // The check is the scenario schema's (zod), loaded with the first paste rather than with the page.
  const { clipboardFromText } = await import('./clipboard-read');
  const read = clipboardFromText(text);
  if (!read.ok) {
    if (read.reason !== null) return app.announce(`Nothing pasted: ${read.reason}.`, 'error');
    if (text.trim() !== '') return app.announce('Nothing pasted: the clipboard holds text, not nodes copied from QNet Designer.', 'error');
  } else if (!app.clipboard || !sameClip(app.clipboard.content, read.clip)) {
    // New content (another tab's copy): its first paste lands one offset away, like any first paste.
    app.clipboard = { content: read.clip, pastes: 0 };
  }
  pasteAgain(app);
}

const sameClip = (a: Clipboard, b: Clipboard) => deepEqual(a.nodes, b.nodes) && deepEqual(a.links, b.links);

/** The copy command's answer to the browser's copy event, which writes the returned text itself; null with nothing to copy. */
export function copyText(app: Editor): string | null {
  return hasNodes(app) ? copySelection(app) : null;
}

function paste(app: Editor, content: Clipboard, times: number): void {
  const result = pasteElements(app.scenario, content, { x: PASTE_OFFSET * times, y: PASTE_OFFSET * times });
  if (app.commit(result.scenario, 'build')) selectCreated(app, result.nodeIds, result.linkIds);
}

export const editCommands: Command[] = [
  {
    id: 'undo', label: 'Undo', group: 'Edit', shortcuts: ['Mod+Z'], document: false, toolbar: '↶ Undo',
    enabled: (app) => app.canEdit() && app.document.getState().past.length > 0,
    run: (app) => app.undo(),
  },
  {
    id: 'redo', label: 'Redo', group: 'Edit', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], document: false, toolbar: '↷ Redo',
    enabled: (app) => app.canEdit() && app.document.getState().future.length > 0,
    run: (app) => app.redo(),
  },
  {
    id: 'delete', label: 'Delete selection', group: 'Edit', shortcuts: ['Delete', 'Backspace'], document: true, toolbar: 'Delete',
    enabled: (app) => app.canEdit() && (hasNodes(app) || selectedLinkIds(app).length > 0 || selectedRequestId(app) !== null),
    run: (app) => {
      const request = selectedRequestId(app);
      app.commit(deleteElements(app.scenario, { nodes: selectedNodeIds(app), links: selectedLinkIds(app), requests: request ? [request] : [] }));
      app.session.getState().select(null);
    },
  },
  {
    id: 'duplicate', label: 'Duplicate selected nodes', group: 'Edit', shortcuts: ['Mod+D'], document: true, toolbar: 'Duplicate',
    enabled: (app) => app.canEdit('build') && hasNodes(app),
    run: (app) => paste(app, copyElements(app.scenario, selectedNodeIds(app)), 1),
  },
  {
    id: 'copy', label: 'Copy selected nodes', group: 'Edit', shortcuts: ['Mod+C'], document: false, toolbar: 'Copy', browserEvent: 'copy',
    enabled: (app) => hasNodes(app),
    // From the toolbar there is no copy event: write the system clipboard where the browser allows it.
    run: (app) => app.writeSystemClipboard(copySelection(app)),
  },
  {
    id: 'paste', label: 'Paste', group: 'Edit', shortcuts: ['Mod+V'], document: true, toolbar: 'Paste', browserEvent: 'paste',
    enabled: (app) => app.canEdit('build') && (app.clipboard?.content.nodes.length ?? 0) > 0,
    run: pasteAgain,
  },
  {
    id: 'select-all', label: 'Select all nodes and links', group: 'Edit', shortcuts: ['Mod+A'], document: false,
    enabled: (app) => app.scenario.nodes.length > 0,
    run: (app) => {
      const s = app.scenario;
      app.session.getState().selectMany(s.nodes.map((n) => n.id), s.links.map((l) => l.id), null);
    },
  },
  {
    id: 'deselect', label: 'Clear the selection', group: 'Edit', shortcuts: ['Escape'], document: false,
    enabled: (app) => app.canEdit() && (app.session.getState().selection !== null || hasNodes(app) || selectedLinkIds(app).length > 0),
    run: (app) => app.session.getState().select(null),
  },
  {
    id: 'connect-selected', label: 'Connect the two selected nodes', group: 'Build', shortcuts: ['C'], document: true, toolbar: 'Connect…',
    enabled: (app) => app.canEdit('build') && twoNodes(app),
    run: (app) => {
      const [a, b] = selectedNodeIds(app);
      if (a !== undefined && b !== undefined) connectNodes(app, a, b, false);
    },
  },
  {
    id: 'request-selected', label: 'New key request between the two selected nodes', group: 'Build', shortcuts: ['K'], document: true,
    // Enabled with any selection, so a K pressed with the wrong one is answered rather than ignored.
    enabled: (app) => app.canEdit('build'),
    run: (app) => {
      const [a, b] = selectedNodeIds(app);
      if (a === undefined || b === undefined || !twoNodes(app)) {
        app.announce(`Select exactly two stations for a key request (${selectedNodeIds(app).length} node${selectedNodeIds(app).length === 1 ? '' : 's'} selected now).`, 'error');
        return;
      }
      requestKey(app, a, b);
    },
  },
];
