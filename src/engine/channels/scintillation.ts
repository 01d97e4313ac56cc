// Turbulent fading of a free-space link: the received intensity fluctuates about its mean (scintillation), so the
// transmittance is a random variable whose mean is the link budget's. Key is not linear in transmittance, so it is
// averaged over this distribution (Vasylyev, Semenov & Vogel, PRL 117, 090501 (2016); Liorni, Kampermann & Bruß,
// NJP 21, 093055 (2019), §4).

/** One point of the fading distribution: the transmittance is the mean × `factor`, with probability `weight`. */
export interface FadingNode {
  factor: number;
  weight: number;
}

/** Gauss–Hermite points: this many keep E[I^k] for k ≤ 4 exact to 1e-9 up to a scintillation index of 3. */
const HERMITE_POINTS = 32;

/**
 * Nodes x and weights w of Gauss–Hermite quadrature, ∫ e^{−x²} g(x) dx ≈ Σ w g(x), by Newton's method on the
 * orthonormal Hermite recurrence (Press et al., Numerical Recipes, 3rd ed., §4.6.2, `gauher`).
 */
function gaussHermite(n: number): { x: number[]; w: number[] } {
  const x = new Array<number>(n).fill(0);
  const w = new Array<number>(n).fill(0);
  const pim4 = Math.PI ** -0.25;
  let z = 0;
  for (let i = 0; i < Math.floor((n + 1) / 2); i++) {
    // Initial guesses for the largest roots first (Numerical Recipes' approximations), then each from the previous two.
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** (-1 / 6);
    else if (i === 1) z -= (1.14 * n ** 0.426) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * x[0]!;
    else if (i === 3) z = 1.91 * z - 0.91 * x[1]!;
    else z = 2 * z - x[i - 2]!;
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p1 = pim4;
      let p2 = 0;
      for (let j = 0; j < n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / (j + 1)) * p2 - Math.sqrt(j / (j + 1)) * p3;
      }
      derivative = Math.sqrt(2 * n) * p2;
      const step = p1 / derivative;
      z -= step;
      if (Math.abs(step) <= 1e-14) break;
    }
    x[i] = z;
    x[n - 1 - i] = -z;
    w[i] = 2 / (derivative * derivative);
    w[n - 1 - i] = w[i]!;
  }
  return { x, w };
}

const HERMITE = gaussHermite(HERMITE_POINTS);

/**
 * Log-normal intensity fading with scintillation index σ_I² = ⟨I²⟩/⟨I⟩² − 1 (weak to moderate turbulence, Andrews &
 * Phillips, Laser Beam Propagation through Random Media, 2nd ed., §5.3): ln I ~ N(−σ²/2, σ²), σ² = ln(1 + σ_I²).
 * Normalised so the mean factor is exactly 1: the link budget's mean transmittance is unchanged. Index 0: one node.
 */
export function logNormalFading(scintillationIndex: number): FadingNode[] {
  if (!(scintillationIndex > 0)) return [{ factor: 1, weight: 1 }];
  const sigma = Math.sqrt(Math.log1p(scintillationIndex));
  const raw = HERMITE.x.map((x, i) => ({ factor: Math.exp(-sigma * sigma / 2 + sigma * Math.SQRT2 * x), weight: HERMITE.w[i]! / Math.sqrt(Math.PI) }));
  const totalWeight = raw.reduce((sum, n) => sum + n.weight, 0);
  const mean = raw.reduce((sum, n) => sum + n.weight * n.factor, 0) / totalWeight;
  return raw.map((n) => ({ factor: n.factor / mean, weight: n.weight / totalWeight }));
}
