// Seeded PRNG for reproducible Monte Carlo: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom
// number generators", ACM TOMS 47, 36 (2021)), state seeded by splitmix32 so that nearby seeds give unrelated streams.

export interface RandomSource {
  /** Uniform on [0, 1) with 53 random bits. */
  nextFloat(): number;
}

function splitMix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Xoshiro128 implements RandomSource {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const next = splitMix32(seed);
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // The all-zero state is a fixed point of the generator.
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    return result;
  }

  nextFloat(): number {
    // 21 high bits + 32 bits = 53 bits, the full mantissa of a double.
    const high = this.nextUint32() >>> 11;
    const low = this.nextUint32();
    return (high * 4294967296 + low) / 9007199254740992;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/**
 * Number of Bernoulli(p) trials up to and including the first success (support 1, 2, …), by inversion:
 * k = ⌈ln U / ln(1−p)⌉. log1p keeps it exact for p ~ 1e-12, so long links cost O(1) per draw.
 */
export function sampleGeometricTrials(random: RandomSource, successProbability: number): number {
  if (successProbability >= 1) return 1;
  if (!(successProbability > 0)) return Infinity;
  const u = 1 - random.nextFloat(); // (0, 1]
  const k = Math.ceil(Math.log(u) / Math.log1p(-successProbability));
  return Math.max(1, k);
}
