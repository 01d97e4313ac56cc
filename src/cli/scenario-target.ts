import type { Scenario } from '../scenario/schema';
import { CliError } from './cli-error';

/** Where a swept value goes in a scenario document: keys from the document root, e.g. ['links', 0, 'params', 'lengthKm']. */
export interface ScenarioTarget {
  path: string;
  keys: (string | number)[];
  /** Numbers take ranges and number lists; text fields (decoyMethod, routingMetric …) take lists of words. */
  type: 'number' | 'string';
}

const COLLECTIONS = { nodes: 'node', links: 'link', requests: 'request' } as const;
/** Changing these would make a different item rather than a variant of the same one. */
const FIXED_FIELDS = new Set(['id', 'kind', 'protocol']);

/**
 * Resolves "links.L1.params.lengthKm", "nodes.alice.params.detectorEfficiency", "requests.key-1.demandBitsPerSecond",
 * "settings.durationSeconds" or "seed" against a parsed scenario (defaults filled in, so every parameter exists).
 * Ids may contain dots, so the longest id that fits wins.
 */
export function resolveTarget(scenario: Scenario, path: string): ScenarioTarget {
  const fail = (why: string): never => {
    throw new CliError(`cannot sweep "${path}": ${why}`);
  };
  const [head, ...restParts] = path.split('.');
  if (path === 'seed') return { path, keys: ['seed'], type: 'number' };
  if (head === 'settings') return leaf(scenario.settings, ['settings'], restParts, 'settings', fail, path);
  if (!(head! in COLLECTIONS)) fail('a path starts with nodes.ID., links.ID., requests.ID. or settings., or is seed');
  const collection = head as keyof typeof COLLECTIONS;
  const items = scenario[collection] as { id: string }[];
  const rest = restParts.join('.');
  let best = -1;
  items.forEach((item, i) => {
    if (rest.startsWith(`${item.id}.`) && (best < 0 || item.id.length > items[best]!.id.length)) best = i;
  });
  if (best < 0) {
    const id = items.find((item) => item.id === rest)?.id ?? rest.split('.')[0];
    if (items.some((item) => item.id === id)) fail(`name a field of ${COLLECTIONS[collection]} "${id}", e.g. ${collection}.${id}.params.NAME`);
    fail(`no ${COLLECTIONS[collection]} has id "${id}" (${collection}: ${sample(items.map((item) => item.id))})`);
  }
  const item = items[best]!;
  const fields = rest.slice(item.id.length + 1).split('.');
  if (FIXED_FIELDS.has(fields[0]!)) fail(`"${fields[0]}" cannot be swept`);
  return leaf(item, [collection, best], fields, `${COLLECTIONS[collection]} "${item.id}"`, fail, path);
}

function leaf(root: unknown, keys: (string | number)[], fields: string[], owner: string, fail: (why: string) => never, path: string): ScenarioTarget {
  let value: unknown = root;
  let where = owner;
  for (const field of fields) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, field)) {
      const known = value !== null && typeof value === 'object' ? Object.keys(value) : [];
      fail(`${where} has no ${field ? `field "${field}"` : 'field named'}${known.length ? ` (it has: ${sample(known)})` : ''}`);
    }
    value = (value as Record<string, unknown>)[field];
    keys = [...keys, field];
    where = `${where}'s ${field}`;
  }
  if (typeof value === 'number') return { path, keys, type: 'number' };
  if (typeof value === 'string') return { path, keys, type: 'string' };
  const known = value !== null && typeof value === 'object' ? Object.keys(value) : [];
  return fail(`${where} is not a single value${known.length ? ` (it has: ${sample(known)})` : ''}`);
}

function sample(names: string[], max = 8): string {
  return names.length > max ? `${names.slice(0, max).join(', ')} and ${names.length - max} more` : names.join(', ') || 'none';
}

/** Writes value at the target's place in a copy of the document the caller owns. */
export function setTarget(document: Record<string, unknown>, target: ScenarioTarget, value: number | string): void {
  let node: Record<string | number, unknown> = document;
  for (const key of target.keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[target.keys.at(-1)!] = value;
}
