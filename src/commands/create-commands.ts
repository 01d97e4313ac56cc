import type { Editor } from '../editor/editor';
import { NODE_KINDS } from '../scenario/schema-constants';
import type { NodeKind, ScenarioNode } from '../scenario/schema';
import { addNode, kindName, type Point } from '../store/scenario-edits';
import type { Command } from './command';
import { selectCreated } from './selection';

const KIND_SHORTCUTS: Partial<Record<NodeKind, string>> = { 'ground-station': 'G', 'trusted-node': 'T', repeater: 'R', satellite: 'S' };

/** A drawn node (about 130 × 80 with its handles) and room between: nodes added by key stay apart and their handles free. */
const NODE_SPACING = { x: 180, y: 120 };
/** Tries per row before the next row down. */
const SPOTS_PER_ROW = 5;

/** The first spot, along rows to the right of `p` and then below, where a new node overlaps none already there. */
export function freeSpot(nodes: readonly ScenarioNode[], p: Point): Point {
  const taken = (spot: Point) => nodes.some((n) => Math.abs(n.position.x - spot.x) < NODE_SPACING.x && Math.abs(n.position.y - spot.y) < NODE_SPACING.y);
  for (let i = 0; i < 200; i++) {
    const spot = { x: p.x + (i % SPOTS_PER_ROW) * NODE_SPACING.x, y: p.y + Math.floor(i / SPOTS_PER_ROW) * NODE_SPACING.y };
    if (!taken(spot)) return spot;
  }
  return p;
}

/** Without a canvas (headless), new nodes go below the existing ones. */
function fallbackPoint(nodes: readonly ScenarioNode[]): Point {
  const maxY = nodes.reduce((m, n) => Math.max(m, n.position.y), 0);
  return { x: 80, y: nodes.length > 0 ? maxY + 120 : 80 };
}

/** Add one node as one undo step and select it; its id, or null when the gate refuses building. */
export function addNodeAt(app: Editor, kind: NodeKind, position: Point): string | null {
  const { scenario, id } = addNode(app.scenario, kind, position);
  if (!app.commit(scenario, 'build')) return null;
  selectCreated(app, [id]);
  return id;
}

export function addNodeAtCentre(app: Editor, kind: NodeKind): string | null {
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
    enabled: (app) => app.canEdit('build'),
    run: (app) => void addNodeAtCentre(app, kind),
  } satisfies Command;
});
