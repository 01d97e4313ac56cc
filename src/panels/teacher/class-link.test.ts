import { describe, expect, it } from 'vitest';
import { commandById, runCommand } from '../../commands/registry';
import { pasteText } from '../../commands/edit-commands';
import { createTestEditor } from '../../editor/testing/test-editor';
import { defaultScenario } from '../../scenario/default-scenario-parsed';
import { exampleById } from '../../scenario/examples';
import { parseScenario } from '../../scenario/validate';
import { readShareHash, buildShareHash } from '../../share/share-hash';
import { LESSONS } from '../classroom/lessons';
import { classLinkParts, contentChoices, DEFAULT_SETUP } from './class-link';

describe('a class link', () => {
  it('offers the design on screen, every lesson and every example', () => {
    const values = contentChoices().map((c) => c.value);
    expect(values[0]).toBe('design');
    for (const lesson of LESSONS) expect(values).toContain(`lesson:${lesson.exampleId}`);
  });

  it('for a lesson carries its example at the first step, the lesson flag and the restrictions', () => {
    const lesson = LESSONS.find((l) => l.exampleId === 'twin-field')!;
    const parsed = parseScenario(exampleById('twin-field')!.scenario);
    if (!parsed.ok) throw new Error('example invalid');
    const { scenario, flags } = classLinkParts({ content: 'lesson:twin-field', hide: ['palette', 'files'], lockParameters: true, startPaused: true, theme: 'light' }, defaultScenario());
    expect(scenario).toEqual(lesson.steps[0]!.apply(parsed.scenario));
    expect(flags).toMatchObject({ lesson: 'twin-field', hide: ['palette', 'files'], readOnly: true, play: false, theme: 'light' });
    expect(readShareHash(`#${buildShareHash('1.x', flags)}`)).toEqual({ kind: 'link', payload: '1.x', flags });
  });

  it('for the design on screen carries it unchanged and no lesson', () => {
    const design = { ...defaultScenario(), name: 'Mine' };
    expect(classLinkParts(DEFAULT_SETUP, design)).toMatchObject({ scenario: design, flags: { lesson: null, hide: [], readOnly: false, play: null } });
  });
});

describe('a hidden palette', () => {
  it('disables the Build commands, duplicate and paste (keys, toolbar and the paste event), and nothing else', async () => {
    const editor = createTestEditor(defaultScenario());
    editor.session.getState().setReadOnly(false);
    editor.session.getState().setHiddenTools(['palette']);
    try {
      const nodes = editor.scenario.nodes.length;
      expect(runCommand(editor, commandById('add-ground-station'))).toBe(false);
      editor.session.getState().selectMany(['alice', 'bob'], [], { kind: 'node', id: 'alice' });
      for (const id of ['connect-selected', 'request-selected', 'duplicate']) expect(commandById(id).enabled(editor), id).toBe(false);
      await pasteText(editor, JSON.stringify({ format: 'qnet-designer/nodes', version: 1, nodes: [{ id: 'x', label: 'X', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} }], links: [] }));
      expect(editor.scenario.nodes.length).toBe(nodes);
      // Deleting is not building: without a lock it still works.
      expect(runCommand(editor, commandById('delete'))).toBe(true);
      expect(editor.scenario.nodes.length).toBe(0);
    } finally {
      editor.session.getState().setHiddenTools([]);
      editor.session.getState().select(null);
    }
  });
});
