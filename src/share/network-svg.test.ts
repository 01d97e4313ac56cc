import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../engine/evaluate';
import { linkOverlays } from '../format/link-overlay';
import { LIGHT_PALETTE } from '../format/link-paint';
import { parseScenario } from '../scenario/validate';
import { networkSvg } from './network-svg';
import { everyLinkLook as input } from './testing/every-link-look';
import { allElements, parseXml } from './testing/xml-well-formed';

function drawn() {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const scenario = parsed.scenario;
  const overlays = linkOverlays(evaluateScenario(scenario, 300));
  return { scenario, overlays, ...networkSvg(scenario, overlays, LIGHT_PALETTE) };
}

describe('networkSvg', () => {
  it('has every link look in its scenario', () => {
    const { overlays } = drawn();
    const o = (id: string) => overlays.get(id)!;
    expect(o('clean').keyRateBitsPerSecond).toBeGreaterThan(0);
    expect(o('tapped')).toMatchObject({ qberAlarm: true, keyRateBitsPerSecond: 0 });
    expect(o('cut').status.kind).toBe('failed');
    expect(o('too-long').keyRateBitsPerSecond).toBe(0);
    expect(o('down-graz').status).toMatchObject({ kind: 'up' });
    expect(o('down-xinglong').status.kind).toBe('dark');
  });

  it('is well-formed XML of plain shapes: one line per link, one group per node, no foreignObject or HTML', () => {
    const { scenario, svgText } = drawn();
    const root = parseXml(svgText);
    const elements = allElements(root);
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(elements.map((e) => e.name).filter((n) => !['svg', 'title', 'g', 'line', 'rect', 'path', 'circle', 'text', 'defs', 'linearGradient', 'stop'].includes(n))).toEqual([]);
    expect(svgText).not.toMatch(/foreignObject|xhtml/i);
    const links = elements.filter((e) => 'data-link-id' in e.attrs);
    expect(links.map((e) => e.attrs['data-link-id']).sort()).toEqual(scenario.links.map((l) => l.id).sort());
    expect(links.every((e) => e.name === 'line')).toBe(true);
    const nodes = elements.filter((e) => 'data-node-id' in e.attrs);
    expect(nodes.map((e) => e.attrs['data-node-id']).sort()).toEqual(scenario.nodes.map((n) => n.id).sort());
    // The title and names come through escaped and read back intact.
    expect(root.children.find((e) => e.name === 'title')?.text).toBe(scenario.name);
    expect(nodes.flatMap((n) => n.children.filter((c) => c.name === 'text').map((c) => c.text))).toContain('Satellite (500 km)');
  });

  it('strokes each link as the canvas does: rate colour, failed and no-key red dashes, a dotted dark link, the QBER badge', () => {
    const { svgText } = drawn();
    const elements = allElements(parseXml(svgText));
    const line = (id: string) => elements.find((e) => e.attrs['data-link-id'] === id)!.attrs;
    const label = (id: string) => allElements(elements.find((e) => e.attrs['data-label-for'] === id)!).filter((e) => e.name === 'text').map((e) => e.text);
    const p = LIGHT_PALETTE;
    expect(line('clean').stroke).not.toBe(p.fiber);
    expect(line('clean')['stroke-dasharray']).toBeUndefined();
    expect(Number(line('clean')['stroke-width'])).toBeGreaterThan(4);
    expect(line('tapped')).toMatchObject({ stroke: p.danger, 'stroke-dasharray': '3 3' });
    expect(label('tapped')).toContain('⚠ QBER');
    expect(label('clean')).not.toContain('⚠ QBER');
    expect(line('cut')).toMatchObject({ stroke: p.danger, 'stroke-dasharray': '8 5', opacity: '0.9' });
    expect(label('cut')).toContain('✕ failed');
    expect(line('too-long')).toMatchObject({ stroke: p.danger, 'stroke-dasharray': '3 3' });
    expect(line('down-xinglong')).toMatchObject({ stroke: p.muted, 'stroke-dasharray': '1 6', opacity: '0.55' });
    expect(label('down-xinglong')).toContain('not in view');
    expect(line('down-graz')['stroke-dasharray']).toBe('6 4');
    expect(label('down-graz').join(' ')).toMatch(/∠ \d+°/);
  });

  it('fits every node inside its view box, below the title and above the legend', () => {
    const { scenario, svgText, widthPx, heightPx } = drawn();
    const root = parseXml(svgText);
    const [x, y, w, h] = root.attrs.viewBox!.split(' ').map(Number) as [number, number, number, number];
    expect([w, h]).toEqual([widthPx, heightPx]);
    for (const n of scenario.nodes) {
      expect(n.position.x).toBeGreaterThanOrEqual(x + 40);
      expect(n.position.y).toBeGreaterThanOrEqual(y + 40);
      expect(n.position.x + 120).toBeLessThanOrEqual(x + w - 40);
      expect(n.position.y + 72).toBeLessThanOrEqual(y + h - 40);
    }
  });

  it('draws an empty network as a title and legend', () => {
    const { scenario } = drawn();
    const { svgText } = networkSvg({ ...scenario, nodes: [], links: [], requests: [], events: [] }, new Map());
    const elements = allElements(parseXml(svgText));
    expect(elements.some((e) => 'data-node-id' in e.attrs || 'data-link-id' in e.attrs)).toBe(false);
    expect(elements.some((e) => e.attrs.class === 'legend')).toBe(true);
  });
});

describe('parseXml', () => {
  it('refuses what a browser would refuse', () => {
    for (const bad of ['<a><b></a></b>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a>1 < 2</a>', '<a/><b/>', '<a x=1/>', '<a>', 'text<a/>', '<a y="<"/>']) {
      expect(() => parseXml(bad), bad).toThrow(/not well-formed/);
    }
    expect(parseXml('<?xml version="1.0"?>\n<a q="&quot;&#65;&#x42;"><!-- c --><b/>t&amp;</a>\n')).toMatchObject({ name: 'a', attrs: { q: '"AB' }, text: 't&' });
  });
});
