import type { Scenario, ScenarioLink, ScenarioNode } from '../scenario/schema';
import { formatBitsPerSecond, formatLengthKm } from '../format/format-units';
import { linkLook } from '../format/link-look';
import type { LinkOverlay } from '../format/link-overlay';
import { LINK_DASH, LIGHT_PALETTE, linkPaint, type Palette } from '../format/link-paint';
import { linkRateColour } from '../format/link-rate-colour';
import { NODE_KIND_GLYPHS } from '../format/node-kind-glyphs';
import { NODE_KIND_LOOK } from '../format/node-kinds';
import { escapeXml, svgAttrs, textWidth, round } from './svg-text';

/** A station box as the canvas draws it (app.css .station): at least this wide, this tall, in canvas units. */
const NODE_MIN_WIDTH = 120;
const NODE_HEIGHT = 72;
const MARGIN = 40;
const TITLE_HEIGHT = 36;
const LEGEND_HEIGHT = 76;
const LEGEND_WIDTH = 640;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";


interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the canvas puts a node: its position is the top-left corner and the box grows with its name. */
function nodeBox(node: ScenarioNode): Box {
  const width = Math.max(NODE_MIN_WIDTH, textWidth(node.label || node.id, 14, true) + 24);
  return { x: node.position.x, y: node.position.y, width, height: NODE_HEIGHT };
}

function drawNode(node: ScenarioNode, box: Box, palette: Palette): string {
  const look = NODE_KIND_LOOK[node.kind];
  const centreX = box.x + box.width / 2;
  const glyph = NODE_KIND_GLYPHS[node.kind]
    .map((s) => `<${s.tag} ${svgAttrs(Object.fromEntries(Object.entries(s.attrs).map(([k, v]) => [k, v === 'currentColor' ? palette.accent : v])))}/>`)
    .join('');
  return (
    `<g data-node-id="${escapeXml(node.id)}">` +
    `<rect ${svgAttrs({ x: round(box.x), y: round(box.y), width: round(box.width), height: box.height, rx: 10, fill: palette.panel, stroke: palette.border, 'stroke-width': 2 })}/>` +
    `<g transform="translate(${round(centreX - 14)} ${round(box.y + 6)}) scale(${28 / 24})">${glyph}</g>` +
    `<text ${svgAttrs({ x: round(centreX), y: round(box.y + 50), 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 600, fill: palette.text })}>${escapeXml(node.label || node.id)}</text>` +
    `<text ${svgAttrs({ x: round(centreX), y: round(box.y + 64), 'text-anchor': 'middle', 'font-size': 11, fill: palette.muted })}>${escapeXml(look.name)}</text>` +
    `</g>`
  );
}

/** The label's words, as the canvas's link label says them: length, loss, state or elevation, rate. */
function labelWords(link: ScenarioLink, overlay: LinkOverlay | undefined): { text: string; state: string | null } {
  const status = overlay?.status;
  // As on the canvas: a satellite link (it has an elevation) is as long as its slant range now.
  const satellite = overlay && status && status.kind !== 'failed' && status.elevationDeg !== null;
  const words = [formatLengthKm(satellite ? overlay.lengthKm : link.params.lengthKm)];
  if (status?.kind === 'failed') return { text: words[0]!, state: '✕ failed' };
  if (status?.kind === 'dark') return { text: words[0]!, state: status.elevationDeg === null ? 'no light' : 'not in view' };
  if (overlay?.lossDb != null) words.push(`${overlay.lossDb.toFixed(1)} dB`);
  if (status?.elevationDeg != null) words.push(`∠ ${status.elevationDeg.toFixed(0)}°`);
  if (overlay?.keyRateBitsPerSecond != null) words.push(formatBitsPerSecond(overlay.keyRateBitsPerSecond));
  return { text: words.join(' · '), state: null };
}

