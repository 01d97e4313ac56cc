import { bb84Decoy, optimalBb84Decoy, type Bb84Link, type Bb84Protocol, type Bb84Result } from './bb84-decoy';
import { maximizeInBox, type SearchBox } from './maximize-in-box';

// Asymptotic vacuum + weak decoy BB84 (Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), §IV-B) with μ and ν chosen jointly by
// Nelder–Mead on a transformed box; one start is the 1-D optimum of μ at the given ν, so it is never worse than that.
// With infinitely long blocks the key does not depend on how often each intensity is sent, so there is no split to choose.

export interface AsymptoticDecoySettings {
  signalMeanPhotonNumber: number;
  weakDecoyMeanPhotonNumber: number;
}

export type AsymptoticDecoyDesign = Bb84Result & { settings: AsymptoticDecoySettings };

/** μ as the 1-D search's range, ν as a fraction of μ (so ν < μ); Ma et al. §IV-B: the smaller ν the better, down to this floor. */
const BOX: SearchBox = { low: [1e-3, 1e-4], high: [1.5, 0.99], logScale: [true, true] };

const settingsAt = ([mu, nuOverMu]: number[]): AsymptoticDecoySettings => ({ signalMeanPhotonNumber: mu!, weakDecoyMeanPhotonNumber: mu! * nuOverMu! });

/** Best μ and ν for a vacuum + weak decoy link; `fixedMu`, when given, is kept and only ν is chosen. */
export function optimalAsymptoticDecoySettings(link: Bb84Link, protocol: Bb84Protocol, fixedMu?: number): AsymptoticDecoyDesign {
  const vacuumWeak: Bb84Protocol = { ...protocol, decoyMethod: 'vacuum-weak' };
  const box: SearchBox = fixedMu === undefined ? BOX : { ...BOX, low: [fixedMu, BOX.low[1]!], high: [fixedMu, BOX.high[1]!] };
  const given = fixedMu === undefined ? optimalBb84Decoy(link, vacuumWeak) : bb84Decoy(link, vacuumWeak, fixedMu);
  const nu = protocol.weakDecoyMeanPhotonNumber;
  const keyAt = (s: AsymptoticDecoySettings) => bb84Decoy(link, { ...vacuumWeak, weakDecoyMeanPhotonNumber: s.weakDecoyMeanPhotonNumber }, s.signalMeanPhotonNumber);
  // Where the given ν leaves no key, start where the infinite-decoy optimum of μ sits (the limit ν → 0 reaches).
  const infiniteMu = fixedMu ?? optimalBb84Decoy(link, { ...protocol, decoyMethod: 'infinite' }).signalMeanPhotonNumber;
  const startMu = given.keyBitsPerPulse > 0 ? given.signalMeanPhotonNumber : Number.isFinite(infiniteMu) ? infiniteMu : 0.5;
  const starts = [[startMu, nu / startMu], [startMu, 0.1], [startMu, 0.01]].filter((p) => p.every((x, i) => x >= box.low[i]! && x <= box.high[i]!));
  const found = starts.length > 0 ? maximizeInBox((x) => keyAt(settingsAt(x)).keyBitsPerPulse, box, starts, { iterations: 200 }) : null;
  if (found && found.value > given.keyBitsPerPulse) {
    const settings = settingsAt(found.argument);
    return { ...keyAt(settings), settings };
  }
  return { ...given, settings: { signalMeanPhotonNumber: given.signalMeanPhotonNumber, weakDecoyMeanPhotonNumber: nu } };
}
