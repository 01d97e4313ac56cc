import { buildSpanTree, type PurificationPlan, type RepeaterChainParams, type MonteCarloOptions } from './repeater-chain-mc';
import { repeaterChainAnalytic, repeaterChainPerformance, type RepeaterChainPerformance } from './repeater-chain';
import type { EntanglementKeyParams } from './entanglement-key-rate';

// Memory cut-off and purification rounds of a repeater chain chosen for a request: for each number of rounds, the
// cut-off by a log grid then golden section on a short seeded Monte Carlo (every candidate sees the same seed), "no
// cut-off" always a candidate; the best few are run at the full count, and the request's own settings stay unless beaten.

/** What the optimiser chooses: one cut-off for every memory of the chain (Infinity: none) and rounds at every purified level. */
export interface ChainSettings {
  cutoffSeconds: number;
  purificationRounds: number;
}

export interface ChainSettingsChoice {
  /** The settings chosen, or null when the chain as given scored as high (then it runs as given). */
  settings: ChainSettings | null;
  performance: RepeaterChainPerformance;
}

/** What is maximised: with a fidelity floor, pairs per second among settings that meet it; without one, secret key per second. */
export interface ChainGoal {
  minFidelity?: number;
  key: EntanglementKeyParams;
}

/** Trials per candidate during the search; the winner and the given settings are then run at the full count. */
const SEARCH_TRIALS = 300;
/** Elementary links one search candidate may herald, so a hopeless cut-off costs little. */
const SEARCH_LINK_BUDGET = 500_000;
/** Cut-off grid: from half the fastest elementary link's mean generation time to this many mean deliveries. */
const GRID_POINTS = 8;
const GRID_SPAN_DELIVERIES = 20;
const GOLDEN_STEPS = 8;
/** Best-scoring candidates of the search, besides each number of rounds' winner, run again at the full trial count. */
const EXTRA_FINALISTS = 3;

/**
 * A score that orders settings: any that meet the floor (or make key) above any that do not; among those that do not,
 * the higher fidelity first, so the search climbs towards the floor.
 */
export function chainSettingsScore(performance: RepeaterChainPerformance, goal: ChainGoal): number {
  const fidelity = performance.meanFidelity;
  if (Number.isNaN(fidelity)) return -Infinity;
  if (goal.minFidelity !== undefined) return fidelity >= goal.minFidelity ? performance.entanglementRatePairsPerSecond : fidelity - goal.minFidelity - 1;
  return performance.keyRateBitsPerSecond > 0 ? performance.keyRateBitsPerSecond : fidelity - 2;
}

/** The chain run with these settings: the cut-off on every node, the rounds from `planFor` (null: no purification). */
export function chainWithSettings(chain: RepeaterChainParams, settings: ChainSettings, planFor: (rounds: number) => PurificationPlan | null): RepeaterChainParams {
  return {
    ...chain,
    nodes: chain.nodes.map((node) => ({ ...node, memory: { ...node.memory, cutoffSeconds: settings.cutoffSeconds } })),
    purification: planFor(settings.purificationRounds),
  };
}

/**
 * The best cut-off and rounds for the chain. `roundsChoices` lists the rounds to try (just [0] when the request has no
 * purification protocol); the chain as given (its own cut-offs and rounds) is run at the full trial count and kept
 * unless one of the search's best few, also run at the full count, beats it by more than the Monte Carlo's noise.
 */
export function optimalChainSettings(
  chain: RepeaterChainParams,
  roundsChoices: readonly number[],
  planFor: (rounds: number) => PurificationPlan | null,
  goal: ChainGoal,
  options: MonteCarloOptions,
): ChainSettingsChoice {
  const run = (settings: ChainSettings, monteCarlo: MonteCarloOptions) => repeaterChainPerformance(chainWithSettings(chain, settings, planFor), goal.key, monteCarlo);
  const search: MonteCarloOptions = {
    ...options,
    trials: Math.min(options.trials, SEARCH_TRIALS),
    maxTotalLinks: Math.min(options.maxTotalLinks ?? Infinity, SEARCH_LINK_BUDGET),
  };
  const tried: { settings: ChainSettings; score: Scored }[] = [];
  const scoreAt = (settings: ChainSettings) => {
    const score = scored(run(settings, search), goal);
    tried.push({ settings, score });
    return score;
  };
  const winners = roundsChoices.map((rounds) => {
    const found = bestCutoff(chain, rounds, planFor, (cutoffSeconds) => scoreAt({ cutoffSeconds, purificationRounds: rounds }));
    return { settings: { cutoffSeconds: found.cutoffSeconds, purificationRounds: rounds }, score: found.score };
  });
  const asGiven = repeaterChainPerformance(chain, goal.key, options);
  // Each number of rounds' winner first (it had to beat "no cut-off" by more than the noise), then the search's next
  // best: a candidate that just met the floor in the short search may miss it at the full count.
  const byScore = (a: { score: Scored }, b: { score: Scored }) => b.score.value - a.score.value;
  const others = tried.filter((t) => !winners.some((w) => w.settings.cutoffSeconds === t.settings.cutoffSeconds && w.settings.purificationRounds === t.settings.purificationRounds));
  const finalists = [...winners.sort(byScore), ...others.sort(byScore).slice(0, EXTRA_FINALISTS)];
  let best: ChainSettingsChoice = { settings: null, performance: asGiven };
  for (const { settings } of finalists) {
    const performance = run(settings, options);
    const score = scored(performance, goal);
    // Fidelity only guides the search: settings change only for ones that make key (or meet the floor), and better.
    if (score.value > 0 && beats(score, scored(best.performance, goal))) best = { settings, performance };
  }
  return best;
}

