import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from '../../scenario/default-scenario';
import type { ParamSpec } from '../../scenario/param-spec';
import type { ScenarioInput } from '../../scenario/schema';
import { parseScenario } from '../../scenario/validate';
import {
  blockSpec, demandSpec, eventDurationSpec, eventStartSpec, latitudeSpec, longitudeSpec, minFidelitySpec, runLengthSpec, signalIntensitySpec, stationAltitudeSpec, timeStepSpec,
} from './inspector-specs';

type Place = (input: ScenarioInput, value: number) => ScenarioInput;
const inRequest = (field: string): Place => (input, value) => ({ ...input, requests: (input.requests ?? []).map((r, i) => (i === 0 ? { ...r, [field]: value } : r)) });
/** minFidelity belongs to entanglement requests only. */
const inEntanglementRequest: Place = (input, value) => {
  const first = input.requests![0]!;
  return { ...input, requests: [{ id: 'pairs', source: first.source, target: first.target, protocol: 'entanglement', params: {}, minFidelity: value }] };
};
const inLocation = (field: 'latDeg' | 'lonDeg' | 'altitudeKm'): Place => (input, value) => ({
  ...input,
  nodes: input.nodes.map((n, i) => (i === 0 ? { ...n, location: { latDeg: 0, lonDeg: 0, [field]: value } } : n)),
});
const inEvent: Place = (input, value) => ({ ...input, events: [{ kind: 'link-failure', linkId: input.links![0]!.id, startSeconds: value }] });
/** An event from t = 0 lasting `value`; 0 means until the end of the run (no endSeconds), as the link inspector builds it. */
const inEventDuration: Place = (input, value) => ({
  ...input,
  events: [{ kind: 'link-failure', linkId: input.links![0]!.id, startSeconds: 0, ...(value === 0 ? {} : { endSeconds: value }) }],
});

/** Each inspector field that is not a parameter table, and where its value lives in a document. */
const FIELDS: [string, ParamSpec, Place][] = [
  ['demand', demandSpec, inRequest('demandBitsPerSecond')],
  ['signal intensity', signalIntensitySpec, inRequest('signalMeanPhotonNumber')],
  ['finite-key block', blockSpec, inRequest('finiteKeyBlockPulses')],
  ['minimum fidelity', minFidelitySpec, inEntanglementRequest],
  ['latitude', latitudeSpec, inLocation('latDeg')],
  ['longitude', longitudeSpec, inLocation('lonDeg')],
  ['station altitude', stationAltitudeSpec, inLocation('altitudeKm')],
  ['event start', eventStartSpec, inEvent],
  ['event duration', eventDurationSpec, inEventDuration],
  // Each with the other setting where the step limit does not bind.
  ['run length', runLengthSpec, (input, value) => ({ ...input, settings: { durationSeconds: value, timeStepSeconds: 1e6 } })],
  ['time step', timeStepSpec, (input, value) => ({ ...input, settings: { durationSeconds: 1e-3, timeStepSeconds: value } })],
];

const accepts = (place: Place, value: number) => parseScenario(place(defaultScenarioInput, value)).ok;

describe('the inspector fields outside the parameter tables take exactly the schema’s bounds', () => {
  for (const [name, spec, place] of FIELDS) {
    it(`${name}: ${spec.minExclusive ? '(' : '['}${spec.min}, ${spec.max}]`, () => {
      const step = (v: number) => Math.max(Math.abs(v) * 1e-9, 1e-9);
      expect(accepts(place, spec.min)).toBe(!spec.minExclusive);
      expect(accepts(place, spec.min + step(spec.min))).toBe(true);
      expect(accepts(place, spec.min - step(spec.min))).toBe(false);
      expect(accepts(place, spec.max)).toBe(true);
      expect(accepts(place, spec.max + step(spec.max))).toBe(false);
      expect(accepts(place, spec.default)).toBe(true);
    });
  }
});
