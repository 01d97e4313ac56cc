// Eigen-decomposition of small real symmetric matrices by cyclic Jacobi rotations (Golub & Van Loan,
// Matrix Computations, 4th ed., §8.5): unconditionally stable and accurate to machine precision for n ≤ 8.

export interface SymmetricEigen {
  /** Eigenvalues, in the order of the columns of vectors. */
  values: Float64Array;
  /** Row-major n×n; column k is the eigenvector of values[k]. */
  vectors: Float64Array;
}

export function symmetricEigen(matrix: Float64Array, n: number): SymmetricEigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 64; sweep++) {
    let off = 0;
    let scale = 0;
    for (let p = 0; p < n; p++) {
      for (let q = 0; q < n; q++) {
        const x = a[p * n + q]!;
        if (p !== q) off += x * x;
        else scale += x * x;
      }
    }
    if (off <= 1e-30 * Math.max(scale, 1e-300)) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const app = a[p * n + p]!;
        const aqq = a[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!;
  return { values, vectors: v };
}

/** f(A) = V f(Λ) Vᵀ for a real symmetric A. */
export function symmetricMatrixFunction(matrix: Float64Array, n: number, f: (eigenvalue: number) => number): Float64Array {
  const { values, vectors } = symmetricEigen(matrix, n);
  const out = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const fk = f(values[k]!);
    if (fk === 0) continue;
    for (let i = 0; i < n; i++) {
      const vik = vectors[i * n + k]! * fk;
      for (let j = 0; j < n; j++) out[i * n + j] = out[i * n + j]! + vik * vectors[j * n + k]!;
    }
  }
  return out;
}
