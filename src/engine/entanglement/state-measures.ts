import { bellDiagonalOf, type BellDiagonal } from './bell-diagonal';
import { fromRealEmbedding, multiply, realEmbedding, zeroMatrix, type DensityMatrix, type QubitOperator } from './density-matrix';
import { PAULI_X, PAULI_Y, PAULI_Z } from './qubit-channels';
import { symmetricEigen, symmetricMatrixFunction } from './symmetric-eigen';

/** F = <Φ+|ρ|Φ+>. */
export function fidelityWithPhiPlus(rho: DensityMatrix): number {
  return bellDiagonalOf(rho)[0];
}

/** ρ̃ = (σy⊗σy) ρ* (σy⊗σy), the spin flip of Wootters, PRL 80, 2245 (1998), Eq. (3). */
function spinFlip(rho: DensityMatrix): DensityMatrix {
  // σy⊗σy is real and anti-diagonal with signs (−1, +1, +1, −1) on |00>,|01>,|10>,|11>.
  const sign = [-1, 1, 1, -1];
  const out = zeroMatrix();
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const s = sign[i]! * sign[j]!;
      out.re[4 * i + j] = s * rho.re[4 * (3 - i) + (3 - j)]!;
      out.im[4 * i + j] = -s * rho.im[4 * (3 - i) + (3 - j)]!;
    }
  }
  return out;
}

/**
 * Concurrence C = max(0, λ1 − λ2 − λ3 − λ4), λi the decreasing square roots of the eigenvalues of ρρ̃
 * (Wootters, PRL 80, 2245 (1998), Eq. (6)). Computed as eigenvalues of the Hermitian √ρ ρ̃ √ρ, which has the same spectrum.
 */
export function concurrence(rho: DensityMatrix): number {
  const sqrtRho = fromRealEmbedding(symmetricMatrixFunction(realEmbedding(rho), 8, (x) => Math.sqrt(Math.max(0, x))));
  const r = multiply(multiply(sqrtRho, spinFlip(rho)), sqrtRho);
  // Symmetrise against rounding before the real-symmetric solver sees it.
  const e = realEmbedding(r);
  for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) e[8 * i + j] = e[8 * j + i] = (e[8 * i + j]! + e[8 * j + i]!) / 2;
  const values = Array.from(symmetricEigen(e, 8).values, (x) => Math.sqrt(Math.max(0, x))).sort((a, b) => b - a);
  // The embedding doubles every eigenvalue: take one of each pair.
  const l = [values[0]!, values[2]!, values[4]!, values[6]!];
  return Math.max(0, l[0]! - l[1]! - l[2]! - l[3]!);
}

/** Bell-diagonal shortcut: C = max(0, 2·λmax − 1) (Bennett, DiVincenzo, Smolin, Wootters, PRA 54, 3824 (1996)). */
export function concurrenceBellDiagonal(state: BellDiagonal): number {
  return Math.max(0, 2 * Math.max(...state) - 1);
}

const PAULIS: readonly QubitOperator[] = [PAULI_X, PAULI_Y, PAULI_Z];

/** Correlation matrix T_ij = Tr[ρ σi⊗σj], row-major 3×3. */
export function correlationMatrix(rho: DensityMatrix): Float64Array {
  const t = new Float64Array(9);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const a = PAULIS[i]!;
      const b = PAULIS[j]!;
      // Tr[ρ (A⊗B)] = Σ ρ_{kl} (A⊗B)_{lk}; Paulis are Hermitian so the result is real.
      let s = 0;
      for (let k = 0; k < 4; k++) {
        for (let l = 0; l < 4; l++) {
          const ar = a.re[2 * (l >> 1) + (k >> 1)]!;
          const ai = a.im[2 * (l >> 1) + (k >> 1)]!;
          const br = b.re[2 * (l & 1) + (k & 1)]!;
          const bi = b.im[2 * (l & 1) + (k & 1)]!;
          const or = ar * br - ai * bi;
          const oi = ar * bi + ai * br;
          s += rho.re[4 * k + l]! * or - rho.im[4 * k + l]! * oi;
        }
      }
      t[3 * i + j] = s;
    }
  }
  return t;
}

/** Largest CHSH value 2√(u1 + u2), u1 ≥ u2 the top eigenvalues of TᵀT (Horodecki³, PLA 200, 340 (1995)). */
export function maxChshValue(rho: DensityMatrix): number {
  const t = correlationMatrix(rho);
  const ttt = new Float64Array(9);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) ttt[3 * i + j] = ttt[3 * i + j]! + t[3 * k + i]! * t[3 * k + j]!;
  const u = Array.from(symmetricEigen(ttt, 3).values).sort((a, b) => b - a);
  return 2 * Math.sqrt(Math.max(0, u[0]! + u[1]!));
}

/** Bell-diagonal T is diagonal: <XX>, <YY>, <ZZ> from the Bell weights, then the Horodecki formula. */
export function maxChshValueBellDiagonal(state: BellDiagonal): number {
  const [i, x, z, y] = state;
  const txx = i + x - z - y;
  const tyy = -i + x + z - y;
  const tzz = i - x + z - y;
  const u = [txx * txx, tyy * tyy, tzz * tzz].sort((a, b) => b - a);
  return 2 * Math.sqrt(u[0]! + u[1]!);
}
