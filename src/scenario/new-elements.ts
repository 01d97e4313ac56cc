import { acceptedLink, acceptedNode, acceptedRequest } from './accepted-elements';
import type { LinkKind, NodeKind, Protocol, ScenarioLink, ScenarioNode, ScenarioRequest } from './schema';

// New elements as parsing fills them in, through the plain checks that stand in for zod (accepted-elements.ts), so
// the page's edits (a node dropped, two nodes linked) need none of the schema's code; new-elements.test.ts holds them
// to schemas().…parse.

/** The fields given a value: an optional field left undefined (no label) is left out. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

function made<T>(element: unknown, problem: () => string): T {
  if (element === null) throw new Error(problem());
  return element as T;
}

export function newNode(fields: { id: string; label?: string; kind: NodeKind; position: { x: number; y: number }; location?: { latDeg: number; lonDeg: number } }): ScenarioNode {
  return made(acceptedNode(defined(fields)), () => `a new ${fields.kind} node ${fields.id} is not valid`);
}

/** `lengthKm` must be within the link kind's range (the caller clamps it); left out, the default length. */
export function newLink({ lengthKm, ...fields }: { id: string; source: string; target: string; kind: LinkKind; lengthKm?: number }): ScenarioLink {
  return made(acceptedLink({ ...fields, params: lengthKm === undefined ? {} : { lengthKm } }), () => `a ${fields.kind} link cannot be ${lengthKm} km long`);
}

export function newRequest(fields: { id: string; source: string; target: string; protocol: Protocol }): ScenarioRequest {
  return made(acceptedRequest(fields), () => `a new ${fields.protocol} request ${fields.id} is not valid`);
}
