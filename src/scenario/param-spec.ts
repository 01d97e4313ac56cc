import { z } from 'zod';

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
}

export type ParamSpecs = Record<string, ParamSpec>;

export type ParamsOf<T extends ParamSpecs> = { [K in keyof T]: number };

function numberSchema(spec: ParamSpec) {
  let schema = z.number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') });
  schema = schema.refine(Number.isFinite, { message: 'must be a finite number' }) as unknown as typeof schema;
  if (spec.integer) schema = schema.int({ message: 'must be a whole number' });
  schema = spec.minExclusive
    ? schema.gt(spec.min, { message: `must be greater than ${spec.min} ${spec.unit}`.trim() })
    : schema.gte(spec.min, { message: `must be at least ${spec.min} ${spec.unit}`.trim() });
  return schema.lte(spec.max, { message: `must be at most ${spec.max} ${spec.unit}`.trim() });
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
