import { describe, expect, it } from 'vitest';
import { groundTrackPath, splitAtAntimeridian, trackSampleTimes } from './ground-track-path';

describe('ground track path', () => {
  it('splits where the longitude wraps past ±180°, and only there', () => {
    const track = [170, 178, -176, -170, -160].map((lonDeg, i) => ({ latDeg: i, lonDeg }));
    expect(splitAtAntimeridian(track).map((piece) => piece.map((p) => p.lonDeg))).toEqual([[170, 178], [-176, -170, -160]]);
    expect(splitAtAntimeridian(track.slice(2))).toHaveLength(1);
  });

  it('draws one subpath per piece and drops single points', () => {
    const path = groundTrackPath([{ latDeg: 0, lonDeg: 179 }, { latDeg: 1, lonDeg: 179.5 }, { latDeg: 2, lonDeg: -179.9 }]);
    expect(path.match(/M/g)).toHaveLength(1);
    expect(path.match(/L/g)).toHaveLength(1);
  });

  it('samples the whole run, at least 200 times and about once a minute for long runs', () => {
    expect(trackSampleTimes(600)).toHaveLength(201);
    expect(trackSampleTimes(600).at(-1)).toBe(600);
    const day = trackSampleTimes(86_400);
    expect(day[1]).toBe(60);
  });
});
