import * as d3 from 'd3';

/** Rates from 1 bit/s to 1 Mbit/s span the colour ramp; beyond either end the colour saturates. */
export const RATE_RAMP_DECADES = 6;
const DECADES = RATE_RAMP_DECADES;
const ramp = d3.interpolateHcl('#d9822b', '#1f9e6e');

/** Stroke colour of a link carrying key at `rate` bits/s (log scale, orange = weak, green = strong); null keeps the CSS colour. */
export function linkRateColour(rate: number | null): string | null {
  if (rate === null || !(rate > 0)) return null;
  return ramp(Math.min(1, Math.max(0, Math.log10(rate) / DECADES)));
}
