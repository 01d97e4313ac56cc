// Prints the rate/fidelity tables of docs/physics/entanglement.md: `npx tsx bench/entanglement-table.ts`.
import { directTransmission } from '../src/engine/entanglement/direct-transmission';
import { DEFAULT_ENTANGLEMENT_KEY_PARAMS } from '../src/engine/entanglement/entanglement-key-rate';
import { repeaterChainPerformance } from '../src/engine/entanglement/repeater-chain';
import { BENCH_FIBER, benchChain } from './chain-params';

const TRIALS = 4000;
const SEED = 1;


const fmt = (x: number) => (x === 0 ? '0' : !Number.isFinite(x) ? '—' : Math.abs(x) >= 0.01 && Math.abs(x) < 1e4 ? x.toPrecision(3) : x.toExponential(2));

console.log('| Total distance | Configuration | Rate (pairs/s) | Mean F ± σ | Mean latency (s) | BBM92 key (bit/s) | PLOB (bit/s) or (3/2)^n latency (s) |');
console.log('|---|---|---|---|---|---|---|');
for (const totalKm of [100, 200, 500, 1000]) {
  const direct = directTransmission({ fiber: { ...BENCH_FIBER, lengthKm: totalKm }, repetitionRateHz: 1e9, detectorEfficiency: 0.8, sourceFidelity: 0.98, darkCountProbability: 0 });
  console.log(`| ${totalKm} km | direct, 1 GHz source | ${fmt(direct.pairsPerSecond)} | ${direct.fidelity.toFixed(3)} | ${fmt((totalKm * BENCH_FIBER.groupIndex) / 299_792.458)} | — | ${fmt(direct.plobBitsPerSecond)} |`);
  for (const segments of [1, 2, 4, 8]) {
    const perf = repeaterChainPerformance(benchChain(totalKm, segments), DEFAULT_ENTANGLEMENT_KEY_PARAMS, { trials: TRIALS, seed: SEED });
    const sangouard = perf.analytic.sangouardMeanSeconds;
    console.log(
      `| ${totalKm} km | ${segments} segment${segments > 1 ? 's' : ''} | ${fmt(perf.entanglementRatePairsPerSecond)} | ${perf.meanFidelity.toFixed(3)} ± ${perf.fidelityStdDev.toFixed(3)} | ${fmt(perf.meanLatencySeconds)} | ${fmt(perf.keyRateBitsPerSecond)} | ${sangouard === null ? '—' : fmt(sangouard)} |`,
    );
  }
}

console.log('\nWaiting-time models, perfect memories, 2^n × 50 km, trials = 20000, seed 1:\n');
console.log('| Segments | p_swap | Monte Carlo mean (ms) ± SE | exact max-of-geometrics (ms) | (3/2)^n estimate (ms) | (3/2)^n / MC |');
console.log('|---|---|---|---|---|---|');
for (const pSwap of [1, 0.5, 0.1]) {
  for (const segments of [2, 4, 8]) {
    const params = benchChain(50 * segments, segments, {
      memory: { coherenceTimeSeconds: Infinity, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: Infinity },
      swap: { successProbability: pSwap, gateFidelity: 1, measurementFidelity: 1 },
    });
    const perf = repeaterChainPerformance(params, DEFAULT_ENTANGLEMENT_KEY_PARAMS, { trials: 20000, seed: SEED });
    const exact = perf.analytic.deterministicSwapMeanSeconds ?? perf.analytic.singleLevelMeanSeconds;
    const s = perf.analytic.sangouardMeanSeconds!;
    console.log(
      `| ${segments} | ${pSwap} | ${(perf.meanLatencySeconds * 1e3).toFixed(2)} ± ${(perf.latencyStdErrorSeconds * 1e3).toFixed(2)} | ${exact === null ? '—' : (exact * 1e3).toFixed(2)} | ${(s * 1e3).toFixed(2)} | ${(s / perf.meanLatencySeconds).toFixed(3)} |`,
    );
  }
}