function drawLinkLabel(link: ScenarioLink, overlay: LinkOverlay | undefined, at: { x: number; y: number }, palette: Palette): string {
  const { text, state } = labelWords(link, overlay);
  const failed = overlay?.status.kind === 'failed';
  const dark = overlay?.status.kind === 'dark';
  const parts = [text, ...(state ? [state] : []), ...(overlay?.qberAlarm ? ['⚠ QBER'] : [])];
  const widths = parts.map((p, i) => textWidth(p, 11, i > 0) + 10);
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (parts.length - 1);
  let x = at.x - total / 2;
  const y = at.y - 9;
  const boxes = parts.map((part, i) => {
    const isAlarm = overlay?.qberAlarm && i === parts.length - 1;
    const isState = state !== null && i === 1;
    const fill = isAlarm || (isState && failed) ? palette.warnBg : palette.panel;
    const stroke = isAlarm || failed ? palette.danger : palette.border;
    const colour = isAlarm || (isState && failed) ? palette.danger : isState && dark ? palette.muted : palette.text;
    const box =
      `<rect ${svgAttrs({ x: round(x), y: round(y), width: round(widths[i]!), height: 18, rx: 4, fill, stroke, 'stroke-dasharray': dark ? '3 2' : null })}/>` +
      `<text ${svgAttrs({ x: round(x + widths[i]! / 2), y: round(y + 13), 'text-anchor': 'middle', 'font-size': 11, 'font-weight': i > 0 ? 600 : null, fill: colour })}>${escapeXml(part)}</text>`;
    x += widths[i]! + 2;
    return box;
  });
  return `<g class="link-label" data-label-for="${escapeXml(link.id)}">${boxes.join('')}</g>`;
}

/** A stroke sample and its words, for the legend. */
function legendLine(x: number, y: number, label: string, stroke: string, dash: string | null, palette: Palette, opacity = 1): string {
  return (
    `<line ${svgAttrs({ x1: x, y1: y, x2: x + 28, y2: y, stroke, 'stroke-width': 3, 'stroke-dasharray': dash, opacity })}/>` +
    `<text ${svgAttrs({ x: x + 34, y: y + 4, 'font-size': 11, fill: palette.text })}>${escapeXml(label)}</text>`
  );
}

/** What the link colours and dashes mean: the key-rate ramp (1 bit/s to 1 Mbit/s, log) and the kinds and states. */
function drawLegend(x: number, y: number, palette: Palette): string {
  const stops = Array.from({ length: 7 }, (_, decade) => `<stop offset="${decade / 6}" stop-color="${linkRateColour(10 ** decade)}"/>`).join('');
  const ticks = [
    [0, '1 bit/s'],
    [0.5, '1 kbit/s'],
    [1, '1 Mbit/s'],
  ] as const;
  const rampWidth = 180;
  const row2 = y + 40;
  return (
    `<g class="legend">` +
    `<defs><linearGradient id="key-rate-ramp" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient></defs>` +
    `<text ${svgAttrs({ x, y: y + 4, 'font-size': 11, 'font-weight': 600, fill: palette.text })}>Key rate</text>` +
    `<rect ${svgAttrs({ x: x + 60, y: y - 4, width: rampWidth, height: 8, rx: 2, fill: 'url(#key-rate-ramp)' })}/>` +
    ticks.map(([at, words]) => `<text ${svgAttrs({ x: x + 60 + at * rampWidth, y: y + 18, 'font-size': 10, 'text-anchor': at === 0 ? 'start' : at === 1 ? 'end' : 'middle', fill: palette.muted })}>${words}</text>`).join('') +
    `<text ${svgAttrs({ x: x + 260, y: y + 4, 'font-size': 11, fill: palette.muted })}>line width grows with the rate; ⚠ QBER above 11 %: no key</text>` +
    legendLine(x, row2, 'fiber', palette.fiber, LINK_DASH.fiber, palette) +
    legendLine(x + 80, row2, 'free-space', palette.freeSpace, LINK_DASH['free-space'], palette) +
    legendLine(x + 190, row2, 'no key', palette.danger, LINK_DASH['no-key'], palette) +
    legendLine(x + 280, row2, 'failed', palette.danger, LINK_DASH.failed, palette, 0.9) +
    legendLine(x + 360, row2, 'not in view', palette.muted, LINK_DASH.dark, palette, 0.55) +
    `</g>`
  );
}

