import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default-scenario-parsed';
import { schemas } from '../scenario/schema';
import { addEvent, removeEvent, setNodeLocation, setRequestOption, setRequestProtocol } from './request-edits';

describe('request, location and event edits', () => {
  it('switches a request to another protocol with that protocol\'s defaults, keeping ends and demand', () => {
    const s = setRequestOption(defaultScenario(), 'key-1', 'demandBitsPerSecond', 50);
    const next = setRequestProtocol(s, 'key-1', 'tf-qkd');
    expect(next.requests[0]).toMatchObject({ protocol: 'tf-qkd', source: 'alice', target: 'bob', demandBitsPerSecond: 50, params: { charlieDarkCountProbability: 1e-8 } });
    expect(schemas().scenario.safeParse(next).success).toBe(true);
  });

  it('sets and clears options, and ignores values the schema rejects', () => {
    const s = defaultScenario();
    const finite = setRequestOption(s, 'key-1', 'finiteKeyBlockPulses', 1e9);
    expect(finite.requests[0]).toMatchObject({ finiteKeyBlockPulses: 1e9 });
    expect('finiteKeyBlockPulses' in setRequestOption(finite, 'key-1', 'finiteKeyBlockPulses', undefined).requests[0]!).toBe(false);
    expect(setRequestOption(s, 'key-1', 'decoyMethod', 'psychic').requests[0]).toEqual(s.requests[0]);
  });

  it('sets and removes a node location and schedules events', () => {
    const s = setNodeLocation(defaultScenario(), 'alice', { latDeg: 46.2, lonDeg: 6.1 });
    expect(s.nodes[0]!.location).toEqual({ latDeg: 46.2, lonDeg: 6.1 });
    expect(setNodeLocation(s, 'alice', undefined).nodes[0]!.location).toBeUndefined();
    const withEvent = addEvent(s, { kind: 'link-failure', linkId: 'fiber-1', startSeconds: 10 });
    expect(withEvent.events).toHaveLength(1);
    expect(removeEvent(withEvent, 0).events).toHaveLength(0);
  });
});
