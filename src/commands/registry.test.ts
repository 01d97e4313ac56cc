import type { Editor } from '../editor/editor';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { addNode } from '../store/scenario-edits';
import { pasteText } from './edit-commands';
import { COMMANDS, commandById, commandForKey, runCommand } from './registry';
import { createTestEditor } from '../editor/testing/test-editor';

/** Alice—Bob linked, plus an unlinked ground station: every document command has something to act on. */
function setUp() {
  const app = createTestEditor(addNode(defaultScenario(), 'ground-station', { x: 80, y: 400 }).scenario);
  app.session.getState().selectMany(['bob', 'ground-station-1'], [], null);
  runCommand(app, commandById('copy'));
  return app;
}

const key = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('every document command', () => {
  for (const command of COMMANDS.filter((c) => c.document)) {
    it(`${command.id}: changes the document in one undo step; undo restores it exactly and redo replays it`, () => {
      const app = setUp();
      const before = app.document.getState().scenario;
      const snapshot = structuredClone(before);
      expect(command.enabled(app)).toBe(true);
      command.run(app);
      const after = app.document.getState().scenario;
      const afterSnapshot = structuredClone(after);
      expect(after).not.toEqual(before);
      expect(app.document.getState().past).toHaveLength(1);
      runCommand(app, commandById('undo'));
      expect(app.document.getState().scenario).toBe(before);
      expect(app.document.getState().scenario).toStrictEqual(snapshot);
      runCommand(app, commandById('redo'));
      expect(app.document.getState().scenario).toStrictEqual(afterSnapshot);
    });
  }

  it('are all disabled while presenting, so the document is read-only', () => {
    const app = setUp();
    app.ui.setState({ presentation: true });
    expect(COMMANDS.filter((c) => c.document && c.enabled(app)).map((c) => c.id)).toEqual([]);
  });
});

