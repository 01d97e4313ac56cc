import { clipboardFromText, clipboardToText } from '../share/clipboard-text';
import { deepEqual } from '../share/strip-defaults';
import { addLink, addRequest, copyElements, deleteElements, pasteElements, type Clipboard } from '../store/scenario-edits';
import { announce, canEdit, commit, scenarioOf, type CommandApp } from './command-app';
import type { Command } from './command';
import { selectCreated, selectedLinkIds, selectedNodeIds, selectedRequestId } from './selection';

/** How far a paste lands from the original, per paste, so repeated pastes fan out instead of stacking. */
export const PASTE_OFFSET = 40;

const hasNodes = (app: CommandApp) => selectedNodeIds(app).length > 0;
const twoNodes = (app: CommandApp) => selectedNodeIds(app).length === 2;

/** Link two nodes as one undo step, or say why not. Used by the canvas gesture and the command alike. */
export function connectNodes(app: CommandApp, a: string, b: string): boolean {
  const result = addLink(scenarioOf(app), a, b);
  if (!result.ok) {
    announce(app, result.reason, 'error');
    return false;
  }
  commit(app, result.scenario);
  app.session.getState().select({ kind: 'link', id: result.id });
  return true;
}

/** Ask for a key between two nodes as one undo step, then select it so its path lights up. */
export function requestKey(app: CommandApp, source: string, target: string, protocol?: Parameters<typeof addRequest>[3]): boolean {
  const result = addRequest(scenarioOf(app), source, target, protocol);
  if (!result.ok) {
    announce(app, result.reason, 'error');
    return false;
  }
  commit(app, result.scenario);
  app.session.getState().select({ kind: 'request', id: result.id });
  announce(app, `Added key request ${result.id}.`);
  return true;
}

export function deleteRequest(app: CommandApp, id: string): void {
  commit(app, deleteElements(scenarioOf(app), { requests: [id] }));
  if (selectedRequestId(app) === id) app.session.getState().select(null);
  announce(app, `Deleted key request ${id}.`);
}

/** Keep the selected nodes (and the links between them) for pasting; returns them as system-clipboard text. */
function copySelection(app: CommandApp): string {
  const content = copyElements(scenarioOf(app), selectedNodeIds(app));
  app.clipboard = { content, pastes: 0 };
  announce(app, `Copied ${content.nodes.length} node(s).`);
  return clipboardToText(content);
}

/** Paste this page's copy once more, each paste one offset further than the last. */
function pasteAgain(app: CommandApp): void {
  if (!app.clipboard) return;
  app.clipboard.pastes += 1;
  paste(app, app.clipboard.content, app.clipboard.pastes);
}

/**
 * Paste what the system clipboard holds: nodes copied in any tab of QNet Designer. Text that is not copied nodes, or
 * nodes the schema refuses, are explained and change nothing; an empty system clipboard falls back to this page's copy.
 */
export function pasteText(app: CommandApp, text: string): void {
  if (!canEdit(app)) return;
  const read = clipboardFromText(text);
  if (!read.ok) {
    if (read.reason !== null) return announce(app, `Nothing pasted: ${read.reason}.`, 'error');
    if (text.trim() !== '') return announce(app, 'Nothing pasted: the clipboard holds text, not nodes copied from QNet Designer.', 'error');
  } else if (!app.clipboard || !sameClip(app.clipboard.content, read.clip)) {
    // New content (another tab's copy): its first paste lands one offset away, like any first paste.
    app.clipboard = { content: read.clip, pastes: 0 };
  }
  pasteAgain(app);
}

const sameClip = (a: Clipboard, b: Clipboard) => deepEqual(a.nodes, b.nodes) && deepEqual(a.links, b.links);

/** The copy command's answer to the browser's copy event, which writes the returned text itself; null with nothing to copy. */
export function copyText(app: CommandApp): string | null {
  return hasNodes(app) ? copySelection(app) : null;
}

