import { chartSvg, type ChartLegendEntry } from './chart-svg';

/** Presentation properties that charts take from CSS; copied inline so the file looks the same outside the page. */
const SVG_STYLE_PROPERTIES = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];
/** Room around the plot's drawn extent for strokes, which getBBox leaves out. */
const BOX_PAD_PX = 4;

const transparent = (colour: string) => !colour || colour === 'transparent' || colour === 'rgba(0, 0, 0, 0)';

function backgroundOf(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const colour = getComputedStyle(el).backgroundColor;
    if (!transparent(colour)) return colour;
  }
  return '#ffffff';
}

/** Text of an element with its parts (name, badge) spaced as they show, not run together as textContent has them. */
const spacedText = (element: Element) =>
  [...element.childNodes].map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();

/** A legend item's swatch as a mark: its colour, and dashed or dotted as its CSS paints it. */
function legendEntry(item: HTMLElement): ChartLegendEntry {
  const label = spacedText(item);
  const swatch = item.querySelector('.chart__swatch');
  if (!swatch) return { label, colour: null, mark: 'none' };
  const style = getComputedStyle(swatch);
  const image = style.backgroundImage;
  const colour = !transparent(style.backgroundColor) ? style.backgroundColor : (/rgba?\([^)]*\)/.exec(image)?.[0] ?? null);
  const mark = style.borderRadius === '50%' ? 'dot' : image.includes('repeating') ? 'dashed' : 'line';
  return { label, colour, mark };
}

/** The plot's own markup with computed styles inlined, and any lines the chart drew on its canvas as an image beneath. */
function plotMarkup(svg: SVGSVGElement, canvas: HTMLCanvasElement | null): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [...svg.querySelectorAll('*')];
  const targets = [...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const target = targets[i] as SVGElement | undefined;
    if (!target) return;
    const computed = getComputedStyle(source);
    for (const property of SVG_STYLE_PROPERTIES) target.style.setProperty(property, computed.getPropertyValue(property));
  });
  // The page's text colour reaches axis ticks through currentColor; the file has no page around it.
  const colour = getComputedStyle(svg).color;
  const serializer = new XMLSerializer();
  const children = [...clone.children].map((c) => serializer.serializeToString(c)).join('');
  const onCanvas = canvas && Number(canvas.dataset.lines ?? 0) > 0;
  const box = svg.getBoundingClientRect();
  const image = onCanvas ? `<image x="0" y="0" width="${box.width}" height="${box.height}" href="${canvas.toDataURL('image/png')}"/>` : '';
  return `<g color="${colour}">${image}${children}</g>`;
}

/** The extent of everything the plot draws (tick and axis labels overflow its box on the page) joined with its box. */
function plotBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const view = svg.viewBox.baseVal;
  const page = svg.getBoundingClientRect();
  const frame = view && view.width > 0 ? { x: view.x, y: view.y, width: view.width, height: view.height } : { x: 0, y: 0, width: page.width, height: page.height };
  // Some browsers throw for a plot that is not rendered; its frame is then all there is.
  let drawn: { x: number; y: number; width: number; height: number } = frame;
  try {
    drawn = svg.getBBox();
  } catch {
    // keep the frame
  }
  const x = Math.min(frame.x, drawn.x) - BOX_PAD_PX;
  const y = Math.min(frame.y, drawn.y) - BOX_PAD_PX;
  const right = Math.max(frame.x + frame.width, drawn.x + drawn.width) + BOX_PAD_PX;
  const bottom = Math.max(frame.y + frame.height, drawn.y + drawn.height) + BOX_PAD_PX;
  return { x, y, width: right - x, height: bottom - y };
}

/** A page chart (a figure.chart) as a standalone SVG: its title and unit, the whole plot with its axes, its legend. */
export function chartFigureToSvg(figure: HTMLElement): { svgText: string; widthPx: number; heightPx: number } {
  const svg = figure.querySelector<SVGSVGElement>('.chart__plot svg') ?? figure.querySelector<SVGSVGElement>('svg');
  if (!svg || svg.childElementCount === 0) throw new Error('the chart has nothing drawn yet');
  const caption = figure.querySelector('.chart__title') ?? figure.querySelector('figcaption');
  let title = caption ? spacedText(caption) : (figure.getAttribute('aria-label') ?? 'Chart');
  if (svg.dataset.scale === 'log' && !/\blog\b/.test(title)) title += ', log scale';
  const root = getComputedStyle(document.documentElement);
  const style = getComputedStyle(figure);
  return chartSvg({
    title,
    subtitle: figure.querySelector('.chart__subtitle')?.textContent?.trim() || null,
    plotMarkup: plotMarkup(svg, figure.querySelector<HTMLCanvasElement>('canvas.chart__canvas')),
    plotBox: plotBox(svg),
    legend: [...figure.querySelectorAll<HTMLElement>('.chart__legend li')].map(legendEntry),
    colours: { background: backgroundOf(figure), text: style.color, muted: root.getPropertyValue('--muted').trim() || style.color },
    fontFamily: style.fontFamily,
  });
}
