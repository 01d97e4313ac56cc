import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../engine/evaluate';
import { greatCircleKm } from '../geo-distance';
import { parseScenario } from '../validate';
import { chinaEuropeMap } from './china-europe-map';

describe('the Shanghai–Graz map example', () => {
  const parsed = parseScenario(chinaEuropeMap.scenario);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const s = parsed.scenario;
  const where = new Map(s.nodes.map((n) => [n.id, n.location]));

  it('puts every ground node at a place and gives every fibre great-circle × the route factor', () => {
    expect(s.nodes.filter((n) => n.kind !== 'satellite' && !n.location)).toEqual([]);
    const factor = s.settings.routeFactor!;
    for (const link of s.links.filter((l) => l.kind === 'fiber')) {
      const km = greatCircleKm(where.get(link.source)!, where.get(link.target)!);
      expect(link.params.lengthKm).toBeCloseTo(km * factor, 0);
    }
  });

  it('spans the backbone (Beijing to Shanghai about 1,070 km great-circle) and makes key along it hop by hop', () => {
    expect(greatCircleKm(where.get('beijing')!, where.get('shanghai')!)).toBeCloseTo(1068, -1);
    const backbone = evaluateScenario(s).requests.find((r) => r.id === 'beijing-shanghai')!;
    expect(backbone.path).toHaveLength(21);
    expect(backbone.keyRateBitsPerSecond).toBeGreaterThan(3);
  });
});
