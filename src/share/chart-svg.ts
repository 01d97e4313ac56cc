import { escapeXml, svgAttrs, textWidth, round } from './svg-text';

/** One legend entry: a request (or curve) name and how its line looks. */
export interface ChartLegendEntry {
  label: string;
  colour: string | null;
  mark: 'line' | 'dashed' | 'dot' | 'none';
}

/** What a chart file shows, gathered from the page's chart (chart-export.ts) or made up by a test. */
export interface ChartPicture {
  /** The chart's title with its unit, as its caption says it: "Key rate (bit/s)". */
  title: string;
  subtitle: string | null;
  /** The plot's SVG markup, in its own coordinates, styles inlined. */
  plotMarkup: string;
  /** The part of the plot's coordinates that holds all of it, axis labels included. */
  plotBox: { x: number; y: number; width: number; height: number };
  legend: readonly ChartLegendEntry[];
  colours: { background: string; text: string; muted: string };
  fontFamily: string;
}

const PAD = 12;
const TITLE_SIZE_PX = 14;
const SUBTITLE_SIZE_PX = 11;
const LEGEND_SIZE_PX = 12;
const LEGEND_ROW_PX = 20;
const SWATCH_PX = 16;


function legendMark(entry: ChartLegendEntry, x: number, y: number): string {
  if (entry.mark === 'none' || !entry.colour) return '';
  if (entry.mark === 'dot') return `<circle ${svgAttrs({ cx: x + SWATCH_PX / 2, cy: y, r: 4, fill: entry.colour })}/>`;
  return `<line ${svgAttrs({ x1: x, y1: y, x2: x + SWATCH_PX, y2: y, stroke: entry.colour, 'stroke-width': 3, 'stroke-dasharray': entry.mark === 'dashed' ? '4 3' : null })}/>`;
}

/**
 * A chart as a standalone SVG file: title with unit (and subtitle), the whole plot with its axes and axis labels
 * (the box is given, so nothing the page let overflow is cut off), and the legend below, wrapped to the width.
 */
export function chartSvg(picture: ChartPicture): { svgText: string; widthPx: number; heightPx: number } {
  const { plotBox: box, colours } = picture;
  const titleWidth = textWidth(picture.title, TITLE_SIZE_PX, true);
  const widthPx = Math.ceil(Math.max(box.width, titleWidth, 200) + 2 * PAD);
  let y = PAD + TITLE_SIZE_PX;
  const parts = [`<text ${svgAttrs({ x: PAD, y, 'font-size': TITLE_SIZE_PX, 'font-weight': 600, fill: colours.text })}>${escapeXml(picture.title)}</text>`];
  if (picture.subtitle) {
    y += SUBTITLE_SIZE_PX + 6;
    parts.push(`<text ${svgAttrs({ x: PAD, y, 'font-size': SUBTITLE_SIZE_PX, fill: colours.muted })}>${escapeXml(picture.subtitle)}</text>`);
  }
  y += 8;
  parts.push(`<g class="plot" transform="translate(${round(PAD - box.x)} ${round(y - box.y)})">${picture.plotMarkup}</g>`);
  y += box.height + 4;

  // Legend entries flow left to right and wrap, like the page's flex-wrapped list.
  const legend: string[] = [];
  let x = PAD;
  let rowY = y + LEGEND_ROW_PX / 2;
  for (const entry of picture.legend) {
    const markWidth = entry.mark === 'none' ? 0 : SWATCH_PX + 6;
    const itemWidth = markWidth + textWidth(entry.label, LEGEND_SIZE_PX) + 14;
    if (x > PAD && x + itemWidth > widthPx - PAD) {
      x = PAD;
      rowY += LEGEND_ROW_PX;
    }
    legend.push(
      legendMark(entry, x, rowY) +
        `<text ${svgAttrs({ x: round(x + markWidth), y: round(rowY + 4), 'font-size': LEGEND_SIZE_PX, fill: entry.mark === 'none' ? colours.muted : colours.text })}>${escapeXml(entry.label)}</text>`,
    );
    x += itemWidth;
  }
  const heightPx = Math.ceil((picture.legend.length > 0 ? rowY + LEGEND_ROW_PX / 2 : y) + PAD);
  const svgText =
    // No XML declaration: it is optional for UTF-8, and a file that starts with <svg is what other tools sniff for.
    `<svg xmlns="http://www.w3.org/2000/svg" ${svgAttrs({ width: widthPx, height: heightPx, viewBox: `0 0 ${widthPx} ${heightPx}`, 'font-family': picture.fontFamily })}>` +
    `<title>${escapeXml(picture.title)}</title>` +
    `<rect ${svgAttrs({ width: widthPx, height: heightPx, fill: colours.background })}/>` +
    parts.join('') +
    `<g class="legend">${legend.join('')}</g>` +
    `</svg>\n`;
  return { svgText, widthPx, heightPx };
}
