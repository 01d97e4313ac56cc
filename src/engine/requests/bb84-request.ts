import type { ScenarioRequest } from '../../scenario/schema';
import { keyRateBitsPerSecond } from '../qkd/key-rate-per-second';
import { bb84Decoy, optimalBb84Decoy, type Bb84Link, type Bb84Protocol } from '../qkd/bb84-decoy';
import { fadingBb84Decoy, optimalFadingBb84Decoy } from '../qkd/bb84-fading';
import { logNormalFading } from '../channels/scintillation';
import { interceptResend } from '../qkd/eavesdropping';
import { finiteKeyBb84Decoy, optimalFiniteKeyBb84Decoy } from '../qkd/finite-key-decoy';
import { optimalFiniteKeySettings, type FiniteKeyDesign } from '../qkd/finite-key-settings';
import { optimalAsymptoticDecoySettings } from '../qkd/asymptotic-decoy-settings';
import type { HopResult, RequestOutcome } from '../results';
import { terminalParams, type NetworkIndex } from './network-index';
import type { HopPath } from '../routing/hop-path';
import type { IndexMap } from './layered-map';

type Bb84Request = Extract<ScenarioRequest, { protocol: 'bb84-decoy' }>;

/** Share of a finite block sent as signal, weak decoy and vacuum, and the fluctuation bound: Ma et al. 2005 §V. */
const FINITE_KEY_SPLIT = { signalFraction: 0.8, weakDecoyFraction: 0.1, vacuumFraction: 0.1, standardDeviations: 5 };

function noHop(linkId: string, from: string, to: string, reason: string): HopResult {
  return { linkId, from, to, keyRateBitsPerSecond: 0, keyBitsPerPulse: 0, qber: NaN, plobBitsPerSecond: 0, settings: {}, noKeyReason: reason };
}

/** Who sends and who detects on a hop: a satellite carries only a source, so it always sends (a downlink). */
function hopEnds(index: NetworkIndex, from: string, to: string) {
  const a = index.nodes.get(from)!;
  const b = index.nodes.get(to)!;
  if (a.kind === 'satellite' && b.kind === 'satellite') return { sender: null, receiver: null };
  if (b.kind === 'satellite') return { sender: b.params, receiver: terminalParams(a) };
  if (a.kind === 'satellite') return { sender: a.params, receiver: terminalParams(b) };
  return { sender: terminalParams(a), receiver: terminalParams(b) };
}

