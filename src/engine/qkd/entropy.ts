/** Binary Shannon entropy H2(x) in bits; 0 at the ends, 1 at x = 1/2. */
export function binaryEntropy(x: number): number {
  if (x <= 0 || x >= 1) return 0;
  return -x * Math.log2(x) - (1 - x) * Math.log2(1 - x);
}
