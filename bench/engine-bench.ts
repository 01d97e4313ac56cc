/**
 * Engine benchmarks: how evaluation and stepping grow with network size, and the repeater-chain Monte Carlo's event
 * rate. Run alone with `npx tsx bench/engine-bench.ts [--quick] [--sizes=1000,10000] [--no-mc]`; `npm run bench` runs
 * it with the others.
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_ENTANGLEMENT_KEY_PARAMS } from '../src/engine/entanglement/entanglement-key-rate';
import { repeaterChainPerformance } from '../src/engine/entanglement/repeater-chain';
import type { RepeaterChainParams } from '../src/engine/entanglement/repeater-chain-mc';
import { benchChain } from './chain-params';
import { evaluateScenario } from '../src/engine/evaluate';
import { Simulation } from '../src/engine/simulation';
import { parseScenario } from '../src/scenario/validate';
import { generateNetworkInput } from './generate-scenario';
import { fmt, medianMs, memory, ms, timeMs } from './measure';
import { REQUEST_SERIES } from '../src/worker/protocol';

export interface EngineScalingRow {
  nodes: number;
  links: number;
  requests: number;
  /** Requests that found a path, and their mean hop count. */
  routed: number;
  meanHops: number;
  parseMs: number;
  /** `new Simulation(scenario)` + one `advance(1)`: what the worker does before the first sample. */
  firstStepMs: number;
  /** evaluateScenario alone (the same work the constructor does), median of a few runs. */
  evaluateMs: number;
  /** One simulated step with no topology change, averaged over `stepsTimed` steps. */
  stepMs: number;
  stepsTimed: number;
}

export function engineScaling(sizes: readonly number[]): EngineScalingRow[] {
  // Warm the JIT on a small network so the 10-node row does not measure compilation.
  for (let i = 0; i < 5; i++) {
    const p = parseScenario(generateNetworkInput({ nodes: 50, seed: 99 + i }));
    if (p.ok) new Simulation(p.scenario).advance(50, REQUEST_SERIES);
  }
  return sizes.map((nodes) => {
    const input = generateNetworkInput({ nodes, seed: 1 });
    let parsed!: ReturnType<typeof parseScenario>;
    const parseMs = timeMs(() => (parsed = parseScenario(input)));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const scenario = parsed.scenario;
    memory.sample();
    let sim!: Simulation;
    const firstStepMs = timeMs(() => {
      sim = new Simulation(scenario);
      sim.advance(1, REQUEST_SERIES);
    });
    memory.sample();
    const evaluateMs = firstStepMs > 3000 ? firstStepMs : medianMs(() => evaluateScenario(scenario), firstStepMs > 300 ? 1 : 5);
    // Step for about half a second (at least 5 steps, at most 2,000) to average out timer noise.
    const probe = timeMs(() => sim.advance(5, REQUEST_SERIES)) / 5;
    const stepsTimed = Math.max(5, Math.min(2000, Math.floor(500 / Math.max(probe, 1e-3))));
    const stepMs = timeMs(() => sim.advance(stepsTimed, REQUEST_SERIES)) / stepsTimed;
    memory.sample();
    const routed = sim.evaluation.requests.filter((r) => r.path.length > 0);
    return {
      nodes,
      links: scenario.links.length,
      requests: scenario.requests.length,
      routed: routed.length,
      meanHops: routed.reduce((s, r) => s + r.path.length - 1, 0) / Math.max(1, routed.length),
      parseMs,
      firstStepMs,
      evaluateMs,
      stepMs,
      stepsTimed,
    };
  });
}

export interface MonteCarloRow {
  label: string;
  trials: number;
  ms: number;
  deliveredPairs: number;
  elementaryLinks: number;
  pairsPerSecond: number;
  linksPerSecond: number;
}


/** Repeater-chain Monte Carlo throughput: delivered end-to-end pairs and heralded elementary links per wall second. */
export function monteCarloThroughput(trials: number): MonteCarloRow[] {
  const cases: [string, RepeaterChainParams][] = [
    ['200 km, 4 segments', benchChain(200, 4)],
    ['1,000 km, 8 segments', benchChain(1000, 8)],
    ['200 km, 4 segments, 1 DEJMPS round per level, 0.1 s cutoff', benchChain(200, 4, {
      purification: { protocol: 'dejmps', roundsPerLevel: [1, 1, 1], noise: { gateFidelity: 0.99, measurementFidelity: 1 } },
      memory: { coherenceTimeSeconds: 1, noiseModel: 'dephasing', efficiency: 0.9, cutoffSeconds: 0.1 },
    })],
  ];
  repeaterChainPerformance(benchChain(100, 2), DEFAULT_ENTANGLEMENT_KEY_PARAMS, { trials: 2000, seed: 7 });
  return cases.map(([label, params]) => {
    let perf!: ReturnType<typeof repeaterChainPerformance>;
    const elapsed = timeMs(() => (perf = repeaterChainPerformance(params, DEFAULT_ENTANGLEMENT_KEY_PARAMS, { trials, seed: 1 })));
    memory.sample();
    const links = perf.deliveredTrials * perf.meanElementaryLinksPerDelivery;
    return {
      label,
      trials,
      ms: elapsed,
      deliveredPairs: perf.deliveredTrials,
      elementaryLinks: links,
      pairsPerSecond: perf.deliveredTrials / (elapsed / 1000),
      linksPerSecond: links / (elapsed / 1000),
    };
  });
}

export function engineTables(scaling: EngineScalingRow[], mc: MonteCarloRow[]): string {
  const lines = [
    '| Nodes | Links | Requests (routed, mean hops) | parseScenario | `new Simulation` + `advance(1)` | evaluateScenario | per step (no topology change) |',
    '|---:|---:|---|---:|---:|---:|---:|',
    ...scaling.map((r) =>
      `| ${r.nodes.toLocaleString('en-US')} | ${r.links.toLocaleString('en-US')} | ${r.requests} (${r.routed}, ${fmt(r.meanHops)}) | ${ms(r.parseMs)} | ${ms(r.firstStepMs)} | ${ms(r.evaluateMs)} | ${ms(r.stepMs)} (mean of ${r.stepsTimed}) |`,
    ),
    '',
    '| Repeater-chain Monte Carlo | Trials | Time | Delivered pairs/s | Elementary links/s |',
    '|---|---:|---:|---:|---:|',
    ...mc.map((r) => `| ${r.label} | ${r.trials.toLocaleString('en-US')} | ${ms(r.ms)} | ${fmt(r.pairsPerSecond)} | ${fmt(r.linksPerSecond)} |`),
  ];
  return lines.join('\n');
}

/** `--sizes=1000,10000` picks the network sizes; `--no-mc` skips the Monte Carlo table (for quick before/after runs). */
function argValue(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const sizes = argValue('sizes')?.split(',').map(Number) ?? (quick ? [10, 100, 1000] : [10, 100, 1000, 10_000]);
  const scaling = engineScaling(sizes);
  console.log(engineTables(scaling, process.argv.includes('--no-mc') ? [] : monteCarloThroughput(quick ? 2000 : 20_000)));
}
