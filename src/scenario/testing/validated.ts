import type { Scenario } from '../schema';
import { parseScenario } from '../validate';

/** A test's scenario input, validated; a test that builds an invalid one fails at once with the schema's messages. */
export function validated(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}
