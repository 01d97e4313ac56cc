import * as d3 from 'd3';
import type { Palette } from '../../format/link-paint';
import type { NodeKind } from '../../scenario/schema';
import { escapeXml, round, svgAttrs } from '../../share/svg-text';
import { footprintPolygon, type Footprint } from './footprints';
import { estimateLabelWidthPx, LABEL_HEIGHT_PX, LABEL_OFFSET_PX, labelPriority, thinLabels } from './label-thinning';
import type { Land } from './load-land';
import type { GeoLocation } from './map-projection';

export interface WorldMarker {
  id: string;
  label: string;
  kind: NodeKind;
  location: GeoLocation;
  selected: boolean;
  endsRequest: boolean;
  /** Shown after the name, e.g. a satellite's key on board. */
  note?: string;
}

export interface WorldLink {
  id: string;
  kind: 'fiber' | 'free-space';
  source: GeoLocation;
  target: GeoLocation;
}

/** Everything drawn on the globe or an exported map, in geographic terms. */
export interface WorldScene {
  title: string;
  land: Land | null;
  markers: readonly WorldMarker[];
  links: readonly WorldLink[];
  tracks: ReadonlyMap<string, readonly GeoLocation[]>;
  footprints: readonly Footprint[];
}

export const KIND_FILL: Record<NodeKind, string> = { 'ground-station': '#59a14f', 'trusted-node': '#2f6fdb', repeater: '#f28e2b', satellite: '#b07aa1' };

export interface WorldSvgOptions {
  projection: d3.GeoProjection;
  widthPx: number;
  heightPx: number;
  palette: Palette;
  /** Draw the title and legend (exports); the live globe leaves them to the page. */
  decorated: boolean;
}

/** Whether a point faces the viewer: always on a flat map; on an orthographic globe, within 90° of its centre. */
function visible(projection: d3.GeoProjection, p: GeoLocation): boolean {
  // d3 reports an unclipped projection's angle as 0 (or null).
  const clip = projection.clipAngle();
  if (!clip) return true;
  const [lambda, phi] = projection.rotate();
  return d3.geoDistance([p.lonDeg, p.latDeg], [-lambda, -phi]) < (clip * Math.PI) / 180;
}

/**
 * The network on the world as standalone SVG text: ocean, graticule, land, footprints, ground tracks, links as
 * great-circle arcs, and fixed-size markers whose labels are thinned so none overlap. One drawing for the globe on
 * screen and for map and globe exports, so what is saved is what was seen.
 */
export function worldSvg(scene: WorldScene, options: WorldSvgOptions): string {
  const { widthPx, heightPx } = options;
  return `<svg xmlns="http://www.w3.org/2000/svg" ${svgAttrs({ width: widthPx, height: heightPx, viewBox: `0 0 ${widthPx} ${heightPx}` })}>${worldBase(scene.land, options)}${worldOverlay(scene, options)}</svg>`;
}

/** What changes only when the view turns or zooms: background, sphere, graticule and land (the costly part to draw). */
export function worldBase(land: Land | null, { projection, widthPx, heightPx, palette }: WorldSvgOptions): string {
  const path = d3.geoPath(projection);
  const d = (object: d3.GeoPermissibleObjects) => path(object) ?? '';
  const parts: string[] = [];
  parts.push(`<rect ${svgAttrs({ width: widthPx, height: heightPx, fill: palette.bg })}/>`);
  parts.push(`<path ${svgAttrs({ d: d({ type: 'Sphere' }), fill: '#d6e4f2', stroke: palette.muted, 'stroke-width': 0.8 })}/>`);
  parts.push(`<path ${svgAttrs({ d: d(d3.geoGraticule10()), fill: 'none', stroke: palette.border, 'stroke-width': 0.5 })}/>`);
  if (land) parts.push(`<path data-testid="globe-land" ${svgAttrs({ d: d(land), fill: '#e4dcc5', stroke: palette.muted, 'stroke-width': 0.6 })}/>`);
  return parts.join('');
}

