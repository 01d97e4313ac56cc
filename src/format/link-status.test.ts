import { describe, expect, it } from 'vitest';
import type { LinkResult } from '../engine/results';
import { linkStatus } from './link-status';

const base: LinkResult = {
  id: 'l', lengthKm: 50, lossDb: 10, transmittance: 0.1, latencySeconds: 2.5e-4, plobBitsPerPulse: 0.15,
  elevationDeg: null, interceptedFraction: 0, failed: false, unavailableReason: null,
};

describe('linkStatus', () => {
  it('is up with no elevation for a working fiber, and up with the elevation for a satellite in view', () => {
    expect(linkStatus(base)).toEqual({ kind: 'up', elevationDeg: null });
    expect(linkStatus({ ...base, elevationDeg: 42 })).toEqual({ kind: 'up', elevationDeg: 42 });
    expect(linkStatus(undefined)).toEqual({ kind: 'up', elevationDeg: null });
  });

  it('reports a failure with the engine reason, before anything else', () => {
    expect(linkStatus({ ...base, failed: true, unavailableReason: 'fiber cut', elevationDeg: 10 })).toEqual({ kind: 'failed', reason: 'fiber cut' });
  });

  it('is dark, not failed, when the satellite is below the horizon', () => {
    expect(linkStatus({ ...base, elevationDeg: -20, unavailableReason: 'below horizon' })).toEqual({ kind: 'dark', reason: 'below horizon', elevationDeg: -20 });
  });
});
