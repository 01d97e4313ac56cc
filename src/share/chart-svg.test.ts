import { describe, expect, it } from 'vitest';
import { chartSvg, type ChartPicture } from './chart-svg';
import { allElements, parseXml } from './testing/xml-well-formed';

const picture: ChartPicture = {
  title: 'Key rate (bit/s)',
  subtitle: 'Link fiber-1 of request key-1',
  // An axis label that hangs below the plot's own 0–180 box, as the page lets it.
  plotMarkup: '<g class="axis"><path d="M56 150H346"/><text x="56" y="186">simulated time (s)</text></g><path d="M56 140L346 20" stroke="#4e79a7"/>',
  plotBox: { x: -4, y: -4, width: 368, height: 194 },
  legend: [
    { label: 'Alice → Bob', colour: '#4e79a7', mark: 'line' },
    { label: 'Carol → Dave ⚠ QBER > 11 %', colour: '#f28e2b', mark: 'line' },
    { label: 'PLOB bound', colour: 'rgb(91, 100, 117)', mark: 'dashed' },
    { label: 'this link', colour: '#2f6fdb', mark: 'dot' },
    { label: '+2 more not drawn', colour: null, mark: 'none' },
  ],
  colours: { background: '#ffffff', text: '#1d2330', muted: '#5b6475' },
  fontFamily: 'system-ui, "Segoe UI", sans-serif',
};

describe('chartSvg', () => {
  it('gives the title with its unit, the subtitle and every legend name, as well-formed SVG', () => {
    const { svgText } = chartSvg(picture);
    const root = parseXml(svgText);
    const texts = allElements(root).filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['Key rate (bit/s)', 'Link fiber-1 of request key-1', 'simulated time (s)', ...picture.legend.map((l) => l.label)]));
    expect(root.attrs['font-family']).toBe(picture.fontFamily);
    const legend = allElements(root).find((e) => e.attrs.class === 'legend')!;
    expect(legend.children.filter((e) => e.name === 'line').map((e) => e.attrs.stroke)).toEqual(['#4e79a7', '#f28e2b', 'rgb(91, 100, 117)']);
    expect(legend.children.find((e) => e.name === 'line' && e.attrs['stroke-dasharray'])?.attrs.stroke).toBe('rgb(91, 100, 117)');
    expect(legend.children.filter((e) => e.name === 'circle')).toHaveLength(1);
  });

  it('shows the whole plot box, overflowing labels included, between the title and the legend', () => {
    const { svgText, widthPx, heightPx } = chartSvg(picture);
    const root = parseXml(svgText);
    const plot = allElements(root).find((e) => e.attrs.class === 'plot')!;
    const [dx, dy] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(plot.attrs.transform!)!.slice(1).map(Number) as [number, number];
    // The plot box's corners land inside the file.
    expect(picture.plotBox.x + dx).toBeGreaterThanOrEqual(0);
    expect(picture.plotBox.x + picture.plotBox.width + dx).toBeLessThanOrEqual(widthPx);
    const plotBottom = picture.plotBox.y + picture.plotBox.height + dy;
    expect(picture.plotBox.y + dy).toBeGreaterThan(20);
    const legendTop = Math.min(...allElements(root).filter((e) => e.attrs.class === 'legend').flatMap((g) => g.children.filter((c) => c.name === 'text').map((c) => Number(c.attrs.y) - 12)));
    expect(legendTop).toBeGreaterThanOrEqual(plotBottom);
    const legendBottom = Math.max(...allElements(root).filter((e) => e.attrs.class === 'legend').flatMap((g) => g.children.filter((c) => c.name === 'text').map((c) => Number(c.attrs.y) + 4)));
    expect(legendBottom).toBeLessThanOrEqual(heightPx);
  });

  it('wraps a long legend onto more rows instead of running off the side', () => {
    const many = { ...picture, legend: Array.from({ length: 12 }, (_, i) => ({ label: `Request number ${i + 1}`, colour: '#000', mark: 'line' as const })) };
    const { svgText, widthPx } = chartSvg(many);
    const texts = allElements(parseXml(svgText)).find((e) => e.attrs.class === 'legend')!.children.filter((e) => e.name === 'text');
    expect(new Set(texts.map((t) => t.attrs.y)).size).toBeGreaterThan(1);
    for (const t of texts) expect(Number(t.attrs.x) + t.text.length * 12 * 0.56).toBeLessThanOrEqual(widthPx);
  });
});
