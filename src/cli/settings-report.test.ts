import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/validate';
import type { ScenarioInput } from '../scenario/schema';
import { simulationReport } from './simulate-command';

const at = { x: 0, y: 0 };

/** The report as the CLI prints it (through JSON, where Infinity would become null). */
function report(input: ScenarioInput) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return JSON.parse(JSON.stringify(simulationReport({ ...parsed.scenario, settings: { durationSeconds: 1, timeStepSeconds: 1 } })));
}

describe('settings the engine chose, in the CLI JSON', () => {
  it('carries the chosen ν and the chain\'s cut-off (0: none) and rounds in hops[].settings', () => {
    const node = (id: string, kind: 'ground-station' | 'repeater') => ({ id, kind, position: at, params: {} });
    const r = report({
      version: 2,
      nodes: [node('a', 'ground-station'), node('r', 'repeater'), node('b', 'ground-station'), node('c', 'ground-station')],
      links: [
        { id: 'ar', source: 'a', target: 'r', kind: 'fiber', params: { lengthKm: 25 } },
        { id: 'rb', source: 'r', target: 'b', kind: 'fiber', params: { lengthKm: 25 } },
        { id: 'ac', source: 'a', target: 'c', kind: 'fiber', params: { lengthKm: 25 } },
      ],
      requests: [
        { id: 'key', source: 'a', target: 'c', protocol: 'bb84-decoy', decoyMethod: 'vacuum-weak', optimiseDecoySettings: true, params: {} },
        { id: 'pairs', source: 'a', target: 'b', protocol: 'entanglement', purificationProtocol: 'dejmps', optimiseRepeaterSettings: true, params: { monteCarloTrials: 300 } },
      ],
    });
    const [key, pairs] = r.requests;
    expect(key.hops[0].settings.weakDecoyMeanPhotonNumber).toBeLessThan(key.hops[0].settings.signalMeanPhotonNumber);
    for (const hop of pairs.hops) {
      expect(hop.settings.memoryCutoffSeconds).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(hop.settings.purificationRounds)).toBe(true);
    }
  });
});
