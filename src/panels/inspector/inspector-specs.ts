import type { ParamSpec } from '../../scenario/param-spec';

/** Bounds of the request and node fields that are not parameter tables; inspector-specs.test.ts holds them to src/scenario/schema.ts. */
export const demandSpec: ParamSpec = {
  label: 'Application demand', unit: 'bit/s', min: 0, max: 1e12, default: 0,
  help: 'Key the application consumes (AES-256 re-keyed every second: 256 bit/s). 0 takes whatever is made.',
};
export const signalIntensitySpec: ParamSpec = {
  label: 'Signal intensity μ', unit: 'photons', min: 0, max: 10, minExclusive: true, default: 0.5,
  help: 'Mean photon number of the signal pulses.',
  glossary: 'mu',
};
export const blockSpec: ParamSpec = {
  label: 'Block size', unit: 'pulses', min: 1e3, max: 1e18, default: 1e10,
  help: 'Pulses per post-processing block; statistical fluctuations cost key in short blocks.',
  glossary: 'finite-key',
};
export const minFidelitySpec: ParamSpec = {
  label: 'Minimum fidelity', unit: '', min: 0, max: 1, default: 0.9,
  help: 'Fidelity with Φ⁺ the delivered pair must reach: routing takes the best route (by "Route by") that reaches it, and reports no pair when none does.',
};
export const latitudeSpec: ParamSpec = { label: 'Latitude', unit: '°', min: -90, max: 90, default: 0, help: 'North is positive.' };
export const longitudeSpec: ParamSpec = { label: 'Longitude', unit: '°', min: -180, max: 180, default: 0, help: 'East is positive.' };
export const stationAltitudeSpec: ParamSpec = { label: 'Altitude', unit: 'km', min: -0.5, max: 9, default: 0, help: 'Height above sea level: a mountain station sees a satellite a little closer and higher.' };
export const eventStartSpec: ParamSpec = { label: 'From', unit: 's', min: 0, max: 1e8, default: 60, help: 'Simulated time the event starts.' };
export const eventDurationSpec: ParamSpec = { label: 'For', unit: 's', min: 0, max: 1e8, default: 60, help: 'How long it lasts; 0 means until the end of the run.' };
export const runLengthSpec: ParamSpec = {
  label: 'Run length', unit: 's', min: 0, max: 1e8, minExclusive: true, default: 600,
  help: 'Simulated time the run covers, from t = 0.',
};
export const timeStepSpec: ParamSpec = {
  label: 'Time step', unit: 's', min: 0, max: 1e6, minExclusive: true, default: 1,
  help: 'Simulated time between samples; a satellite pass needs steps of seconds, a fixed fiber network can take minutes.',
};
