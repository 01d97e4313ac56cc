import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenario/validate';
import { evaluateScenario } from '../evaluate';

/** Two ground stations joined by a free-space link near BB84's distance limit, with the link's stated scintillation. */
function freeSpacePair(scintillationIndex?: number, lengthKm = 60) {
  const parsed = parseScenario({
    version: 2,
    nodes: [
      { id: 'a', kind: 'ground-station', position: { x: 0, y: 0 }, params: {} },
      { id: 'b', kind: 'ground-station', position: { x: 300, y: 0 }, params: {} },
    ],
    links: [{ id: 'air', source: 'a', target: 'b', kind: 'free-space', params: { lengthKm, receiverApertureM: 0.3, ...(scintillationIndex === undefined ? {} : { scintillationIndex }) } }],
    requests: [{ id: 'k', source: 'a', target: 'b', protocol: 'bb84-decoy', params: {} }],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return evaluateScenario(parsed.scenario, 0);
}

describe('a free-space hop with a stated scintillation index', () => {
  it('left out or 0, the link and its key are exactly as before', () => {
    const before = freeSpacePair();
    const zero = freeSpacePair(0);
    expect(zero.requests[0]!.keyRateBitsPerSecond).toBe(before.requests[0]!.keyRateBitsPerSecond);
    expect(zero.links[0]!.scintillationIndex).toBeUndefined();
  });
  it('keeps the mean loss and changes only the key, which it averages over the fading', () => {
    const steady = freeSpacePair(0);
    const faded = freeSpacePair(1);
    expect(faded.links[0]!.lossDb).toBe(steady.links[0]!.lossDb);
    expect(faded.links[0]!.scintillationIndex).toBe(1);
    expect(faded.requests[0]!.keyRateBitsPerSecond).not.toBe(steady.requests[0]!.keyRateBitsPerSecond);
    expect(faded.requests[0]!.keyRateBitsPerSecond).toBeGreaterThan(0);
  });
});
