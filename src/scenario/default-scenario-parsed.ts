import { DEFAULT_SCENARIO_FILLED } from './default-scenario-filled';
import type { Scenario } from './schema';

/** The default scenario as parsing would give it (a test keeps the two equal), a fresh copy each time. */
export function defaultScenario(): Scenario {
  return JSON.parse(JSON.stringify(DEFAULT_SCENARIO_FILLED)) as Scenario;
}
