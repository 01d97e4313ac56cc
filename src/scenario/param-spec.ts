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

/** A strict object of numbers, each with its documented default: unknown keys are errors, so a typo is never silently ignored. */
export function paramsSchema<T extends ParamSpecs>(specs: T) {
  const shape = Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [key, numberSchema(spec).default(spec.default)]),
  ) as { [K in keyof T]: z.ZodDefault<z.ZodNumber> };
  // Generic T hides that every key has a default, so tell the checker that an empty object is a valid input.
  return z.strictObject(shape).prefault({} as z.input<z.ZodObject<typeof shape>>);
}

export function defaultsOf<T extends ParamSpecs>(specs: T): ParamsOf<T> {
  return Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])) as ParamsOf<T>;
}

/** Why a proposed value is rejected, or null when it is acceptable. Used by the inspector before anything is applied. */
export function checkParam(spec: ParamSpec, value: number): string | null {
  const result = numberSchema(spec).safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'is not valid');
}
