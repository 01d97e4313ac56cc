// Issue 22, item 5: valid scenarios with every parameter at the edge of its range (bounds, denormals like 5e-324,
// 1e-300) give finite numbers and sentences without NaN or Infinity; the only non-finite values are the documented
// "does not exist" ones, each with its reason. No timed assertions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate';
import type { Evaluation } from './results';
import { Simulation } from './simulation';
import { nonFiniteEntries } from './testing/non-finite';
import { atTheEdges, parsed, randomScenarioInput } from './testing/random-scenarios';
import { REQUEST_SERIES } from './request-series';

/** The values that stand for "does not exist here", each only where results.ts documents it. */
function undocumentedNonFinite(evaluation: Evaluation): string[] {
  const problems: string[] = [];
  evaluation.links.forEach((l, i) => {
    for (const entry of nonFiniteEntries(l, `links[${i}]`)) {
      if (entry.endsWith('.lossDb=Infinity') && l.unavailableReason !== null) continue;
      if (entry.endsWith('.plobBitsPerPulse=Infinity') && l.transmittance === 1) continue;
      problems.push(entry);
    }
  });
  evaluation.requests.forEach((r, i) => {
    const noPair = r.entanglement?.deliveredState == null;
    for (const entry of nonFiniteEntries(r, `requests[${i}]`)) {
      // No detections to count errors in: a request or hop with no key.
      if (/\.qber=NaN$/.test(entry) && r.keyRateBitsPerSecond === 0) continue;
      if (entry.endsWith('].fidelity=NaN') && (r.protocol !== 'entanglement' || noPair)) continue;
      // A repeater chain has no repeaterless bound; a lossless hop has an infinite one.
      if (/\.plobBitsPerSecond=NaN$/.test(entry) && r.protocol === 'entanglement') continue;
      if (/\.plobBitsPerSecond=Infinity$/.test(entry)) continue;
      if (/\.entanglement\.(fidelityStdDev|monteCarloMeanDeliverySeconds|monteCarloStdErrorSeconds)=NaN$/.test(entry) && noPair) continue;
      if (/\.entanglement\.stages/.test(entry) && noPair) continue;
      // Closed-form waiting-time estimates of a link that succeeds with probability 0: an infinite mean wait.
      if (/\.entanglement\.(analyticMeanDeliverySeconds|sangouardMeanDeliverySeconds)=Infinity$/.test(entry)) continue;
      problems.push(entry);
    }
  });
  return problems;
}

describe('engine at the edges of every parameter', () => {
  it('reports only finite numbers, but for the documented "does not exist" values, and no sentence says NaN or Infinity', { timeout: 900_000 }, () => {
    fc.assert(
      fc.property(randomScenarioInput(atTheEdges), (input) => {
        const scenario = parsed(input);
        const sim = new Simulation(scenario);
        expect(undocumentedNonFinite(sim.evaluation)).toEqual([]);
        const block = sim.advance(2, REQUEST_SERIES);
        const width = sim.requestIds.length * REQUEST_SERIES.length;
        block.values.forEach((value, k) => {
          const series = REQUEST_SERIES[k % REQUEST_SERIES.length]!;
          if (series === 'qber' || series === 'fidelity') return; // NaN is a gap in the chart, checked above
          expect(value, `${sim.requestIds[Math.floor((k % width) / REQUEST_SERIES.length)]} ${series}`).toSatisfy(Number.isFinite);
        });
      }),
      { numRuns: 60 },
    );
  });
});
