import { describe, expect, it } from 'vitest';
import { logNormalFading } from './scintillation';

const moment = (index: number, k: number) => logNormalFading(index).reduce((sum, n) => sum + n.weight * n.factor ** k, 0);

describe('log-normal fading at a stated scintillation index', () => {
  it('index 0 (and anything not above it) is the steady channel: one state, factor 1', () => {
    expect(logNormalFading(0)).toEqual([{ factor: 1, weight: 1 }]);
    expect(logNormalFading(-1)).toEqual([{ factor: 1, weight: 1 }]);
  });
  it.each([0.01, 0.1, 0.5, 1, 3])('σ_I² = %f keeps the mean transmittance and has the log-normal moments E[I^k] = (1 + σ_I²)^(k(k−1)/2)', (index) => {
    expect(moment(index, 0)).toBeCloseTo(1, 12);
    expect(moment(index, 1)).toBeCloseTo(1, 12);
    // The scintillation index is the normalised variance ⟨I²⟩/⟨I⟩² − 1 (Andrews & Phillips §5.3).
    expect(moment(index, 2) - 1).toBeCloseTo(index, 9);
    expect(moment(index, 3) / (1 + index) ** 3).toBeCloseTo(1, 9);
    expect(moment(index, 4) / (1 + index) ** 6).toBeCloseTo(1, 8);
  });
  it('has the log-normal median e^(−σ²/2) below its mean: more often dimmer than the budget, sometimes much brighter', () => {
    const index = 1;
    const median = Math.exp(-Math.log1p(index) / 2);
    const below = logNormalFading(index).filter((n) => n.factor < median).reduce((sum, n) => sum + n.weight, 0);
    expect(below).toBeCloseTo(0.5, 12);
  });
});
