import { defaultScenarioInput } from './default-scenario';
import type { Scenario } from './schema';
import { parseScenario } from './validate';

export function defaultScenario(): Scenario {
  const parsed = parseScenario(defaultScenarioInput);
  if (!parsed.ok) throw new Error(`The built-in default scenario is invalid: ${parsed.errors.join('; ')}`);
  return parsed.scenario;
}
