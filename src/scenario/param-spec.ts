import { z } from 'zod';

// Every scenario schema is built from here: zod's JIT would probe `new Function`, which the app's CSP forbids (no eval).
z.config({ jitless: true });

/** One physical parameter: the inspector, the docs and the schema all read this. */
export interface ParamSpec {
  label: string;
  unit: string;
  min: number;
  max: number;
  /** The lower bound itself is not allowed (e.g. a length must be > 0 only where zero is meaningless). */
  minExclusive?: boolean;
  integer?: boolean;
  default: number;
  help: string;
  /** The glossary entry (src/panels/help/glossary.ts) that explains the quantity, where there is one. */
  glossary?: string;
}

export type ParamSpecs = Record<string, ParamSpec>;

export type ParamsOf<T extends ParamSpecs> = { [K in keyof T]: number };

function numberSchema(spec: ParamSpec) {
  // All checks in one .check(): each chained method clones the schema, and 44 parameters × 5 clones was most of the
  // cost of building the scenario schema (built on first use: the first edit or the first file or link opened).
  const unit = (text: string) => `${text} ${spec.unit}`.trim();
  return z.number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') }).check(
    z.refine(Number.isFinite, { message: 'must be a finite number' }),
    ...(spec.integer ? [z.int({ message: 'must be a whole number' })] : []),
    spec.minExclusive ? z.gt(spec.min, { message: unit(`must be greater than ${spec.min}`) }) : z.gte(spec.min, { message: unit(`must be at least ${spec.min}`) }),
    z.lte(spec.max, { message: unit(`must be at most ${spec.max}`) }),
  );
}

/**
 * `input` with every missing parameter at its default, in the specs' order, when zod would accept it as it is (a plain
 * object of known keys, each a finite number in range, or absent); else null, and zod parses it and says what is wrong.
 */
export function acceptedParams(input: unknown, specs: ParamSpecs): Record<string, number> | null {
  const given = input === undefined ? {} : input;
  if (typeof given !== 'object' || given === null) return null;
  const proto = Object.getPrototypeOf(given) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  const values = given as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    const spec = Object.hasOwn(specs, key) ? specs[key]! : null;
    const value = values[key];
    if (spec === null) return null;
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || (spec.integer && !Number.isSafeInteger(value))) return null;
    if ((spec.minExclusive ? value <= spec.min : value < spec.min) || value > spec.max) return null;
  }
  const out: Record<string, number> = {};
  for (const key of Object.keys(specs)) out[key] = typeof values[key] === 'number' ? (values[key] as number) : specs[key]!.default;
  return out;
}

/** A strict object of numbers, each with its documented default, as zod alone parses it (paramsSchema adds the fast path). */
export function zodParamsSchema<T extends ParamSpecs>(specs: T) {
  const shape = Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [key, numberSchema(spec).default(spec.default)]),
  ) as { [K in keyof T]: z.ZodDefault<z.ZodNumber> };
  // Generic T hides that every key has a default, so tell the checker that an empty object is a valid input.
  return z.strictObject(shape).prefault({} as z.input<z.ZodObject<typeof shape>>);
}

/** A strict object of numbers, each with its documented default: unknown keys are errors, so a typo is never silently ignored. */
export function paramsSchema<T extends ParamSpecs>(specs: T) {
  const schema = zodParamsSchema(specs);
  // Valid parameters (nearly always) are filled in by a plain loop: zod without its JIT (see above) took ~4 µs per
  // field, and parameters are most of a design's fields (a third of a second to open a 2,000-node link on a busy page).
  const zodRun = schema._zod.run;
  schema._zod.run = (payload, ctx) => {
    const accepted = ctx.direction === 'backward' ? null : acceptedParams(payload.value, specs);
    if (accepted === null) return zodRun(payload, ctx);
    payload.value = accepted;
    return payload;
  };
  return schema;
}

export function defaultsOf<T extends ParamSpecs>(specs: T): ParamsOf<T> {
  return Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])) as ParamsOf<T>;
}

/** Why a proposed value is rejected, or null when it is acceptable. Used by the inspector before anything is applied. */
export function checkParam(spec: ParamSpec, value: number): string | null {
  const result = numberSchema(spec).safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'is not valid');
}
