import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { addNode, deleteElements, moveNodes } from '../store/scenario-edits';
import { describeChange } from './describe-change';

describe('describeChange', () => {
  it('names added and deleted nodes and links, and stays quiet for moves', () => {
    const s = defaultScenario();
    expect(describeChange(s, addNode(s, 'repeater', { x: 0, y: 0 }).scenario)).toBe('Added node Repeater 1.');
    expect(describeChange(s, deleteElements(s, { nodes: ['alice'] }))).toBe('Deleted node Alice. Deleted link fiber-1.');
    expect(describeChange(s, moveNodes(s, ['alice'], 5, 5))).toBeNull();
  });
});