/** The network over the world: footprints, tracks, links, markers, labels (and, for exports, title and legend). */
export function worldOverlay(scene: WorldScene, { projection, heightPx, palette, decorated }: WorldSvgOptions): string {
  const path = d3.geoPath(projection);
  const d = (object: d3.GeoPermissibleObjects) => path(object) ?? '';
  const parts: string[] = [];
  for (const f of scene.footprints) {
    parts.push(`<path ${svgAttrs({ 'data-footprint': f.satelliteId, d: d(footprintPolygon(f)), fill: palette.freeSpace, 'fill-opacity': 0.14, stroke: palette.freeSpace, 'stroke-width': 1 })}><title>${escapeXml(`Seen at ≥ ${f.minElevationDeg}° elevation`)}</title></path>`);
  }
  for (const [id, points] of scene.tracks) {
    const line = { type: 'LineString' as const, coordinates: points.map((p) => [p.lonDeg, p.latDeg]) };
    parts.push(`<path ${svgAttrs({ 'data-track': id, d: d(line), fill: 'none', stroke: palette.freeSpace, 'stroke-width': 1.5, 'stroke-dasharray': '5 4', opacity: 0.8 })}/>`);
  }
  for (const link of scene.links) {
    const line = { type: 'LineString' as const, coordinates: [[link.source.lonDeg, link.source.latDeg], [link.target.lonDeg, link.target.latDeg]] };
    const dashed = link.kind === 'free-space' ? '6 4' : null;
    parts.push(`<path ${svgAttrs({ 'data-link': link.id, d: d(line), fill: 'none', stroke: link.kind === 'fiber' ? palette.fiber : palette.freeSpace, 'stroke-width': 2.5, 'stroke-dasharray': dashed })}/>`);
  }
  const placed = scene.markers.flatMap((m) => {
    const xy = visible(projection, m.location) ? projection([m.location.lonDeg, m.location.latDeg]) : null;
    return xy ? [{ m, x: xy[0], y: xy[1], text: m.note ? `${m.label} · ${m.note}` : m.label }] : [];
  });
  const shown = thinLabels(placed.map(({ m, x, y, text }) => ({ id: m.id, x, y, width: estimateLabelWidthPx(text), height: LABEL_HEIGHT_PX, priority: labelPriority(m.kind, m.selected, m.endsRequest) })));
  for (const { m, x, y } of placed) {
    const shape = m.kind === 'satellite'
      ? `<rect ${svgAttrs({ x: round(x - 6), y: round(y - 6), width: 12, height: 12, transform: `rotate(45 ${round(x)} ${round(y)})` })}/>`
      : `<circle ${svgAttrs({ cx: round(x), cy: round(y), r: 6 })}/>`;
    parts.push(`<g ${svgAttrs({ 'data-node-id': m.id, 'data-testid': `globe-marker-${m.id}`, fill: KIND_FILL[m.kind], stroke: m.selected ? palette.text : palette.panel, 'stroke-width': m.selected ? 3 : 2, cursor: 'pointer' })}><title>${escapeXml(m.label)}</title>${shape}</g>`);
  }
  for (const { m, x, y, text } of placed) {
    if (!shown.has(m.id)) continue;
    parts.push(`<text ${svgAttrs({ 'data-label': m.id, x: round(x + LABEL_OFFSET_PX + 4), y: round(y + 4), 'font-family': 'system-ui, sans-serif', 'font-size': 12, 'font-weight': 600, fill: palette.text, stroke: palette.panel, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' })}>${escapeXml(text)}</text>`);
  }
  if (decorated) {
    parts.push(`<text ${svgAttrs({ x: 16, y: 26, 'font-family': 'system-ui, sans-serif', 'font-size': 16, 'font-weight': 700, fill: palette.text })}>${escapeXml(scene.title)}</text>`);
    const legend: [string, string][] = [['Ground station', KIND_FILL['ground-station']], ['Trusted node', KIND_FILL['trusted-node']], ['Repeater', KIND_FILL.repeater], ['Satellite', KIND_FILL.satellite]];
    legend.forEach(([name, fill], i) => {
      const y = heightPx - 16 - (legend.length - 1 - i) * 18;
      parts.push(`<circle ${svgAttrs({ cx: 22, cy: y - 4, r: 5, fill })}/><text ${svgAttrs({ x: 34, y, 'font-family': 'system-ui, sans-serif', 'font-size': 12, fill: palette.text })}>${name}</text>`);
    });
  }
  return parts.join('');
}

/** The globe centred on [lon, lat] (d3 rotate = [−lon, −lat]) filling `size`, zoomed `zoom` times. */
export function globeProjection(rotation: [number, number], widthPx: number, heightPx: number, zoom: number): d3.GeoProjection {
  const radius = (Math.min(widthPx, heightPx) / 2 - 8) * zoom;
  return d3.geoOrthographic().rotate(rotation).scale(radius).translate([widthPx / 2, heightPx / 2]).clipAngle(90).precision(0.5);
}

/** A flat (equirectangular) map framing the given places with a margin, or the whole world when there are none. */
export function flatExportProjection(places: readonly GeoLocation[], widthPx: number, heightPx: number): d3.GeoProjection {
  const projection = d3.geoEquirectangular();
  if (places.length === 0) return projection.fitSize([widthPx, heightPx], { type: 'Sphere' });
  const points = { type: 'MultiPoint' as const, coordinates: places.map((p) => [p.lonDeg, p.latDeg]) };
  projection.fitExtent([[60, 60], [widthPx - 160, heightPx - 60]], points);
  // Never closer than a few degrees across, so a single city still shows its surroundings.
  const minScale = Math.min(widthPx, heightPx) / ((8 * Math.PI) / 180);
  if (projection.scale() > minScale) {
    const centre = d3.geoCentroid(points);
    projection.scale(minScale).center(centre).translate([widthPx / 2, heightPx / 2]);
  }
  return projection;
}
