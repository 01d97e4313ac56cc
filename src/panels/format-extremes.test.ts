// Issue 22, item 5: whatever valid extreme values a design holds, no text the results panel, the delivered-pair view,
// the charts or the link labels format says NaN or Infinity: a value that does not exist reads "—" or "no light".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../engine/simulation';
import { atTheEdges, parsed, randomScenarioInput } from '../engine/testing/random-scenarios';
import { formatBits, formatBitsPerSecond, formatClock, formatLengthKm, formatLossDb, formatPercent, formatPerSecond, formatSeconds } from '../format/format-units';
import { linkOverlays } from '../format/link-overlay';
import { REQUEST_SERIES } from '../worker/protocol';
import { seriesLook } from './charts/series-look';
import { formatPairNumber } from './pair/pair-table';

const NOT_A_NUMBER = /NaN|Infinity|undefined/;

describe('formatted results at the edges of every parameter', () => {
  it('never read NaN or Infinity', { timeout: 900_000 }, () => {
    fc.assert(
      fc.property(randomScenarioInput(atTheEdges), (input) => {
        const sim = new Simulation(parsed(input));
        const { links, requests } = sim.evaluation;
        const texts: string[] = [];
        for (const l of links) texts.push(formatLengthKm(l.lengthKm), formatLossDb(l.lossDb), formatSeconds(l.latencySeconds));
        for (const r of requests) {
          texts.push(formatBitsPerSecond(r.keyRateBitsPerSecond), formatBitsPerSecond(r.unsharedKeyRateBitsPerSecond), formatPercent(r.linkShare), formatPercent(r.qber));
          texts.push(formatSeconds(r.latencySeconds), formatBitsPerSecond(r.plobBitsPerSecond), formatPerSecond(r.entanglementRatePairsPerSecond), formatPairNumber(r.fidelity));
          texts.push(...r.notes, r.noKeyReason ?? '');
          const delivery = r.entanglement;
          if (delivery?.deliveredState) {
            texts.push(formatPairNumber(delivery.fidelityStdDev), formatSeconds(delivery.monteCarloMeanDeliverySeconds), formatSeconds(delivery.monteCarloStdErrorSeconds), formatSeconds(delivery.analyticMeanDeliverySeconds));
          }
        }
        for (const overlay of linkOverlays(sim.evaluation).values()) {
          if (overlay.lossDb !== null) texts.push(formatLossDb(overlay.lossDb, 1));
          if (overlay.keyRateBitsPerSecond !== null) texts.push(formatBitsPerSecond(overlay.keyRateBitsPerSecond));
        }
        const block = sim.advance(2, REQUEST_SERIES);
        block.values.forEach((value, k) => texts.push(seriesLook(REQUEST_SERIES[k % REQUEST_SERIES.length]!).format(value)));
        block.timeSeconds.forEach((t) => texts.push(formatClock(t), formatBits(t)));
        expect(texts.filter((text) => NOT_A_NUMBER.test(text))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
