import { projectLocation, type GeoLocation } from './map-projection';

/** Most samples asked for one track: enough for a day at one per minute. */
const MAX_SAMPLES = 1440;

/** Times to sample a ground track over the run: at least 200, about one a minute, so each segment stays short. */
export function trackSampleTimes(durationSeconds: number): number[] {
  const n = Math.min(MAX_SAMPLES, Math.max(200, Math.ceil(durationSeconds / 60)));
  return Array.from({ length: n + 1 }, (_, i) => (durationSeconds * i) / n);
}

/** Split a track where it crosses ±180°, so the map never draws a line across the whole world. */
export function splitAtAntimeridian(points: readonly GeoLocation[]): GeoLocation[][] {
  const pieces: GeoLocation[][] = [];
  let current: GeoLocation[] = [];
  for (const p of points) {
    const previous = current.at(-1);
    if (previous && Math.abs(p.lonDeg - previous.lonDeg) > 180) {
      pieces.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length > 0) pieces.push(current);
  return pieces.filter((piece) => piece.length > 1);
}

/** An SVG path in flow coordinates through the map projection, one subpath per piece. */
export function groundTrackPath(points: readonly GeoLocation[]): string {
  return splitAtAntimeridian(points)
    .map((piece) => piece.map((p, i) => {
      const { x, y } = projectLocation(p);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    }).join(''))
    .join('');
}
