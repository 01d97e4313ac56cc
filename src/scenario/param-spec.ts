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

export function defaultsOf<T extends ParamSpecs>(specs: T): ParamsOf<T> {
  return Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])) as ParamsOf<T>;
}

/** Why a proposed value is rejected, or null when it is acceptable. Used by the inspector before anything is applied. */
export function checkParam(spec: ParamSpec, value: unknown): string | null {
  // The messages are param-schema.ts's numberSchema's, in its order (a test holds the two to the same answers); no zod
  // here, so the inspector's fields need none of its code up front.
  const unit = (text: string) => `${text} ${spec.unit}`.trim();
  if (value === undefined) return 'is required';
  // zod's number type itself refuses NaN and ±Infinity.
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
  if (spec.integer && !Number.isSafeInteger(value)) return 'must be a whole number';
  if (spec.minExclusive ? value <= spec.min : value < spec.min) return unit(spec.minExclusive ? `must be greater than ${spec.min}` : `must be at least ${spec.min}`);
  if (value > spec.max) return unit(`must be at most ${spec.max}`);
  return null;
}
