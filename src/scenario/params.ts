import type { ParamSpecs } from './param-spec';

// Detector and source defaults are the "GYS" set used by Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), Table I
// (from Gobby, Yuan, Shields, APL 84, 3762 (2004)), so the default scenario reproduces a published curve.

/** A station that sends weak coherent pulses and detects them: ground stations and trusted nodes. */
export const terminalParamSpecs = {
  detectorEfficiency: {
    label: 'Detector efficiency', unit: '', min: 0, max: 1, minExclusive: true, default: 0.045,
    help: "Probability that a photon reaching the receiver is detected, including the receiver's internal optics (GYS η_Bob = 4.5 %).",
  },
  darkCountProbability: {
    label: 'Dark-count probability', unit: 'per gate', min: 0, max: 0.5, default: 1.7e-6,
    help: 'Probability of a click with no signal photon in one detection gate (GYS Y₀ = 1.7×10⁻⁶).',
  },
  repetitionRateHz: {
    label: 'Pulse repetition rate', unit: 'Hz', min: 1, max: 1e11, default: 2e6,
    help: 'Pulses sent per second. Key rate per second = key per pulse × this rate.',
  },
} satisfies ParamSpecs;

export const repeaterParamSpecs = {
  coherenceTimeSeconds: {
    label: 'Memory coherence time', unit: 's', min: 0, max: 1e6, minExclusive: true, default: 1,
    help: 'Time over which a stored qubit dephases (T₂).',
  },
  memoryEfficiency: {
    label: 'Memory efficiency', unit: '', min: 0, max: 1, minExclusive: true, default: 0.9,
    help: 'Probability that a stored photon is retrieved.',
  },
  swapSuccessProbability: {
    label: 'Swap success probability', unit: '', min: 0, max: 1, minExclusive: true, default: 0.5,
    help: 'Probability that the Bell-state measurement succeeds (0.5 for linear optics).',
  },
} satisfies ParamSpecs;

export const satelliteParamSpecs = {
  altitudeKm: {
    label: 'Orbit altitude', unit: 'km', min: 160, max: 40000, default: 500,
    help: 'Height of the circular orbit above the Earth (Micius: about 500 km).',
  },
  inclinationDeg: {
    label: 'Orbit inclination', unit: '°', min: 0, max: 180, default: 97.4,
    help: 'Angle between the orbit and the equator (Micius: 97.4°, Sun-synchronous).',
  },
  phaseDeg: {
    label: 'Orbit phase at t = 0', unit: '°', min: 0, max: 360, default: 0,
    help: 'Where on its orbit the satellite is when the simulation starts.',
  },
} satisfies ParamSpecs;

export const fiberParamSpecs = {
  lengthKm: {
    label: 'Length', unit: 'km', min: 0, max: 20000, minExclusive: true, default: 25,
    help: 'Fiber length between the two ends.',
  },
  attenuationDbPerKm: {
    label: 'Attenuation', unit: 'dB/km', min: 0, max: 10, default: 0.2,
    help: 'Fiber loss per kilometre (standard single-mode fiber at 1550 nm: about 0.2 dB/km).',
  },
  insertionLossDb: {
    label: 'Insertion loss', unit: 'dB', min: 0, max: 100, default: 0,
    help: 'Fixed loss of connectors, splices and components along the link.',
  },
  groupIndex: {
    label: 'Group index', unit: '', min: 1, max: 3, default: 1.468,
    help: 'Light travels at c / n_g in the fiber (SMF-28 at 1550 nm: 1.468).',
  },
  misalignmentError: {
    label: 'Misalignment error', unit: '', min: 0, max: 0.5, default: 0.033,
    help: 'Probability that a detected photon lands in the wrong detector (GYS e_detector = 3.3 %).',
  },
} satisfies ParamSpecs;

export const freeSpaceParamSpecs = {
  lengthKm: {
    label: 'Length', unit: 'km', min: 0, max: 100000, minExclusive: true, default: 1200,
    help: 'Line-of-sight distance (slant range) between the two terminals.',
  },
  wavelengthNm: {
    label: 'Wavelength', unit: 'nm', min: 200, max: 20000, default: 850,
    help: 'Optical wavelength; sets the diffraction-limited beam divergence.',
  },
  transmitterApertureM: {
    label: 'Transmitter aperture', unit: 'm', min: 0, max: 20, minExclusive: true, default: 0.3,
    help: 'Diameter of the sending telescope.',
  },
  receiverApertureM: {
    label: 'Receiver aperture', unit: 'm', min: 0, max: 20, minExclusive: true, default: 1,
    help: 'Diameter of the receiving telescope.',
  },
  pointingJitterUrad: {
    label: 'Pointing jitter', unit: 'µrad', min: 0, max: 1000, default: 1,
    help: 'RMS pointing error of the sending telescope.',
  },
  atmosphericLossDb: {
    label: 'Atmospheric loss (zenith)', unit: 'dB', min: 0, max: 50, default: 1,
    help: 'Extinction through the whole atmosphere straight up; scaled by air mass at lower elevation.',
  },
  fixedLossDb: {
    label: 'Fixed optical loss', unit: 'dB', min: 0, max: 100, default: 3,
    help: 'Telescope and optics losses at both ends.',
  },
  misalignmentError: {
    label: 'Misalignment error', unit: '', min: 0, max: 0.5, default: 0.01,
    help: 'Probability that a detected photon lands in the wrong detector.',
  },
} satisfies ParamSpecs;

export const bb84RequestParamSpecs = {
  errorCorrectionEfficiency: {
    label: 'Error-correction efficiency f', unit: '', min: 1, max: 3, default: 1.22,
    help: 'Bits disclosed in error correction relative to the Shannon limit (GYS f = 1.22).',
  },
  siftingFactor: {
    label: 'Sifting factor q', unit: '', min: 0, max: 1, minExclusive: true, default: 0.5,
    help: 'Fraction of detections kept after basis reconciliation (0.5 for standard BB84).',
  },
  weakDecoyMeanPhotonNumber: {
    label: 'Weak decoy intensity ν', unit: 'photons', min: 0, max: 1, minExclusive: true, default: 0.1,
    help: 'Mean photon number of the weak decoy (used by the vacuum + weak decoy estimate).',
  },
} satisfies ParamSpecs;
