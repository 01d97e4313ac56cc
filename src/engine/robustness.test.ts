// Hardening properties of the engine (issue 8): on any valid scenario it never throws and never reports NaN for the
// numbers the charts draw (but a QBER with no detections to count, which is NaN and drawn as a gap), and its key rates respect the repeaterless (PLOB) bound. No timed assertions here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../scenario/schema';
import { evaluateScenario } from './evaluate';
import { anywhere, parsed, randomScenarioInput } from './testing/random-scenarios';
import { Simulation } from './simulation';
import { REQUEST_SERIES, seriesOffset } from './request-series';

const scenarioInput = randomScenarioInput(anywhere);

/**
 * −log2(1 − η): the repeaterless bound on secret bits per channel use (Pirandola et al., Nat. Commun. 8, 15043 (2017)),
 * through log1p: formed as 1 − η it rounds to 1 below η ≈ 1e-16 (160 dB), and the bound to 0.
 */
const plobBitsPerUse = (eta: number) => -Math.log1p(-eta) / Math.LN2;

describe('engine on random valid scenarios', () => {
  it('never throws or reports NaN key rate or latency; QBER is a fraction, or NaN (no detections) only where there is no key', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const scenario = parsed(input);
        const sim = new Simulation(scenario);
        const block = sim.advance(3, REQUEST_SERIES);
        for (const r of sim.evaluation.requests) {
          const where = `${r.id} (${r.protocol})`;
          expect(r.keyRateBitsPerSecond, where).toSatisfy((rate: number) => Number.isFinite(rate) && rate >= 0);
          if (Number.isNaN(r.qber)) expect(r.keyRateBitsPerSecond, `${where}: a key with no QBER`).toBe(0);
          // Not ≤ ½: sending-or-not-sending TF-QKD counts a dark click with neither side sending as an error, so with no
          // signal its QBER is (1 − ε)² + ε², above ½ for a small sending probability ε (Wang, Yu, Hu, PRA 98, 062323).
          else expect(r.qber, where).toSatisfy((q: number) => q >= 0 && q <= 1);
          expect(r.latencySeconds, where).not.toBeNaN();
          if (r.keyRateBitsPerSecond === 0) expect(r.noKeyReason, `${where}: no key and no reason`).toEqual(expect.any(String));
          if (r.protocol === 'entanglement' && r.noKeyReason === null) expect(r.fidelity, where).not.toBeNaN();
        }
        const width = sim.requestIds.length * REQUEST_SERIES.length;
        for (let row = 0; row < block.timeSeconds.length; row++) {
          sim.requestIds.forEach((id, i) => {
            const value = (series: (typeof REQUEST_SERIES)[number]) => block.values[row * width + seriesOffset(i, series)]!;
            for (const series of ['keyRateBitsPerSecond', 'secretKeyBits'] as const) {
              expect(value(series), `${id} ${series} at row ${row}`).toSatisfy(Number.isFinite);
            }
            expect(value('latencySeconds'), `${id} latencySeconds at row ${row}`).not.toBeNaN();
            if (Number.isNaN(value('qber'))) expect(value('keyRateBitsPerSecond'), `${id} has key but no QBER at row ${row}`).toBe(0);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every single-hop BB84 and BBM92 key rate over fiber at or below the PLOB bound', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const scenario = parsed(input);
        const evaluation = evaluateScenario(scenario);
        evaluation.requests.forEach((r) => {
          if ((r.protocol !== 'bb84-decoy' && r.protocol !== 'bbm92') || r.hops.length !== 1) return;
          const link = scenario.links.find((l) => l.id === r.hops[0]!.linkId)!;
          if (link.kind !== 'fiber') return;
          const sender = scenario.nodes.find((n) => n.id === r.path[0]);
          if (!sender || (sender.kind !== 'ground-station' && sender.kind !== 'trusted-node')) return;
          const lossDb = link.params.lengthKm * link.params.attenuationDbPerKm + link.params.insertionLossDb;
          const bound = plobBitsPerUse(10 ** (-lossDb / 10)) * sender.params.repetitionRateHz;
          const where = `${r.id} (${r.protocol}) over ${link.params.lengthKm} km, ${lossDb} dB`;
          expect(r.keyRateBitsPerSecond, where).toBeLessThanOrEqual(bound * (1 + 1e-9));
          expect(r.keyRateBitsPerSecond, where).toBeLessThanOrEqual(r.plobBitsPerSecond * (1 + 1e-9));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('defects the properties found (minimal inputs, now fixed)', () => {
  // Found by the NaN property: interceptResend divided by a zero gain (fixed in 8fe56d8). 4,000 dB of fiber makes η underflow to 0.
  it('BB84 under an eavesdropper on a link that delivers nothing reports no QBER (no operating point) and says why', () => {
    const scenario = parsed({
      version: 2,
      nodes: [
        { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, params: { darkCountProbability: 0 } },
        { id: 'b', kind: 'ground-station', position: { x: 100, y: 0 }, params: { darkCountProbability: 0 } },
      ],
      links: [{ id: 'l', source: 'a', target: 'b', kind: 'fiber', params: { lengthKm: 20_000, interceptedFraction: 0.5 } }],
      requests: [{ id: 'r', source: 'a', target: 'b', protocol: 'bb84-decoy', params: {} }],
    });
    const [r] = evaluateScenario(scenario).requests;
    expect(r!.keyRateBitsPerSecond).toBe(0);
    expect(r!.qber).toBeNaN();
    expect(r!.noKeyReason).toMatch(/too much loss|single-photon error|nothing is detected/);
  });
});

describe('engine on awkward topologies', () => {
  const station = (id: string, kind: 'ground-station' | 'trusted-node' | 'repeater' = 'ground-station') => ({ id, kind, position: { x: 0, y: 0 }, params: {} });
  const fiber = (id: string, source: string, target: string, lengthKm = 20) => ({ id, source, target, kind: 'fiber' as const, params: { lengthKm } });

  it('explains, without throwing, a request between nodes no path of links joins', () => {
    for (const protocol of ['bb84-decoy', 'bbm92', 'tf-qkd', 'entanglement'] as const) {
      const scenario = parsed({
        version: 2,
        nodes: [station('a'), station('b'), station('c'), station('d')],
        links: [fiber('ab', 'a', 'b'), fiber('cd', 'c', 'd')],
        requests: [{ id: 'r', source: 'a', target: 'd', protocol, params: protocol === 'entanglement' ? { monteCarloTrials: 100 } : {} } as NonNullable<ScenarioInput['requests']>[number]],
      });
      const sim = new Simulation(scenario);
      sim.advance(2, REQUEST_SERIES);
      const [r] = sim.evaluation.requests;
      expect(r!.keyRateBitsPerSecond).toBe(0);
      expect(r!.path).toEqual([]);
      expect(r!.noKeyReason).toMatch(/^no (path|chain) of links joins a and d/);
    }
  });

  it('routes around a ring of trusted nodes by the short side, and a node with no links at all is explained too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.nat(), (n, pick) => {
        const target = 1 + (pick % (n - 1));
        const scenario = parsed({
          version: 2,
          nodes: [...Array.from({ length: n }, (_, i) => station(`n${i}`, i === 0 || i === target ? 'ground-station' : 'trusted-node')), station('island')],
          links: Array.from({ length: n }, (_, i) => fiber(`l${i}`, `n${i}`, `n${(i + 1) % n}`, 5)),
          requests: [
            { id: 'around', source: 'n0', target: `n${target}`, protocol: 'bb84-decoy', params: {} },
            { id: 'alone', source: 'n0', target: 'island', protocol: 'bb84-decoy', params: {} },
          ],
        });
        const [around, alone] = evaluateScenario(scenario).requests;
        expect(around!.hops.length).toBe(Math.min(target, n - target));
        expect(around!.keyRateBitsPerSecond).toBeGreaterThan(0);
        expect(alone!.keyRateBitsPerSecond).toBe(0);
        expect(alone!.noKeyReason).toMatch(/^no (path|chain) of links joins n0 and island/);
      }),
      { numRuns: 50 },
    );
  });
});
