import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE } from '../../format/link-paint';
import { flatExportProjection, globeProjection, worldSvg, type WorldScene } from './world-svg';

const scene: WorldScene = {
  title: 'Shanghai & Graz',
  land: null,
  markers: [
    { id: 'shanghai', label: 'Shanghai', kind: 'trusted-node', location: { latDeg: 31.23, lonDeg: 121.47 }, selected: false, endsRequest: true },
    { id: 'suzhou', label: 'Suzhou', kind: 'trusted-node', location: { latDeg: 31.3, lonDeg: 120.59 }, selected: false, endsRequest: false },
    { id: 'graz', label: 'Graz', kind: 'ground-station', location: { latDeg: 47.07, lonDeg: 15.49 }, selected: false, endsRequest: true },
  ],
  links: [{ id: 'f', kind: 'fiber', source: { latDeg: 31.23, lonDeg: 121.47 }, target: { latDeg: 31.3, lonDeg: 120.59 } }],
  tracks: new Map(),
  footprints: [],
};
const options = { widthPx: 800, heightPx: 600, palette: LIGHT_PALETTE, decorated: true };

describe('worldSvg', () => {
  it('is standalone SVG with the title escaped, a legend, each marker and each link', () => {
    const svg = worldSvg(scene, { ...options, projection: flatExportProjection(scene.markers.map((m) => m.location), 800, 600) });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Shanghai &amp; Graz');
    expect(svg).toContain('Trusted node');
    for (const id of ['shanghai', 'suzhou', 'graz']) expect(svg).toContain(`data-node-id="${id}"`);
    expect(svg).toContain('data-link="f"');
  });

  it('thins labels that would overlap (Suzhou beside Shanghai at world scale) but keeps the request end', () => {
    const svg = worldSvg(scene, { ...options, projection: flatExportProjection([], 800, 600) });
    expect(svg).toContain('data-label="shanghai"');
    expect(svg).not.toContain('data-label="suzhou"');
    expect(svg).toContain('data-label="graz"');
  });

  it('on a globe facing China leaves out what is on the far side', () => {
    const svg = worldSvg(scene, { ...options, projection: globeProjection([-120, -30], 800, 600, 1) });
    expect(svg).toContain('data-node-id="shanghai"');
    const farSide = worldSvg(scene, { ...options, projection: globeProjection([60, -30], 800, 600, 1) });
    expect(farSide).not.toContain('data-node-id="shanghai"');
  });
});
