import type { ScenarioInput } from './schema';

/** What a first-time visitor sees: two stations, 50 km of fiber, one key request. */
export const defaultScenarioInput: ScenarioInput = {
  version: 2,
  name: 'BB84 over 50 km of fiber',
  seed: 1,
  settings: { durationSeconds: 600, timeStepSeconds: 1 },
  nodes: [
    { id: 'alice', label: 'Alice', kind: 'ground-station', position: { x: 80, y: 160 }, params: {} },
    { id: 'bob', label: 'Bob', kind: 'ground-station', position: { x: 480, y: 160 }, params: {} },
  ],
  links: [{ id: 'fiber-1', source: 'alice', target: 'bob', kind: 'fiber', params: { lengthKm: 50 } }],
  requests: [{ id: 'key-1', source: 'alice', target: 'bob', protocol: 'bb84-decoy', params: {} }],
};
