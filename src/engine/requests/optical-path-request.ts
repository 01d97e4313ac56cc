import type { ScenarioRequest } from '../../scenario/schema';
import { transmittanceFromLossDb } from '../channels/fiber';
import { binaryEntropy } from '../qkd/entropy';
import { optimalBbm92, type Bbm92Link } from '../qkd/bbm92';
import { plobBitsPerChannelUse } from '../qkd/plob';
import { optimalSnsTwinField } from '../qkd/twin-field-sns';
import type { HopResult, RequestOutcome } from '../results';
import type { HopPath } from '../routing/hop-path';
import { pathChannel, terminalParams, type NetworkIndex } from './network-index';

type Bbm92Request = Extract<ScenarioRequest, { protocol: 'bbm92' }>;
type TwinFieldRequest = Extract<ScenarioRequest, { protocol: 'tf-qkd' }>;
type PathOutcome = RequestOutcome;

/**
 * Intercept–resend on one photon of each pair in a random basis: an intercepted sifted bit is wrong with
 * probability 1/4 on top of the channel's own flips (Bennett, Brassard, Mermin, PRL 68, 557 (1992)).
 */
export function qberWithInterception(qber: number, interceptedFraction: number): number {
  return qber + interceptedFraction * (0.25 - qber / 2);
}

/** The whole path is one session, so every link on it carries the same end-to-end numbers. */
function pathHops(path: HopPath, hop: Omit<HopResult, 'linkId' | 'from' | 'to'>): HopResult[] {
  return path.linkIds.map((linkId, i) => ({ ...hop, linkId, from: path.nodes[i]!, to: path.nodes[i + 1]! }));
}

/** BBM92 with an SPDC source in the middle of the optical path, or at the source station (Ma, Fung, Lo 2007). */
export function evaluateBbm92Request(index: NetworkIndex, request: Bbm92Request, path: HopPath): PathOutcome {
  const alice = terminalParams(index.nodes.get(request.source));
  const bob = terminalParams(index.nodes.get(request.target));
  const channel = pathChannel(index, path.linkIds);
  const eta = transmittanceFromLossDb(channel.lossDb);
  if (!alice || !bob) return unreachable(path, channel.latencySeconds, 'both ends must be ground stations or trusted nodes with detectors');
  const [aliceArm, bobArm] = request.sourcePlacement === 'middle' ? [Math.sqrt(eta), Math.sqrt(eta)] : [1, eta];
  const link: Bbm92Link = {
    aliceTransmittance: aliceArm * alice.detectorEfficiency,
    bobTransmittance: bobArm * bob.detectorEfficiency,
    // With the source at Alice's station her photon never leaves it, so only Bob's telescope faces the sky.
    aliceDarkCountProbability: Math.min(0.5, alice.darkCountProbability + (request.sourcePlacement === 'middle' ? endBackground(index, path, 0) : 0)),
    bobDarkCountProbability: Math.min(0.5, bob.darkCountProbability + endBackground(index, path, path.nodes.length - 1)),
    misalignmentError: channel.misalignmentError,
  };
  const rateHz = alice.repetitionRateHz;
  // Each side's singles (not the coincidences) keep its detectors busy: its own dead time, its own click rate.
  const result = optimalBbm92(link, request.params, { repetitionRateHz: rateHz, aliceDeadTimeSeconds: alice.detectorDeadTimeSeconds, bobDeadTimeSeconds: bob.detectorDeadTimeSeconds });
  let { qber, keyBitsPerPulse, noKeyReason } = result;
  if (channel.interceptedFraction > 0 && keyBitsPerPulse > 0) {
    qber = qberWithInterception(qber, channel.interceptedFraction);
    // Ma–Fung–Lo rate with the raised error: R = q Q [1 − f H2(E) − H2(E)].
    const raw = request.params.siftingFactor * result.gain * (1 - (request.params.errorCorrectionEfficiency + 1) * binaryEntropy(qber));
    keyBitsPerPulse = raw > 0 ? raw : 0;
    if (keyBitsPerPulse === 0) noKeyReason = `eavesdropper detected: QBER ${(qber * 100).toFixed(1)} % leaves no key`;
  }
  const keyRate = keyBitsPerPulse > 0 ? keyBitsPerPulse * rateHz * result.deadTimeSurvival : 0;
  const plob = plobBitsPerChannelUse(eta) * rateHz;
  const settings: Record<string, number> = keyBitsPerPulse > 0 ? { halfMeanPairNumber: result.halfMeanPairNumber, deadTimeSurvival: result.deadTimeSurvival } : {};
  const hop = { keyBitsPerPulse, keyRateBitsPerSecond: keyRate, qber, plobBitsPerSecond: plob, settings, noKeyReason };
  return {
    path: path.nodes, hops: pathHops(path, hop), keyRateBitsPerSecond: keyRate, qber, latencySeconds: channel.latencySeconds,
    plobBitsPerSecond: plob, fidelity: NaN, entanglementRatePairsPerSecond: 0, noKeyReason, notes: [],
  };
}