function paste(app: CommandApp, content: Clipboard, times: number): void {
  const result = pasteElements(scenarioOf(app), content, { x: PASTE_OFFSET * times, y: PASTE_OFFSET * times });
  commit(app, result.scenario);
  selectCreated(app, result.nodeIds, result.linkIds);
}

export const editCommands: Command[] = [
  {
    id: 'undo', label: 'Undo', group: 'Edit', shortcuts: ['Mod+Z'], document: false, toolbar: '↶ Undo',
    enabled: (app) => canEdit(app) && app.scenarioStore.getState().past.length > 0,
    run: (app) => app.scenarioStore.getState().undo(),
  },
  {
    id: 'redo', label: 'Redo', group: 'Edit', shortcuts: ['Mod+Shift+Z', 'Mod+Y'], document: false, toolbar: '↷ Redo',
    enabled: (app) => canEdit(app) && app.scenarioStore.getState().future.length > 0,
    run: (app) => app.scenarioStore.getState().redo(),
  },
  {
    id: 'delete', label: 'Delete selection', group: 'Edit', shortcuts: ['Delete', 'Backspace'], document: true, toolbar: 'Delete',
    enabled: (app) => canEdit(app) && (hasNodes(app) || selectedLinkIds(app).length > 0 || selectedRequestId(app) !== null),
    run: (app) => {
      const request = selectedRequestId(app);
      commit(app, deleteElements(scenarioOf(app), { nodes: selectedNodeIds(app), links: selectedLinkIds(app), requests: request ? [request] : [] }));
      app.session.getState().select(null);
    },
  },
  {
    id: 'duplicate', label: 'Duplicate selected nodes', group: 'Edit', shortcuts: ['Mod+D'], document: true, toolbar: 'Duplicate',
    enabled: (app) => canEdit(app) && hasNodes(app),
    run: (app) => paste(app, copyElements(scenarioOf(app), selectedNodeIds(app)), 1),
  },
  {
    id: 'copy', label: 'Copy selected nodes', group: 'Edit', shortcuts: ['Mod+C'], document: false, toolbar: 'Copy', browserEvent: 'copy',
    enabled: (app) => hasNodes(app),
    // From the toolbar there is no copy event: write the system clipboard where the browser allows it.
    run: (app) => app.writeSystemClipboard(copySelection(app)),
  },
  {
    id: 'paste', label: 'Paste', group: 'Edit', shortcuts: ['Mod+V'], document: true, toolbar: 'Paste', browserEvent: 'paste',
    enabled: (app) => canEdit(app) && (app.clipboard?.content.nodes.length ?? 0) > 0,
    run: pasteAgain,
  },
  {
    id: 'select-all', label: 'Select all nodes and links', group: 'Edit', shortcuts: ['Mod+A'], document: false,
    enabled: (app) => scenarioOf(app).nodes.length > 0,
    run: (app) => {
      const s = scenarioOf(app);
      app.session.getState().selectMany(s.nodes.map((n) => n.id), s.links.map((l) => l.id), null);
    },
  },
  {
    id: 'deselect', label: 'Clear the selection', group: 'Edit', shortcuts: ['Escape'], document: false,
    enabled: (app) => canEdit(app) && (app.session.getState().selection !== null || hasNodes(app) || selectedLinkIds(app).length > 0),
    run: (app) => app.session.getState().select(null),
  },
  {
    id: 'connect-selected', label: 'Connect the two selected nodes', group: 'Build', shortcuts: ['C'], document: true, toolbar: 'Connect…',
    enabled: (app) => canEdit(app) && twoNodes(app),
    run: (app) => {
      const [a, b] = selectedNodeIds(app);
      if (a !== undefined && b !== undefined) connectNodes(app, a, b);
    },
  },
  {
    id: 'request-selected', label: 'New key request between the two selected nodes', group: 'Build', shortcuts: ['K'], document: true,
    enabled: (app) => canEdit(app) && twoNodes(app),
    run: (app) => {
      const [a, b] = selectedNodeIds(app);
      if (a !== undefined && b !== undefined) requestKey(app, a, b);
    },
  },
];