/** A score with its Monte Carlo uncertainty: two standard errors of the rate it is made of (0 when it is a fidelity). */
interface Scored {
  value: number;
  noise: number;
}

function scored(performance: RepeaterChainPerformance, goal: ChainGoal): Scored {
  const value = chainSettingsScore(performance, goal);
  const relativeError = performance.meanLatencySeconds > 0 ? performance.latencyStdErrorSeconds / performance.meanLatencySeconds : 0;
  return { value, noise: value > 0 && Number.isFinite(relativeError) ? 2 * relativeError * value : 0 };
}

/** Better by more than either score's Monte Carlo noise, so a cut-off is not chosen for a difference the seed made. */
const beats = (a: Scored, b: Scored) => a.value - Math.max(a.noise, b.noise) > b.value;

/** For one number of rounds: "no cut-off", a log grid of cut-offs, then golden section around the best grid point. */
function bestCutoff(chain: RepeaterChainParams, rounds: number, planFor: (rounds: number) => PurificationPlan | null, score: (cutoffSeconds: number) => Scored) {
  const plain = chainWithSettings(chain, { cutoffSeconds: Infinity, purificationRounds: rounds }, planFor);
  const fastestLink = Math.min(...leafGenerationSeconds(plain));
  const delivery = repeaterChainAnalytic(plain).exponentialApproxMeanSeconds;
  let best = { cutoffSeconds: Infinity, score: score(Infinity) };
  if (!(fastestLink > 0 && Number.isFinite(delivery))) return best;
  const low = Math.log(fastestLink / 2);
  const high = Math.log(Math.max(delivery * GRID_SPAN_DELIVERIES, fastestLink));
  const at = (i: number) => low + ((high - low) * i) / (GRID_POINTS - 1);
  let bestIndex = -1;
  for (let i = 0; i < GRID_POINTS; i++) {
    const s = score(Math.exp(at(i)));
    if (beats(s, best.score)) {
      best = { cutoffSeconds: Math.exp(at(i)), score: s };
      bestIndex = i;
    }
  }
  if (bestIndex < 0) return best;
  // The seeded Monte Carlo is piecewise constant in the cut-off, so golden section only polishes; the grid's best stays a candidate.
  let a = at(Math.max(bestIndex - 1, 0));
  let b = at(Math.min(bestIndex + 1, GRID_POINTS - 1));
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = score(Math.exp(c));
  let fd = score(Math.exp(d));
  for (let k = 0; k < GOLDEN_STEPS; k++) {
    if (fc.value > fd.value) {
      b = d; d = c; fd = fc; c = b - ratio * (b - a); fc = score(Math.exp(c));
    } else {
      a = c; c = d; fc = fd; d = a + ratio * (b - a); fd = score(Math.exp(d));
    }
  }
  if (fc.value > best.score.value) best = { cutoffSeconds: Math.exp(c), score: fc };
  if (fd.value > best.score.value) best = { cutoffSeconds: Math.exp(d), score: fd };
  return best;
}

/** Mean generation time of each elementary link of the chain. */
function leafGenerationSeconds(chain: RepeaterChainParams): number[] {
  const times: number[] = [];
  const visit = (node: ReturnType<typeof buildSpanTree>['root']) => {
    if (node.link) times.push(node.link.meanGenerationSeconds);
    if (node.left) visit(node.left);
    if (node.right) visit(node.right);
  };
  visit(buildSpanTree(chain).root);
  return times;
}
