// Issue 22, item 5: the simulate report never prints null where README promises a number. Null stands only for a value
// that does not exist (a QBER without detections, a fidelity outside entanglement, a bound a path does not have) and
// each such null is one README "Command line" names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atTheEdges, parsed, randomScenarioInput } from '../engine/testing/random-scenarios';
import { simulationReport } from './simulate-command';

type Report = ReturnType<typeof simulationReport>;
type RequestReport = Report['requests'][number];

function nullsIn(value: unknown, path: string): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((v) => nullsIn(v, `${path}[]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nullsIn(v, `${path}.${k}`));
  return [];
}

function undocumentedNulls(report: Report): string[] {
  const explained = (r: RequestReport, path: string): boolean => {
    if (path === '.noKeyReason' || path === '.deliveredPair') return true; // no reason when there is key; no pair outside entanglement
    if (path === '.qber' || path === '.hops[].qber') return r.keyRateBitsPerSecond === 0;
    if (path === '.fidelity') return r.protocol !== 'entanglement' || (r.deliveredPair?.bellDiagonalState ?? null) === null;
    if (path === '.plobBitsPerSecond' || path === '.hops[].plobBitsPerSecond') return r.plobNote !== null || r.hops.some((h) => h.plobNote !== null);
    if (/^\.(plobNote|hops\[\]\.plobNote|hops\[\]\.noKeyReason)$/.test(path)) return true;
    // A link stage has no node or round; the closed-form estimates exist only for uniform chains, and are infinite
    // (so null) when a link's success probability underflows to 0.
    if (/^\.deliveredPair\.fidelityStages\[\]\.(atNodeId|round)$/.test(path)) return true;
    if (/^\.deliveredPair\.meanDeliverySeconds\.(sangouardThreeHalves|exponentialApproximation)$/.test(path)) return true;
    if (path.startsWith('.deliveredPair.')) return r.deliveredPair?.bellDiagonalState === null;
    return false;
  };
  const problems: string[] = [];
  for (const r of report.requests) for (const path of nullsIn(r, '')) if (!explained(r, path)) problems.push(`${r.id} (${r.protocol})${path}`);
  for (const l of report.links) {
    for (const path of nullsIn(l, '')) {
      if (path === '.unavailableReason' || path === '.plobNote') continue;
      if (path === '.lossDb' && l.unavailableReason !== null) continue;
      if (path === '.plobBitsPerPulse' && l.plobNote !== null) continue;
      problems.push(`${l.id}${path}`);
    }
  }
  return problems;
}

describe('qnet simulate report at the edges of every parameter', () => {
  it('has a number wherever README promises one', { timeout: 900_000 }, () => {
    fc.assert(
      fc.property(randomScenarioInput(atTheEdges), (input) => {
        const scenario = parsed({ ...input, settings: { durationSeconds: 2, timeStepSeconds: 1 } });
        const report = JSON.parse(JSON.stringify(simulationReport(scenario)));
        expect(undocumentedNulls(report)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