/** One point-to-point decoy-BB84 session over one link: sender's source, receiver's detectors. */
export function evaluateBb84Hop(index: NetworkIndex, request: Bb84Request, linkId: string, from: string, to: string): HopResult {
  const link = index.links.get(linkId)!;
  const linkResult = index.linkResults.get(linkId)!;
  const { sender, receiver } = hopEnds(index, from, to);
  if (!sender || !receiver) return noHop(linkId, from, to, 'this hop has no QKD transmitter and receiver at its ends');
  if (linkResult.unavailableReason) return noHop(linkId, from, to, linkResult.unavailableReason);
  // The detecting end: a satellite only sends, so towards one the hop is its downlink to `from`.
  const receiverId = index.nodes.get(to)!.kind === 'satellite' ? from : to;
  const bb84Link: Bb84Link = {
    channelTransmittance: linkResult.transmittance,
    detectorEfficiency: receiver.detectorEfficiency,
    darkCountProbability: Math.min(0.5, receiver.darkCountProbability + (linkResult.backgroundByNode?.[receiverId] ?? 0)),
    misalignmentError: link.params.misalignmentError,
  };
  const protocol: Bb84Protocol = { decoyMethod: request.decoyMethod, ...request.params };
  // Turbulent fading averages the asymptotic key over the transmittance's spread; a finite block pools its statistics
  // over the whole pass, so it sees the mean channel.
  const fading = logNormalFading(linkResult.scintillationIndex ?? 0);
  const design = request.finiteKeyBlockPulses !== undefined ? finiteKeyDesign(bb84Link, protocol, request, request.finiteKeyBlockPulses) : asymptoticDesign(bb84Link, protocol, request, fading);
  let { keyBitsPerPulse, qber, gain, noKeyReason } = design;
  const mu = design.signalMeanPhotonNumber;
  // Q1 = Y1·μe^{−μ} (Ma et al. Eq. (5)), so the yield is Q1·e^{μ}/μ; the finite-key design reports Y1 directly.
  let singlePhotonYield = 'singlePhotonYieldLower' in design ? design.singlePhotonYieldLower : (design.singlePhotonGain * Math.exp(mu)) / mu;
  let singlePhotonErrorRate = 'singlePhotonErrorUpper' in design ? design.singlePhotonErrorUpper : design.singlePhotonError;
  // A hop that makes no key even unattacked has no operating point for the eavesdropper model to start from.
  if (linkResult.interceptedFraction > 0 && keyBitsPerPulse > 0) {
    // The parties keep the μ they designed for; the eavesdropper shows up in what they measure.
    // Finite-key blocks always use vacuum + weak decoy; ν is the one the engine chose when it chose one.
    const decoy = chosenSettings(design, mu).weakDecoyMeanPhotonNumber ?? protocol.weakDecoyMeanPhotonNumber;
    const attackedProtocol: Bb84Protocol = { ...protocol, weakDecoyMeanPhotonNumber: decoy, ...(request.finiteKeyBlockPulses === undefined ? {} : { decoyMethod: 'vacuum-weak' as const }) };
    const attacked = interceptResend(bb84Link, attackedProtocol, mu, { interceptedFraction: linkResult.interceptedFraction, resendMode: 'through-channel' });
    keyBitsPerPulse = Math.min(keyBitsPerPulse, attacked.keyBitsPerPulse);
    qber = attacked.qber;
    gain = attacked.gain;
    singlePhotonYield = (attacked.singlePhotonGain * Math.exp(mu)) / mu;
    singlePhotonErrorRate = attacked.singlePhotonError;
    noKeyReason = attacked.aborted ? `eavesdropper detected: ${attacked.reason}` : noKeyReason;
  }
  const perSecond = (bitsPerPulse: number) =>
    keyRateBitsPerSecond(bitsPerPulse, sender.repetitionRateHz, { detectionsPerPulse: gain, deadTimeSeconds: receiver.detectorDeadTimeSeconds });
  // Only the hop's own reason counts: a dormant satellite hop still relays key stored during earlier passes.
  return {
    linkId, from, to,
    keyBitsPerPulse,
    keyRateBitsPerSecond: perSecond(keyBitsPerPulse),
    qber,
    plobBitsPerSecond: linkResult.plobBitsPerPulse * sender.repetitionRateHz,
    settings: Number.isNaN(mu) ? {} : chosenSettings(design, mu),
    noKeyReason,
    ...(Number.isNaN(mu) ? {} : { decoy: { gainPerPulse: gain, singlePhotonYield, singlePhotonErrorRate } }),
  };
}

/** The source settings the hop ran with: μ, and ν (with the block's split when finite) when the engine chose those too. */
function chosenSettings(design: object, mu: number): Record<string, number> {
  return 'settings' in design ? { ...(design as FiniteKeyDesign).settings } : { signalMeanPhotonNumber: mu };
}

/**
 * Asymptotic key: μ fixed or chosen; with optimiseDecoySettings and vacuum + weak decoy, ν too. Infinite decoys and no
 * decoy have μ as their only setting, which the 1-D search already chooses.
 */
function asymptoticDesign(link: Bb84Link, protocol: Bb84Protocol, request: Bb84Request, fading: ReturnType<typeof logNormalFading>) {
  // A fading channel keeps ν as set: the joint choice of μ and ν is made for a steady channel.
  if (fading.length > 1) return request.signalMeanPhotonNumber === undefined ? optimalFadingBb84Decoy(link, protocol, fading) : fadingBb84Decoy(link, protocol, fading, request.signalMeanPhotonNumber);
  if (request.optimiseDecoySettings && protocol.decoyMethod === 'vacuum-weak') return optimalAsymptoticDecoySettings(link, protocol, request.signalMeanPhotonNumber);
  return request.signalMeanPhotonNumber === undefined ? optimalBb84Decoy(link, protocol) : bb84Decoy(link, protocol, request.signalMeanPhotonNumber);
}

