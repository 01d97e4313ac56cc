import { describe, expect, it } from 'vitest';
import { REQUEST_SERIES } from '../../worker/protocol';
import { seriesLook } from './series-look';

describe('seriesLook', () => {
  it('gives every streamed series a written title and a unit-aware format, not the camel-case fallback', () => {
    for (const series of REQUEST_SERIES) expect(seriesLook(series).title, series).toMatch(/^[A-Z]/);
    expect(seriesLook('storedKeyBits').format(43_000)).toBe('43.0 kbit');
    expect(seriesLook('unservedBitsPerSecond').format(250)).toBe('250 bit/s');
    expect(seriesLook('pairRatePerSecond').format(0.5)).toBe('0.5 pairs/s');
    expect(seriesLook('pairRatePerSecond').format(12_345)).toBe('12.3k pairs/s');
    expect(seriesLook('pairRatePerSecond').logByDefault).toBe(true);
  });

  it('still charts a series it does not know, with its name spaced out', () => {
    expect(seriesLook('newThingPerSecond').title).toBe('new Thing Per Second');
  });
});
