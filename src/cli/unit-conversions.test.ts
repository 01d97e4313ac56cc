import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decohereOneQubit } from '../engine/entanglement/memory';
import { channelLossRatePerKm } from './quisp-format';
import { fromSequence } from './sequence-import';
import { toSequence } from './sequence-export';
import type { SequenceTopology } from './sequence-topology';
import {
  dbPerKmOfDbPerMetre,
  dbPerMetreOfDbPerKm,
  DECOHERENCE_ERRORS,
  kmOfMetres,
  metresOfKm,
  picosecondsOfSeconds,
  scenarioCoherenceSeconds,
  secondsOfPicoseconds,
  sequenceCoherenceSeconds,
} from './sequence-units';
import { attenuationDbPerKmOfLossRate } from './testing/quisp-units';

const RELATIVE = 1e-12;
const close = (actual: number, expected: number) => Math.abs(actual - expected) <= RELATIVE * Math.abs(expected);
/** Positive doubles across the ranges the scenario allows, without denormals. */
const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter((x) => x > 0);

describe('unit conversions against their definitions', () => {
  it('1 km is 1000 m, 1 dB/km is 0.001 dB/m, 1 s is 1e12 ps, and 0.2 dB/km loses 1 − 10^(−0.02) of the light per km', () => {
    expect(metresOfKm(1)).toBe(1000);
    expect(kmOfMetres(1500)).toBe(1.5);
    expect(dbPerMetreOfDbPerKm(1)).toBe(0.001);
    expect(dbPerKmOfDbPerMetre(0.0002)).toBeCloseTo(0.2, 15);
    expect(picosecondsOfSeconds(1)).toBe(1e12);
    expect(secondsOfPicoseconds(5e11)).toBe(0.5);
    expect(channelLossRatePerKm(0.2)).toBeCloseTo(1 - 10 ** -0.02, 15);
  });
});

describe('unit conversions round-trip within 1e-12 relative', () => {
  it('km ↔ m', () => {
    fc.assert(fc.property(positive(1e-9, 2e4), (km) => close(kmOfMetres(metresOfKm(km)), km) && close(metresOfKm(kmOfMetres(km * 1000)), km * 1000)));
  });

  it('dB/km ↔ dB/m (SeQUeNCe attenuation)', () => {
    fc.assert(fc.property(positive(1e-9, 10), (dbPerKm) => close(dbPerKmOfDbPerMetre(dbPerMetreOfDbPerKm(dbPerKm)), dbPerKm) && close(dbPerMetreOfDbPerKm(dbPerKmOfDbPerMetre(dbPerKm / 1000)), dbPerKm / 1000)));
  });

  it('dB/km ↔ QuISP per-km loss probability, and the loss over L km is 10^(−αL/10)', () => {
    fc.assert(
      fc.property(positive(1e-9, 10), positive(1e-3, 2e4), (dbPerKm, lengthKm) => {
        const rate = channelLossRatePerKm(dbPerKm);
        // QuISP raises the per-km transition to the power L: survival (1 − rate)^L.
        const survival = Math.exp(lengthKm * Math.log1p(-rate));
        return close(attenuationDbPerKmOfLossRate(rate), dbPerKm) && Math.abs(survival - 10 ** ((-dbPerKm * lengthKm) / 10)) <= 1e-12 * Math.max(survival, 1e-300) * Math.max(1, dbPerKm * lengthKm);
      }),
    );
  });

  it('seconds ↔ picoseconds (SeQUeNCe delays and stop time)', () => {
    fc.assert(fc.property(positive(1e-12, 1e8), (s) => close(secondsOfPicoseconds(picosecondsOfSeconds(s)), s) && close(picosecondsOfSeconds(secondsOfPicoseconds(s * 1e12)), s * 1e12)));
  });

  it('memory coherence time ↔ SeQUeNCe coherence_time, for depolarizing and dephasing memories', () => {
    fc.assert(
      fc.property(fc.constantFrom('depolarizing' as const, 'dephasing' as const), positive(1e-9, 1e6), (noise, seconds) =>
        close(sequenceCoherenceSeconds(noise, scenarioCoherenceSeconds(noise, seconds)), seconds) && close(scenarioCoherenceSeconds(noise, sequenceCoherenceSeconds(noise, seconds)), seconds),
      ),
    );
  });

  it("gives the same stored state as SeQUeNCe's Pauli channel (memory.py _p_id … _p_zerr) at any waiting time", () => {
    // SeQUeNCe's closed form: rates r·(x, y, z), r = 1/coherence_time; weights of I, X, Y, Z after t.
    const sequenceWeights = ([x, y, z]: number[], rate: number, t: number) => {
      const [ex, ey, ez] = [Math.exp(-2 * rate * (x! + y!) * t), Math.exp(-2 * rate * (x! + z!) * t), Math.exp(-2 * rate * (z! + y!) * t)];
      return { I: (1 + ex + ey + ez) / 4, X: (1 - ex - ey + ez) / 4, Y: (1 - ex + ey - ez) / 4, Z: (1 + ex - ey - ez) / 4 };
    };
    fc.assert(
      fc.property(fc.constantFrom('depolarizing' as const, 'dephasing' as const), positive(1e-3, 1e3), positive(1e-4, 10), (noise, sequenceCoherence, ratio) => {
        const t = sequenceCoherence * ratio;
        const expected = sequenceWeights(DECOHERENCE_ERRORS[noise], 1 / sequenceCoherence, t);
        // Bell index order [Φ+, Ψ+ (X), Φ− (Z), Ψ− (Y)].
        const [phiPlus, psiPlus, phiMinus, psiMinus] = decohereOneQubit([1, 0, 0, 0], t, { noiseModel: noise, coherenceTimeSeconds: scenarioCoherenceSeconds(noise, sequenceCoherence) });
        return [phiPlus - expected.I, psiPlus - expected.X, phiMinus - expected.Z, psiMinus - expected.Y].every((d) => Math.abs(d) < 1e-12);
      }),
    );
  });
});

