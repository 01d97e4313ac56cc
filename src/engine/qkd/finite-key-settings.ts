import { optimalBb84Decoy, type Bb84Link, type Bb84Protocol } from './bb84-decoy';
import { finiteKeyBb84Decoy, optimalFiniteKeyBb84Decoy, type FiniteKeyOptions, type FiniteKeyResult } from './finite-key-decoy';
import { maximizeInBox, type SearchBox } from './maximize-in-box';

// Source settings of finite-key vacuum + weak decoy BB84 (Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), Sec. V) chosen
// jointly: μ, ν and the split of the block between signal, weak decoy and vacuum, by Nelder–Mead from several starts,
// one of them the 1-D search over μ at the given ν and split, so the answer is never worse than that search.

/** What the settings optimiser chooses. */
export interface DecoySettings {
  signalMeanPhotonNumber: number;
  weakDecoyMeanPhotonNumber: number;
  signalFraction: number;
  weakDecoyFraction: number;
  vacuumFraction: number;
}

export type FiniteKeyDesign = FiniteKeyResult & { settings: DecoySettings };

/** Searched ranges: μ as the 1-D search's, ν as a fraction of μ, the signal share and the decoy's share of the rest. */
const BOX: SearchBox = { low: [1e-3, 1e-4, 0.01, 0.01], high: [1.5, 0.99, 0.999, 0.99], logScale: [true, true, false, false] };

/** The box with μ held at a fixed value (a source the user set), the other settings free. */
const boxWithMu = (mu: number): SearchBox => ({ ...BOX, low: [mu, ...BOX.low.slice(1)], high: [mu, ...BOX.high.slice(1)] });

/** Point of the box → settings (ν < μ by construction; the three fractions sum to 1). */
function settingsAt([mu, nuOverMu, signal, decoyShare]: number[]): DecoySettings {
  return {
    signalMeanPhotonNumber: mu!,
    weakDecoyMeanPhotonNumber: mu! * nuOverMu!,
    signalFraction: signal!,
    weakDecoyFraction: (1 - signal!) * decoyShare!,
    vacuumFraction: (1 - signal!) * (1 - decoyShare!),
  };
}

function pointOf(s: DecoySettings): number[] {
  const rest = s.weakDecoyFraction + s.vacuumFraction;
  const total = s.signalFraction + rest;
  return [s.signalMeanPhotonNumber, s.weakDecoyMeanPhotonNumber / s.signalMeanPhotonNumber, s.signalFraction / total, rest > 0 ? s.weakDecoyFraction / rest : 0.5];
}

function evaluate(link: Bb84Link, protocol: Bb84Protocol, options: FiniteKeyOptions, s: DecoySettings): FiniteKeyResult {
  return finiteKeyBb84Decoy(link, { ...protocol, weakDecoyMeanPhotonNumber: s.weakDecoyMeanPhotonNumber }, s.signalMeanPhotonNumber, {
    ...options, signalFraction: s.signalFraction, weakDecoyFraction: s.weakDecoyFraction, vacuumFraction: s.vacuumFraction,
  });
}

/**
 * The best settings for this link and block. `protocol.weakDecoyMeanPhotonNumber` and the fractions in `options` are
 * where the search starts (with the 1-D optimum of μ there), not constraints; `fixedMu`, when given, is kept.
 */
export function optimalFiniteKeySettings(link: Bb84Link, protocol: Bb84Protocol, options: FiniteKeyOptions, fixedMu?: number): FiniteKeyDesign {
  const box = fixedMu === undefined ? BOX : boxWithMu(fixedMu);
  const given = fixedMu === undefined ? optimalFiniteKeyBb84Decoy(link, protocol, options) : finiteKeyBb84Decoy(link, protocol, fixedMu, options);
  const total = options.signalFraction + options.weakDecoyFraction + options.vacuumFraction;
  const fixed = (mu: number): DecoySettings => ({
    signalMeanPhotonNumber: mu,
    weakDecoyMeanPhotonNumber: protocol.weakDecoyMeanPhotonNumber,
    signalFraction: options.signalFraction / total,
    weakDecoyFraction: options.weakDecoyFraction / total,
    vacuumFraction: options.vacuumFraction / total,
  });
  // No μ at the given ν and split gives key: start from where the asymptotic optimum sits instead.
  const asymptoticMu = optimalBb84Decoy(link, { ...protocol, decoyMethod: 'infinite' }).signalMeanPhotonNumber;
  const startMu = fixedMu ?? (given.keyBitsPerPulse > 0 ? given.signalMeanPhotonNumber : Number.isFinite(asymptoticMu) ? asymptoticMu : 0.5);
  const starts = [fixed(startMu), { ...fixed(startMu), weakDecoyMeanPhotonNumber: startMu * 0.1 }, settingsAt([fixedMu ?? 0.5, 0.2, 0.6, 0.5])]
    .map(pointOf)
    .filter((p) => p.every((x, i) => x >= box.low[i]! && x <= box.high[i]!));
  const rate = (x: number[]) => evaluate(link, protocol, options, settingsAt(x)).keyBitsPerPulse;
  const found = starts.length > 0 ? maximizeInBox(rate, box, starts, { iterations: 300 }) : null;
  if (found && found.value > given.keyBitsPerPulse) {
    const settings = settingsAt(found.argument);
    return { ...evaluate(link, protocol, options, settings), settings };
  }
  return { ...given, settings: fixed(given.signalMeanPhotonNumber) };
}
