import { moveNodes } from '../store/scenario-edits';
import type { Command } from './command';
import { selectedNodeIds } from './selection';

/** Canvas units per arrow press; Shift moves ten times as far. */
export const NUDGE_STEP = 10;

const DIRECTIONS = [
  ['left', 'ArrowLeft', -1, 0],
  ['right', 'ArrowRight', 1, 0],
  ['up', 'ArrowUp', 0, -1],
  ['down', 'ArrowDown', 0, 1],
] as const;

export const moveCommands: Command[] = DIRECTIONS.flatMap(([name, key, dx, dy]) =>
  ([1, 10] as const).map((factor) => ({
    id: factor === 1 ? `move-${name}` : `move-${name}-far`,
    label: `Move selected nodes ${name}${factor === 1 ? '' : ' (far)'}`,
    group: 'Move' as const,
    shortcuts: [factor === 1 ? key : `Shift+${key}`],
    document: true,
    enabled: (app) => app.canEdit() && selectedNodeIds(app).length > 0,
    run: (app) => app.commit(moveNodes(app.scenario, selectedNodeIds(app), dx * NUDGE_STEP * factor, dy * NUDGE_STEP * factor)),
  }) satisfies Command),
);
