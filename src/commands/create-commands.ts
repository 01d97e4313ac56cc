import type { Editor } from '../editor/editor';
import { NODE_KINDS, type NodeKind, type ScenarioNode } from '../scenario/schema';
import { addNode, kindName, type Point } from '../store/scenario-edits';
import type { Command } from './command';
import { selectCreated } from './selection';

const KIND_SHORTCUTS: Partial<Record<NodeKind, string>> = { 'ground-station': 'G', 'trusted-node': 'T', repeater: 'R', satellite: 'S' };

/** Step between tries when the wanted spot is taken, so repeated adds do not hide each other. */
const SPOT_STEP = 32;

/** The first spot on a diagonal from `p` that no node already occupies. */
export function freeSpot(nodes: readonly ScenarioNode[], p: Point): Point {
  let spot = p;
  for (let i = 0; i < 50 && nodes.some((n) => Math.abs(n.position.x - spot.x) < 24 && Math.abs(n.position.y - spot.y) < 24); i++) {
    spot = { x: spot.x + SPOT_STEP, y: spot.y + SPOT_STEP };
  }
  return spot;
}

/** Without a canvas (headless), new nodes go below the existing ones. */
function fallbackPoint(nodes: readonly ScenarioNode[]): Point {
  const maxY = nodes.reduce((m, n) => Math.max(m, n.position.y), 0);
  return { x: 80, y: nodes.length > 0 ? maxY + 120 : 80 };
}

/** Add one node as one undo step and select it. */
export function addNodeAt(app: Editor, kind: NodeKind, position: Point): string {
  const { scenario, id } = addNode(app.scenario, kind, position);
  app.commit(scenario);
  selectCreated(app, [id]);
  return id;
}

export function addNodeAtCentre(app: Editor, kind: NodeKind): string {
  const nodes = app.scenario.nodes;
  return addNodeAt(app, kind, freeSpot(nodes, app.placementPoint() ?? fallbackPoint(nodes)));
}

export const addNodeCommandId = (kind: NodeKind) => `add-${kind}`;

export const createCommands: Command[] = NODE_KINDS.map((kind) => {
  const shortcut = KIND_SHORTCUTS[kind];
  return {
    id: addNodeCommandId(kind),
    label: `Add a ${kindName(kind).toLowerCase()}`,
    group: 'Build',
    shortcuts: shortcut ? [shortcut] : [],
    document: true,
    enabled: (app) => app.canEdit(),
    run: (app) => void addNodeAtCentre(app, kind),
  } satisfies Command;
});
