import { describe, expect, it } from 'vitest';
import { linkRateColour } from './link-rate-colour';

describe('linkRateColour', () => {
  it('leaves links without results or without key to their CSS style', () => {
    expect(linkRateColour(null)).toBeNull();
    expect(linkRateColour(0)).toBeNull();
  });

  it('runs from the weak end to the strong end over six decades and saturates outside', () => {
    expect(linkRateColour(0.01)).toBe(linkRateColour(1));
    expect(linkRateColour(1e9)).toBe(linkRateColour(1e6));
    expect(linkRateColour(1e3)).not.toBe(linkRateColour(1));
    expect(linkRateColour(1e3)).not.toBe(linkRateColour(1e6));
  });
});