/** Finite key (always vacuum + weak decoy): μ fixed or chosen, and with optimiseDecoySettings ν and the split too. */
function finiteKeyDesign(link: Bb84Link, protocol: Bb84Protocol, request: Bb84Request, totalPulses: number) {
  const vacuumWeak: Bb84Protocol = { ...protocol, decoyMethod: 'vacuum-weak' };
  const options = { ...FINITE_KEY_SPLIT, totalPulses };
  if (request.optimiseDecoySettings) return optimalFiniteKeySettings(link, vacuumWeak, options, request.signalMeanPhotonNumber);
  // A μ the user fixed is kept, as without finite key.
  return request.signalMeanPhotonNumber === undefined ? optimalFiniteKeyBb84Decoy(link, vacuumWeak, options) : finiteKeyBb84Decoy(link, vacuumWeak, request.signalMeanPhotonNumber, options);
}

/** Number as text that tells −0 from 0 (String(-0) is "0"), so no two different settings share a key. */
function exactText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * Everything of the request that evaluateBb84Hop reads: decoy method, fixed μ, finite block, whether the engine
 * chooses ν (and, with finite key, the block's split: optimiseDecoySettings), and every protocol
 * parameter by name. Two requests with equal settings get the same hop results over the same link and direction.
 */
export function bb84SettingsKey(request: Bb84Request): string {
  const params = request.params as Record<string, number>;
  const named = Object.keys(params).sort().map((name) => [name, exactText(params[name]!)]);
  const optional = (v: number | undefined) => (v === undefined ? null : exactText(v));
  return JSON.stringify([request.decoyMethod, optional(request.signalMeanPhotonNumber), optional(request.finiteKeyBlockPulses), request.optimiseDecoySettings === true, named]);
}

/**
 * evaluateBb84Hop memoised within one evaluation: the index fixes each link's channel and each node's parameters,
 * so a hop's result depends only on the link, its direction and the request's settings. Large meshes route hundreds
 * of thousands of hops over a few thousand links, and each uncached hop re-optimises μ.
 */
function cachedBb84Hop(index: NetworkIndex, request: Bb84Request, cache: IndexMap<number, HopResult>, linkId: string, from: string, to: string): HopResult {
  const link = index.links.get(linkId)!;
  const direction = from === link.source && to === link.target ? 0 : from === link.target && to === link.source ? 1 : -1;
  if (direction < 0) return evaluateBb84Hop(index, request, linkId, from, to);
  const key = index.graph.linkIndexById.get(linkId)! * 2 + direction;
  let hop = cache.get(key);
  if (!hop) {
    hop = evaluateBb84Hop(index, request, linkId, from, to);
    cache.set(key, hop);
  }
  // Each request gets its own objects, as it did before caching.
  return { ...hop, settings: { ...hop.settings }, ...(hop.decoy ? { decoy: { ...hop.decoy } } : {}) };
}

/** End-to-end key by trusted-node relay: each hop runs its own QKD and keys are passed on by one-time pad, so the slowest hop sets the rate. */
export function evaluateBb84Request(index: NetworkIndex, request: Bb84Request, path: HopPath): RequestOutcome {
  const settingsKey = bb84SettingsKey(request);
  let cache = index.hopCache.get(settingsKey);
  if (!cache) index.hopCache.set(settingsKey, (cache = new Map()));
  const hops = path.linkIds.map((linkId, i) => cachedBb84Hop(index, request, cache, linkId, path.nodes[i]!, path.nodes[i + 1]!));
  const weakest = hops.reduce((a, b) => (b.keyRateBitsPerSecond < a.keyRateBitsPerSecond ? b : a));
  const stores = path.nodes.slice(1, -1).some((id) => index.nodes.get(id)?.kind === 'satellite');
  return {
    path: path.nodes,
    hops,
    keyRateBitsPerSecond: weakest.keyRateBitsPerSecond,
    qber: Math.max(...hops.map((h) => h.qber)),
    latencySeconds: path.linkIds.reduce((sum, id) => sum + index.linkResults.get(id)!.latencySeconds, 0),
    plobBitsPerSecond: Math.min(...hops.map((h) => h.plobBitsPerSecond)),
    fidelity: NaN,
    entanglementRatePairsPerSecond: 0,
    noKeyReason: weakest.noKeyReason && (hops.length > 1 ? `hop ${weakest.from} → ${weakest.to}: ${weakest.noKeyReason}` : weakest.noKeyReason),
    notes: stores ? ['A satellite relays key by storing it on board: key made with one station during its pass is used with the other at a later pass.'] : [],
  };
}
