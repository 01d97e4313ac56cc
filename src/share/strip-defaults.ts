import { deepEqual } from '../scenario/deep-equal';
import { schemas, type Scenario, type ScenarioInput } from '../scenario/schema';

/** The few fields of zod's internal definition this walk reads; zod 4 keeps them on `schema._zod.def`. */
interface SchemaDef {
  type: string;
  innerType?: WalkableSchema;
  defaultValue?: unknown;
  shape?: Record<string, WalkableSchema>;
  element?: WalkableSchema;
  options?: WalkableSchema[];
  discriminator?: string;
  values?: unknown[];
}
interface WalkableSchema {
  _zod: { def: SchemaDef };
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

const OMIT = Symbol('omit');


function unionOption(def: SchemaDef, value: unknown): WalkableSchema | undefined {
  const options = def.options ?? [];
  if (def.discriminator && typeof value === 'object' && value !== null) {
    const tag = (value as Record<string, unknown>)[def.discriminator];
    const match = options.find((o) => o._zod.def.shape?.[def.discriminator!]?._zod.def.values?.includes(tag));
    if (match) return match;
  }
  return options.find((o) => o.safeParse(value).success);
}

/** Walk a value alongside its schema and drop every field whose value is what parsing would fill in anyway. */
function strip(schema: WalkableSchema, value: unknown): unknown {
  const def = schema._zod.def;
  switch (def.type) {
    case 'default':
      return deepEqual(value, def.defaultValue) ? OMIT : strip(def.innerType!, value);
    case 'prefault': {
      // A prefault is an input parsed by the inner schema, so compare against what it parses to.
      const parsed = def.innerType!.safeParse(def.defaultValue);
      return parsed.success && deepEqual(value, parsed.data) ? OMIT : strip(def.innerType!, value);
    }
    case 'optional':
      return value === undefined ? OMIT : strip(def.innerType!, value);
    case 'object': {
      if (typeof value !== 'object' || value === null || !def.shape) return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const field = def.shape[key];
        const kept = field ? strip(field, v) : v;
        if (kept !== OMIT && kept !== undefined) out[key] = kept;
      }
      return out;
    }
    case 'array':
      return Array.isArray(value) && def.element ? value.map((v) => { const kept = strip(def.element!, v); return kept === OMIT ? v : kept; }) : value;
    case 'union': {
      const option = unionOption(def, value);
      return option ? strip(option, value) : value;
    }
    default:
      return value;
  }
}

/**
 * The smallest document that parses back to `scenario`: every field equal to its schema default is left out.
 * Driven by the zod schema (and so by the ParamSpec defaults inside it), never by a list of field names.
 */
export function stripDefaults(scenario: Scenario): ScenarioInput {
  const stripped = strip(schemas().scenario as unknown as WalkableSchema, scenario);
  // The version is a required literal, never a default, so the walk always keeps it; the cast only restores the type.
  return stripped as ScenarioInput;
}

// Adding 0 turns -0 into 0, which is what JSON gives back anyway.
const wholePixels = (px: number) => Math.round(px) + 0;

/** Canvas positions carry no physics; whole pixels are plenty and much shorter in a link. */
export function roundPositions(scenario: Scenario): Scenario {
  return {
    ...scenario,
    nodes: scenario.nodes.map((n) => ({ ...n, position: { x: wholePixels(n.position.x), y: wholePixels(n.position.y) } })),
  };
}