/** A SeQUeNCe chain topology with random lengths, losses and memories, in either formalism. */
const topology = fc
  .record({
    hops: fc.integer({ min: 1, max: 5 }),
    distances: fc.array(positive(1, 1e6), { minLength: 5, maxLength: 5 }),
    attenuations: fc.array(positive(1e-7, 0.01), { minLength: 5, maxLength: 5 }),
    fidelity: positive(0.25, 1),
    efficiency: positive(1e-6, 1),
    frequency: positive(1, 1e10),
    coherence: fc.oneof(positive(1e-6, 1e5), fc.constant(-1)),
    cutoffRatio: positive(1e-3, 5),
    swap: positive(1e-6, 1),
    noise: fc.constantFrom('depolarizing' as const, 'dephasing' as const),
    bellDiagonal: fc.boolean(),
    stopSeconds: positive(1e-3, 1e7),
  })
  .map((r): SequenceTopology => ({
    stop_time: Math.round(r.stopSeconds * 1e12),
    ...(r.bellDiagonal ? { formalism: 'bell_diagonal' } : {}),
    templates: {
      t: {
        MemoryArray: { fidelity: r.fidelity, efficiency: r.efficiency, frequency: r.frequency, coherence_time: r.coherence, decoherence_errors: DECOHERENCE_ERRORS[r.noise], cutoff_ratio: r.cutoffRatio },
        EntanglementSwapping: { swapping_success_prob: r.swap },
      },
    },
    nodes: Array.from({ length: r.hops + 1 }, (_, k) => ({ name: `n${k}`, type: 'QuantumRouter', seed: 7, template: 't' })),
    qconnections: Array.from({ length: r.hops }, (_, k) => ({ node1: `n${k}`, node2: `n${k + 1}`, distance: r.distances[k]!, attenuation: r.attenuations[k]!, type: 'meet_in_the_middle' })),
  }));

describe('SeQUeNCe import and export with random topologies', () => {
  it('import → export → import is a fixed point, and lengths, losses and efficiencies arrive within 1e-12', () => {
    fc.assert(
      fc.property(topology, (doc) => {
        const first = fromSequence(doc).scenario;
        const exported = toSequence(first).topology;
        expect(fromSequence(JSON.parse(JSON.stringify(exported))).scenario).toEqual(first);
        doc.qconnections!.forEach((c, k) => {
          const link = first.links[k]!;
          expect(close(metresOfKm(link.params.lengthKm), c.distance)).toBe(true);
          expect('attenuationDbPerKm' in link.params && close(dbPerMetreOfDbPerKm(link.params.attenuationDbPerKm), c.attenuation)).toBe(true);
          expect(close(exported.qconnections![k]!.distance, c.distance) && close(exported.qconnections![k]!.attenuation, c.attenuation)).toBe(true);
        });
        const memory = doc.templates!.t!.MemoryArray!;
        const repeater = first.nodes.find((n) => n.kind === 'repeater');
        for (const node of first.nodes) {
          if (node.kind === 'satellite') continue;
          expect(close(node.params.memoryEfficiency, memory.efficiency!) && close(node.params.initialFidelity, memory.fidelity!)).toBe(true);
        }
        if (repeater?.kind === 'repeater') expect(close(repeater.params.swapSuccessProbability, doc.templates!.t!.EntanglementSwapping!.swapping_success_prob!)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
