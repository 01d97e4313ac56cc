import type { EntanglementDelivery } from './entanglement/delivered-pair';

/** What the engine reports for one link of the scenario. */
export interface LinkResult {
  id: string;
  /** Current length: the slant range for a satellite link. */
  lengthKm: number;
  lossDb: number;
  transmittance: number;
  latencySeconds: number;
  /** Repeaterless bound on key per pulse for this link, −log2(1−η). */
  plobBitsPerPulse: number;
  /** Elevation of the satellite seen from the ground end, for ground–satellite links. */
  elevationDeg: number | null;
  /** Fraction of pulses an eavesdropper intercepts on this link now. */
  interceptedFraction: number;
  /** Failed (scheduled outage): routed around. */
  failed: boolean;
  /** Why the link carries no light now (failure, below the horizon), or null. */
  unavailableReason: string | null;
  /** Extra clicks per gate from sunlit sky at each ground end's free-space receiver, by node id; absent by night or on fibre. */
  backgroundByNode?: Readonly<Record<string, number>>;
  /** Scintillation index σ_I² of the received power (free-space links through air); 0 or absent for a steady channel. */
  scintillationIndex?: number;
}

export interface HopResult {
  linkId: string;
  from: string;
  to: string;
  keyRateBitsPerSecond: number;
  keyBitsPerPulse: number;
  /** NaN when the hop gives no detections to count errors in (no link, no transmitter or receiver, link down). */
  qber: number;
  plobBitsPerSecond: number;
  /** Source settings the engine chose, e.g. the optimal signal intensity μ. */
  settings: Record<string, number>;
  noKeyReason: string | null;
  /** Decoy-state BB84 hops with an operating point: what the parties measure and estimate at the chosen μ. */
  decoy?: DecoyEstimates;
}

/** Decoy BB84 at the chosen signal intensity μ (Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005)). */
export interface DecoyEstimates {
  /** Q_μ: detections per signal pulse. */
  gainPerPulse: number;
  /** Y1: probability that a single-photon pulse is detected (exact for infinite decoys, a lower bound otherwise). */
  singlePhotonYield: number;
  /** e1: error rate of single-photon detections (exact for infinite decoys, an upper bound otherwise). */
  singlePhotonErrorRate: number;
}

/** What the engine reports for one request, end to end. */
export interface RequestResult {
  id: string;
  protocol: string;
  /** Node ids from source to target; empty when no path exists. */
  path: string[];
  hops: HopResult[];
  keyRateBitsPerSecond: number;
  /** What the request would get with its path to itself, before links are shared among requests. */
  unsharedKeyRateBitsPerSecond: number;
  /** Fraction of the time its links give to this request (1 when it is alone on them). */
  linkShare: number;
  /** The largest hop QBER on the path (each hop runs its own QKD session); NaN when a hop, or the path, has none. */
  qber: number;
  latencySeconds: number;
  /** The repeaterless bound for the weakest hop, in bits per second; NaN for entanglement requests (a repeater chain has no single channel-use rate). */
  plobBitsPerSecond: number;
  /** Mean fidelity of delivered pairs with |Φ⁺⟩; NaN for prepare-and-measure protocols. */
  fidelity: number;
  entanglementRatePairsPerSecond: number;
  noKeyReason: string | null;
  /** Caveats of the models used, in plain words. */
  notes: string[];
  /** Entanglement requests that ran the repeater-chain model: the delivered state, its fidelity waterfall, waiting times. */
  entanglement?: EntanglementDelivery;
}

export interface Evaluation {
  links: LinkResult[];
  requests: RequestResult[];
}

/** A request's result before links are shared among requests. */
export type RequestOutcome = Omit<RequestResult, 'id' | 'protocol' | 'unsharedKeyRateBitsPerSecond' | 'linkShare'>;