/**
 * Sunlit sky at an end station whose own hop is free space: its telescope collects it and its detectors count it, as
 * on a satellite downlink. Light collected at passive nodes further along is not counted (see docs/physics/qkd.md).
 */
function endBackground(index: NetworkIndex, path: HopPath, end: number): number {
  const linkId = end === 0 ? path.linkIds[0] : path.linkIds[path.linkIds.length - 1];
  return linkId === undefined ? 0 : (index.linkResults.get(linkId)?.backgroundByNode?.[path.nodes[end]!] ?? 0);
}

/** Sending-or-not-sending twin-field QKD with Charlie at the loss midpoint of the path (Wang, Yu, Hu 2018). */
export function evaluateTwinFieldRequest(index: NetworkIndex, request: TwinFieldRequest, path: HopPath): PathOutcome {
  const alice = terminalParams(index.nodes.get(request.source));
  const channel = pathChannel(index, path.linkIds);
  const eta = transmittanceFromLossDb(channel.lossDb);
  if (!alice) return unreachable(path, channel.latencySeconds, 'the source must be a ground station or trusted node with a laser');
  const { charlieDetectorEfficiency, charlieDarkCountProbability, phaseMisalignmentError, errorCorrectionEfficiency } = request.params;
  const result = optimalSnsTwinField(
    { armTransmittance: Math.sqrt(eta) * charlieDetectorEfficiency, darkCountProbability: charlieDarkCountProbability, misalignmentError: phaseMisalignmentError },
    { errorCorrectionEfficiency },
  );
  const rateHz = alice.repetitionRateHz;
  const keyRate = result.keyBitsPerPulse * rateHz;
  const plob = plobBitsPerChannelUse(eta) * rateHz;
  const notes = channel.interceptedFraction > 0 ? ['The intercept-resend model covers BB84 and BBM92; this twin-field result ignores the eavesdropper.'] : [];
  const settings: Record<string, number> =
    result.keyBitsPerPulse > 0
      ? { signalMeanPhotonNumber: result.signalMeanPhotonNumber, sendingProbability: result.sendingProbability, phaseErrorRate: result.singlePhotonPhaseError }
      : {};
  const hop = { keyBitsPerPulse: result.keyBitsPerPulse, keyRateBitsPerSecond: keyRate, qber: result.qber, plobBitsPerSecond: plob, settings, noKeyReason: result.noKeyReason };
  return {
    path: path.nodes, hops: pathHops(path, hop), keyRateBitsPerSecond: keyRate, qber: result.qber, latencySeconds: channel.latencySeconds,
    plobBitsPerSecond: plob, fidelity: NaN, entanglementRatePairsPerSecond: 0, noKeyReason: result.noKeyReason, notes,
  };
}

export function unreachable(path: HopPath, latencySeconds: number, reason: string): PathOutcome {
  const hop = { keyBitsPerPulse: 0, keyRateBitsPerSecond: 0, qber: NaN, plobBitsPerSecond: 0, settings: {}, noKeyReason: reason };
  return {
    path: path.nodes, hops: pathHops(path, hop), keyRateBitsPerSecond: 0, qber: NaN, latencySeconds, plobBitsPerSecond: 0,
    fidelity: NaN, entanglementRatePairsPerSecond: 0, noKeyReason: reason, notes: [],
  };
}
