import { z } from 'zod';
import { acceptedParams, type ParamSpec, type ParamSpecs } from './param-spec';

// Every scenario schema is built from here: zod's JIT would probe `new Function`, which the app's CSP forbids (no eval).
z.config({ jitless: true });

/** One parameter as zod checks it (param-spec.ts checkParam gives the same first message without zod). */
export function numberSchema(spec: ParamSpec) {
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

/** A strict object of numbers, each with its documented default, as zod alone parses it (paramsSchema adds the fast path). */
export function zodParamsSchema<T extends ParamSpecs>(specs: T) {
  const shape = Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [key, numberSchema(spec).default(spec.default)]),
  ) as { [K in keyof T]: z.ZodDefault<z.ZodNumber> };
  // Generic T hides that every key has a default, so tell the checker that an empty object is a valid input.
  return z.strictObject(shape).prefault({} as z.input<z.ZodObject<typeof shape>>);
}

/**
 * `schema` with a fast path: `accept` gives the parsed value of an input zod would accept as it is, by plain checks, or
 * null, and zod then parses it (and explains what is wrong). Tests hold each fast path to zod's answers.
 */
export function withFastPath<S extends z.ZodType>(schema: S, accept: (value: unknown) => unknown): S {
  const zodRun = schema._zod.run;
  schema._zod.run = (payload, ctx) => {
    const accepted = ctx.direction === 'backward' ? null : accept(payload.value);
    if (accepted === null) return zodRun(payload, ctx);
    payload.value = accepted;
    return payload;
  };
  return schema;
}

/** A strict object of numbers, each with its documented default: unknown keys are errors, so a typo is never silently ignored. */
export function paramsSchema<T extends ParamSpecs>(specs: T) {
  // Valid parameters (nearly always) are filled in by a plain loop: zod without its JIT (see above) took ~4 µs per
  // field, and parameters are most of a design's fields (a third of a second to open a 2,000-node link on a busy page).
  return withFastPath(zodParamsSchema(specs), (value) => acceptedParams(value, specs));
}