export interface NetworkSvg {
  svgText: string;
  widthPx: number;
  heightPx: number;
}

/**
 * The network as a standalone SVG: each link a line stroked by the canvas's rules (linkLook) from the engine's
 * current answer, each node its box, icon and name at its document position, a title and a legend. Plain shapes
 * and text only, so vector editors open it and it draws the same wherever it is opened.
 */
export function networkSvg(scenario: Scenario, overlays: ReadonlyMap<string, LinkOverlay>, palette: Palette = LIGHT_PALETTE): NetworkSvg {
  const boxes = new Map(scenario.nodes.map((n) => [n.id, nodeBox(n)]));
  const all = [...boxes.values()];
  const minX = all.length ? Math.min(...all.map((b) => b.x)) : 0;
  const minY = all.length ? Math.min(...all.map((b) => b.y)) : 0;
  const maxX = all.length ? Math.max(...all.map((b) => b.x + b.width)) : NODE_MIN_WIDTH;
  const maxY = all.length ? Math.max(...all.map((b) => b.y + b.height)) : NODE_HEIGHT;
  // Labels sit at link midpoints, which lie within the nodes' bounds; the drawing's own width also fits the legend.
  const contentWidth = Math.max(maxX - minX, LEGEND_WIDTH);
  const widthPx = Math.ceil(contentWidth + 2 * MARGIN);
  const heightPx = Math.ceil(maxY - minY + 2 * MARGIN + TITLE_HEIGHT + LEGEND_HEIGHT);
  const left = minX - MARGIN - (contentWidth - (maxX - minX)) / 2;
  const top = minY - MARGIN - TITLE_HEIGHT;
  const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

  const lines: string[] = [];
  const labels: string[] = [];
  for (const link of scenario.links) {
    const a = boxes.get(link.source);
    const b = boxes.get(link.target);
    if (!a || !b) continue;
    const overlay = overlays.get(link.id);
    const paint = linkPaint(link.kind, linkLook(link.kind, overlay, false, false), palette);
    const [p, q] = [centre(a), centre(b)];
    lines.push(
      `<line ${svgAttrs({ 'data-link-id': link.id, x1: round(p.x), y1: round(p.y), x2: round(q.x), y2: round(q.y), stroke: paint.stroke, 'stroke-width': round(paint.strokeWidth), 'stroke-dasharray': paint.dash, 'stroke-linecap': paint.dash === LINK_DASH.dark ? 'round' : null, opacity: paint.opacity === 1 ? null : paint.opacity })}/>`,
    );
    labels.push(drawLinkLabel(link, overlay, { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }, palette));
  }
  const nodes = scenario.nodes.map((n) => drawNode(n, boxes.get(n.id)!, palette));

  const svgText =
    // No XML declaration: it is optional for UTF-8, and a file that starts with <svg is what other tools sniff for.
    `<svg xmlns="http://www.w3.org/2000/svg" ${svgAttrs({ width: widthPx, height: heightPx, viewBox: `${round(left)} ${round(top)} ${widthPx} ${heightPx}`, 'font-family': FONT })}>` +
    `<title>${escapeXml(scenario.name)}</title>` +
    `<rect ${svgAttrs({ x: round(left), y: round(top), width: widthPx, height: heightPx, fill: palette.bg })}/>` +
    `<text ${svgAttrs({ x: round(left + MARGIN), y: round(top + MARGIN - 6), 'font-size': 18, 'font-weight': 600, fill: palette.text })}>${escapeXml(scenario.name)}</text>` +
    `<g class="links" fill="none">${lines.join('')}</g>` +
    `<g class="link-labels">${labels.join('')}</g>` +
    `<g class="nodes">${nodes.join('')}</g>` +
    drawLegend(round(left + MARGIN), round(maxY + MARGIN + 14), palette) +
    `</svg>\n`;
  return { svgText, widthPx, heightPx };
}