describe('building commands', () => {
  it('connect-selected links the two selected nodes, and refuses a second identical link with a message', () => {
    const app = setUp();
    runCommand(app, commandById('connect-selected'));
    const link = app.document.getState().scenario.links.at(-1)!;
    expect(link).toMatchObject({ source: 'bob', target: 'ground-station-1', kind: 'fiber' });
    app.session.getState().selectMany(['ground-station-1', 'bob'], [], null);
    runCommand(app, commandById('connect-selected'));
    expect(app.document.getState().scenario.links).toHaveLength(2);
    expect(app.ui.getState().message).toMatchObject({ tone: 'error', text: 'Ground station 1 and Bob are already linked.' });
  });

  it('C keeps the two nodes selected, so K right after asks for key between them; K with the wrong selection says why', () => {
    const app = setUp();
    runCommand(app, commandById('connect-selected'));
    expect(app.session.getState().selectedNodeIds).toEqual(['bob', 'ground-station-1']);
    runCommand(app, commandById('request-selected'));
    expect(app.scenario.requests.at(-1)).toMatchObject({ source: 'bob', target: 'ground-station-1' });
    app.session.getState().selectMany(['bob'], [], null);
    const requests = app.scenario.requests.length;
    runCommand(app, commandById('request-selected'));
    expect(app.scenario.requests).toHaveLength(requests);
    expect(app.ui.getState().message).toMatchObject({ tone: 'error', text: expect.stringMatching(/exactly two stations for a key request \(1 node selected/) });
  });

  it('nodes added by key one after another never overlap', () => {
    const app = setUp();
    for (let i = 0; i < 8; i++) runCommand(app, commandById('add-repeater'));
    const nodes = app.scenario.nodes;
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(Math.abs(a.position.x - b.position.x) >= 120 || Math.abs(a.position.y - b.position.y) >= 72).toBe(true);
  });

  it('delete removes a node with its links and requests, then announces it', () => {
    const app = setUp();
    app.session.getState().select({ kind: 'node', id: 'bob' });
    runCommand(app, commandById('delete'));
    const s = app.document.getState().scenario;
    expect(s.nodes.map((n) => n.id)).toEqual(['alice', 'ground-station-1']);
    expect(s.links).toEqual([]);
    expect(s.requests).toEqual([]);
    expect(app.ui.getState().message?.text).toBe('Deleted node Bob. Deleted link fiber-1.');
  });

  it('paste offsets each successive paste further and selects what it pasted', () => {
    const app = setUp();
    runCommand(app, commandById('paste'));
    runCommand(app, commandById('paste'));
    const s = app.document.getState().scenario;
    const bobCopies = s.nodes.filter((n) => n.id.startsWith('bob-'));
    expect(bobCopies.map((n) => n.position)).toEqual([{ x: 520, y: 200 }, { x: 560, y: 240 }]);
    expect(app.session.getState().selectedNodeIds).toEqual(['bob-2', 'ground-station-3']);
  });

  it('copy also puts the nodes on the system clipboard, and a paste of that text in another tab brings them in', async () => {
    const app = setUp();
    expect(app.systemClipboard).toHaveLength(1);
    const other = createTestEditor(defaultScenario());
    await pasteText(other, app.systemClipboard[0]!);
    await pasteText(other, app.systemClipboard[0]!);
    const s = other.document.getState().scenario;
    expect(s.nodes.filter((n) => n.id.startsWith('bob-')).map((n) => n.position)).toEqual([{ x: 520, y: 200 }, { x: 560, y: 240 }]);
    expect(s.nodes.filter((n) => n.id.startsWith('ground-station-'))).toHaveLength(2);
    expect(other.document.getState().past).toHaveLength(2);
  });

  it('a paste of other text, or of refused nodes, changes nothing and says why; an empty clipboard pastes this tab\'s copy', async () => {
    const app = setUp();
    const before = app.document.getState().scenario;
    await pasteText(app, 'just some words');
    expect(app.document.getState().scenario).toBe(before);
    expect(app.ui.getState().message).toMatchObject({ tone: 'error', text: 'Nothing pasted: the clipboard holds text, not nodes copied from QNet Designer.' });
    await pasteText(app, app.systemClipboard[0]!.replace('"detectorEfficiency":0.045', '"detectorEfficiency":-1'));
    expect(app.document.getState().scenario).toBe(before);
    expect(app.ui.getState().message?.text).toMatch(/^Nothing pasted: copied node 1: params\.detectorEfficiency: must be greater than 0\.$/);
    await pasteText(app, '');
    expect(app.document.getState().scenario.nodes).toHaveLength(before.nodes.length + 2);
  });

  it('add commands select the new node and keep repeated adds from stacking', () => {
    const app = setUp();
    runCommand(app, commandById('add-satellite'));
    runCommand(app, commandById('add-satellite'));
    const sats = app.document.getState().scenario.nodes.filter((n) => n.kind === 'satellite');
    expect(sats.map((n) => n.label)).toEqual(['Satellite 1', 'Satellite 2']);
    expect(sats[0]!.position).not.toEqual(sats[1]!.position);
    expect(app.session.getState().selection).toEqual({ kind: 'node', id: 'satellite-2' });
  });

  it('undo after adding drops the vanished node from the selection', () => {
    const app = setUp();
    runCommand(app, commandById('add-repeater'));
    runCommand(app, commandById('undo'));
    expect(app.session.getState().selectedNodeIds).toEqual([]);
    expect(app.session.getState().selection).toBeNull();
  });
});

describe('view and time commands', () => {
  it('presentation toggles with P and Escape leaves it before it clears a selection', () => {
    const app: Editor = setUp();
    commandForKey(key('p'), app)!.run(app);
    expect(app.ui.getState().presentation).toBe(true);
    expect(commandForKey(key('Escape'), app)!.id).toBe('leave-presentation');
    commandForKey(key('Escape'), app)!.run(app);
    expect(app.ui.getState().presentation).toBe(false);
    expect(commandForKey(key('Escape'), app)!.id).toBe('deselect');
  });

  it('theme flips from the system theme, and help opens the dialog', () => {
    const app = setUp();
    runCommand(app, commandById('toggle-theme'));
    expect(app.ui.getState().theme).toBe('dark');
    runCommand(app, commandById('toggle-theme'));
    expect(app.ui.getState().theme).toBe('light');
    commandForKey(key('?', { shiftKey: true }), app)!.run(app);
    expect(app.ui.getState().helpOpen).toBe(true);
  });

  it('time commands drive the clock', () => {
    const app = setUp();
    for (const id of ['play-pause', 'step', 'reset']) runCommand(app, commandById(id));
    expect(app.engineCalls).toEqual(['pause', 'step', 'restart']);
  });
});

describe('the registry', () => {
  it('has unique ids and gives each key to one command at a time', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    const owners = new Map<string, string[]>();
    for (const c of COMMANDS) for (const s of c.shortcuts) owners.set(s, [...(owners.get(s) ?? []), c.id]);
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    // Escape is shared on purpose: the two commands are never enabled together.
    expect(shared).toEqual([['Escape', ['leave-presentation', 'deselect']]]);
  });

  it('maps keys to commands: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Shift+arrow moves far', () => {
    const app = setUp();
    expect(commandForKey(key('z', { ctrlKey: true }), app)?.id).toBe('undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), app)?.id).toBe('redo');
    expect(commandForKey(key('y', { metaKey: true }), app)?.id).toBe('redo');
    expect(commandForKey(key('ArrowLeft', { shiftKey: true }), app)?.id).toBe('move-left-far');
    expect(commandForKey(key('ArrowLeft'), app)?.id).toBe('move-left');
    expect(commandForKey(key(' '), app)?.id).toBe('play-pause');
    expect(commandForKey(key('x'), app)).toBeUndefined();
  });

  it('moves the selected nodes ten canvas units, or a hundred with Shift', () => {
    const app = setUp();
    const x = () => app.document.getState().scenario.nodes.find((n) => n.id === 'bob')!.position.x;
    commandForKey(key('ArrowRight'), app)!.run(app);
    expect(x()).toBe(490);
    commandForKey(key('ArrowLeft', { shiftKey: true }), app)!.run(app);
    expect(x()).toBe(390);
  });
});
