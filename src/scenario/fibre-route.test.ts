import { describe, expect, it } from 'vitest';
import { fibreMismatched, FIBRE_MISMATCH_FACTOR, routedFibreKm } from './fibre-route';

const paris = { latDeg: 48.8566, lonDeg: 2.3522 };
const london = { latDeg: 51.5074, lonDeg: -0.1278 };

describe('routedFibreKm', () => {
  it('is the great-circle distance (Paris–London 343.5 km) times the route factor, to 0.1 km', () => {
    expect(routedFibreKm(paris, london)).toBeCloseTo(343.5, 0);
    expect(routedFibreKm(paris, london, 1.3)).toBeCloseTo(343.5 * 1.3, 0);
    expect(routedFibreKm(paris, london, 1.3) * 10 % 1).toBeCloseTo(0, 6);
  });
});

describe('fibreMismatched', () => {
  it('flags a fibre beyond the factor either way, and nothing when there is no expected length', () => {
    expect(fibreMismatched(100, 100)).toBe(false);
    expect(fibreMismatched(100 * FIBRE_MISMATCH_FACTOR * 1.01, 100)).toBe(true);
    expect(fibreMismatched(100 / FIBRE_MISMATCH_FACTOR / 1.01, 100)).toBe(true);
    expect(fibreMismatched(100, 0)).toBe(false);
  });
});
