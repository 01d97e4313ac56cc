// Two-qubit density matrices as 4×4 complex matrices, row-major, real and imaginary parts in separate Float64Arrays.
// Basis order |00>, |01>, |10>, |11>; qubit A (index 0) is the more significant bit. Plain loops on typed arrays
// keep this allocation-light so the Monte Carlo can afford it.

export interface DensityMatrix {
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/** A 2×2 complex operator on one qubit, row-major [m00, m01, m10, m11]. */
export interface QubitOperator {
  readonly re: readonly [number, number, number, number];
  readonly im: readonly [number, number, number, number];
}

export const DIMENSION = 4;

export function zeroMatrix(): DensityMatrix {
  return { re: new Float64Array(16), im: new Float64Array(16) };
}

export function copyMatrix(m: DensityMatrix): DensityMatrix {
  return { re: Float64Array.from(m.re), im: Float64Array.from(m.im) };
}

/** |ψ><ψ| for an amplitude vector of length 4 (not normalised here). */
export function densityFromPure(amplitudeRe: readonly number[], amplitudeIm: readonly number[] = [0, 0, 0, 0]): DensityMatrix {
  const m = zeroMatrix();
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const ar = amplitudeRe[i] ?? 0;
      const ai = amplitudeIm[i] ?? 0;
      const br = amplitudeRe[j] ?? 0;
      const bi = -(amplitudeIm[j] ?? 0);
      m.re[4 * i + j] = ar * br - ai * bi;
      m.im[4 * i + j] = ar * bi + ai * br;
    }
  }
  return m;
}

export function identityOver4(): DensityMatrix {
  const m = zeroMatrix();
  for (let i = 0; i < 4; i++) m.re[5 * i] = 0.25;
  return m;
}

/** C = A·B for 4×4 complex matrices. */
export function multiply(a: DensityMatrix, b: DensityMatrix): DensityMatrix {
  const c = zeroMatrix();
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < 4; k++) {
        const ar = a.re[4 * i + k]!;
        const ai = a.im[4 * i + k]!;
        const br = b.re[4 * k + j]!;
        const bi = b.im[4 * k + j]!;
        sr += ar * br - ai * bi;
        si += ar * bi + ai * br;
      }
      c.re[4 * i + j] = sr;
      c.im[4 * i + j] = si;
    }
  }
  return c;
}

export function adjoint(a: DensityMatrix): DensityMatrix {
  const c = zeroMatrix();
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      c.re[4 * j + i] = a.re[4 * i + j]!;
      c.im[4 * j + i] = -a.im[4 * i + j]!;
    }
  }
  return c;
}

export function addScaled(target: DensityMatrix, m: DensityMatrix, scale: number): void {
  for (let k = 0; k < 16; k++) {
    target.re[k] = target.re[k]! + scale * m.re[k]!;
    target.im[k] = target.im[k]! + scale * m.im[k]!;
  }
}

export function trace(m: DensityMatrix): number {
  return m.re[0]! + m.re[5]! + m.re[10]! + m.re[15]!;
}

/** Lifts a one-qubit operator to the pair: K⊗I on qubit 0 (A), I⊗K on qubit 1 (B). */
export function liftToPair(op: QubitOperator, qubit: 0 | 1): DensityMatrix {
  const m = zeroMatrix();
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const [ia, ib] = [i >> 1, i & 1];
      const [ja, jb] = [j >> 1, j & 1];
      if (qubit === 0 && ib === jb) {
        m.re[4 * i + j] = op.re[2 * ia + ja]!;
        m.im[4 * i + j] = op.im[2 * ia + ja]!;
      } else if (qubit === 1 && ia === ja) {
        m.re[4 * i + j] = op.re[2 * ib + jb]!;
        m.im[4 * i + j] = op.im[2 * ib + jb]!;
      }
    }
  }
  return m;
}

/** ρ → Σ K ρ K†, each K acting on one qubit of the pair (Nielsen & Chuang §8.2.3, operator-sum representation). */
export function applyKrausToQubit(rho: DensityMatrix, kraus: readonly QubitOperator[], qubit: 0 | 1): DensityMatrix {
  const out = zeroMatrix();
  for (const k of kraus) {
    const lifted = liftToPair(k, qubit);
    addScaled(out, multiply(multiply(lifted, rho), adjoint(lifted)), 1);
  }
  return out;
}

/** U ρ U† for a two-qubit unitary. */
export function conjugate(rho: DensityMatrix, unitary: DensityMatrix): DensityMatrix {
  return multiply(multiply(unitary, rho), adjoint(unitary));
}

/** ρ^T_B, the partial transpose on qubit B (Peres criterion). */
export function partialTransposeB(rho: DensityMatrix): DensityMatrix {
  const out = zeroMatrix();
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const ti = (i & 2) | (j & 1);
      const tj = (j & 2) | (i & 1);
      out.re[4 * ti + tj] = rho.re[4 * i + j]!;
      out.im[4 * ti + tj] = rho.im[4 * i + j]!;
    }
  }
  return out;
}

/**
 * The real symmetric 8×8 embedding [[Re, −Im], [Im, Re]] of a Hermitian 4×4 matrix: its eigenvalues are those of the
 * complex matrix, each twice, and matrix functions commute with the embedding, so a real Jacobi solver suffices.
 */
export function realEmbedding(m: DensityMatrix): Float64Array {
  const e = new Float64Array(64);
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const r = m.re[4 * i + j]!;
      const c = m.im[4 * i + j]!;
      e[8 * i + j] = r;
      e[8 * i + j + 4] = -c;
      e[8 * (i + 4) + j] = c;
      e[8 * (i + 4) + j + 4] = r;
    }
  }
  return e;
}

export function fromRealEmbedding(e: Float64Array): DensityMatrix {
  const m = zeroMatrix();
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      m.re[4 * i + j] = e[8 * i + j]!;
      m.im[4 * i + j] = e[8 * (i + 4) + j]!;
    }
  }
  return m;
}
