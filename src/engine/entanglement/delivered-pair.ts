import { bellDiagonalToDensity, type BellDiagonal } from './bell-diagonal';
import type { DensityMatrix } from './density-matrix';
import { concurrence, correlationMatrix, maxChshValue } from './state-measures';

// What a delivered pair looks like, for the delivered-pair view and the CLI report: everything follows from the four
// Bell weights (the engine tracks Bell-diagonal states; Dür, Briegel, Cirac, Zoller, PRA 59, 169 (1999), §III).

/** Bell-state weights by name, so no reader has to know the engine's Pauli-index order ([Φ+, Ψ+, Φ−, Ψ−]). */
export interface BellWeights {
  phiPlus: number;
  psiPlus: number;
  psiMinus: number;
  phiMinus: number;
}

export function bellWeights(state: BellDiagonal): BellWeights {
  return { phiPlus: state[0], psiPlus: state[1], psiMinus: state[3], phiMinus: state[2] };
}

export function bellDiagonalFromWeights(w: BellWeights): BellDiagonal {
  return [w.phiPlus, w.psiPlus, w.phiMinus, w.psiMinus];
}

/** One step in the life of the delivered pair, named by the path's node ids. */
export interface FidelityStage {
  /** 'elementary-link': heralded on one segment; 'wait': held in memory until its partner span was ready; 'swap': after the Bell measurement; 'purification': after a round; 'delivered': at the ends. */
  kind: 'elementary-link' | 'wait' | 'swap' | 'purification' | 'delivered';
  /** The pair's two ends at this step. */
  fromNodeId: string;
  toNodeId: string;
  /** The swapping node for 'swap'; null otherwise. */
  atNodeId: string | null;
  /** Purification round, 1-based; null otherwise. */
  round: number | null;
  /** Mean fidelity with |Φ⁺⟩ over every such event in the delivered Monte Carlo trials (retries included). */
  fidelity: number;
  state: BellWeights;
}

/** What an entanglement request delivers, beyond rate and mean fidelity. */
export interface EntanglementDelivery {
  /** Mean delivered state; null when no pair was delivered. */
  deliveredState: BellWeights | null;
  /**
   * The fidelity waterfall: mean state after each link, wait, swap and purification round, in the order the swap tree
   * builds the pair (each span's children before the span), ending with 'delivered'; empty when no pair was delivered.
   */
  stages: FidelityStage[];
  /** Monte Carlo mean time from request to delivery (the request alone on its links, before sharing), and its standard error. */
  monteCarloMeanDeliverySeconds: number;
  monteCarloStdErrorSeconds: number;
  /** Exponential-approximation estimate (Sangouard et al. 2011, generalised to unequal spans; ignores cutoffs). */
  analyticMeanDeliverySeconds: number;
  /** Sangouard's (3/2)^n formula, for 2^n identical segments only; null otherwise. */
  sangouardMeanDeliverySeconds: number | null;
  fidelityStdDev: number;
}

/** The 4×4 density matrix in the computational basis |00>, |01>, |10>, |11> (real for Bell-diagonal states). */
export function densityMatrixOf(w: BellWeights): DensityMatrix {
  return bellDiagonalToDensity(bellDiagonalFromWeights(w));
}

/**
 * Correlation matrix T_ij = Tr[ρ σi⊗σj] (i, j = x, y, z), row-major. For a Bell-diagonal state it is diagonal:
 * T_xx = Φ+ + Ψ+ − Φ− − Ψ−, T_yy = −Φ+ + Ψ+ + Φ− − Ψ−, T_zz = Φ+ − Ψ+ + Φ− − Ψ− (Horodecki, PRA 54, 1838 (1996)).
 */
export function correlationMatrixOf(w: BellWeights): number[] {
  return Array.from(correlationMatrix(densityMatrixOf(w)));
}

/** Largest CHSH value over all measurement settings, 2√(u1 + u2) (Horodecki³, PLA 200, 340 (1995)); > 2 violates local realism. */
export function chshValueOf(w: BellWeights): number {
  return maxChshValue(densityMatrixOf(w));
}

/** Wootters concurrence (PRL 80, 2245 (1998)); > 0 means entangled. */
export function concurrenceOf(w: BellWeights): number {
  return concurrence(densityMatrixOf(w));
}

/**
 * Visibility of the two-photon fringe in each Pauli basis: |T_ii|, the contrast of the correlations Alice and Bob see
 * measuring both along axis i. For a Werner state of parameter w it is w in every basis.
 */
export function visibilitiesOf(w: BellWeights): { x: number; y: number; z: number } {
  const t = correlationMatrixOf(w);
  return { x: Math.abs(t[0]!), y: Math.abs(t[4]!), z: Math.abs(t[8]!) };
}

export interface ConditionalBlochVectors {
  /** Alice measures along x, y, z and gets +1: Bob's qubit's Bloch vector, row i = Alice's axis i. */
  bobGivenAlicePlus: [number, number, number][];
  /** Bob measures along x, y, z and gets +1: Alice's qubit's Bloch vector. */
  aliceGivenBobPlus: [number, number, number][];
}

/**
 * Steering picture: with ρ = ¼(I + a·σ⊗I + I⊗b·σ + Σ T_ij σi⊗σj), Alice's outcome +1 along unit n leaves Bob with
 * Bloch vector (b + Tᵀn)/(1 + a·n); outcome −1 flips the T term. Bell-diagonal states have a = b = 0, so for Alice's
 * axis i Bob's vector is row i of T: length 1 for a pure Bell state, w for a Werner state.
 */
export function conditionalBlochVectorsOf(w: BellWeights): ConditionalBlochVectors {
  const t = correlationMatrixOf(w);
  const axes = [0, 1, 2];
  return {
    bobGivenAlicePlus: axes.map((i) => [t[3 * i]!, t[3 * i + 1]!, t[3 * i + 2]!]),
    aliceGivenBobPlus: axes.map((j) => [t[j]!, t[3 + j]!, t[6 + j]!]),
  };
}
