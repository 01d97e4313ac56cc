import { parsePatched, parseScenarioAgainst } from './parse-edited';
import { parseScenario, type ParseResult } from './validate';
import type { Scenario } from './schema';
import type { ScenarioPatch } from './scenario-patch';

/** The three ways the engine's service checks a design from the page (all zod), as one value it can be handed. */
export interface ScenarioChecks {
  parseScenario(raw: unknown): ParseResult;
  parseScenarioAgainst(previous: Scenario, raw: unknown): ParseResult;
  parsePatched(current: Scenario, patch: ScenarioPatch): ParseResult;
}

export const scenarioChecks: ScenarioChecks = { parseScenario, parseScenarioAgainst, parsePatched };
