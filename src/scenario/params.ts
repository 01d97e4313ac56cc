import type { ParamSpecs } from './param-spec';

// Detector and source defaults are the "GYS" set used by Ma, Qi, Zhao, Lo, PRA 72, 012326 (2005), Table I
// (from Gobby, Yuan, Shields, APL 84, 3762 (2004)), so the default scenario reproduces a published curve.

/**
 * A node's quantum memory and heralding hardware: what it brings to each heralded entanglement link at its side.
 * Repeaters have them, and so do stations, which hold their half of a delivered pair (also with no repeater between).
 * Defaults: NV-centre-like memory (T2 ≈ 1 s, Abobeih et al., Nat. Commun. 9, 2552 (2018)), superconducting heralding detectors.
 */
const quantumMemoryParamSpecs = {
  coherenceTimeSeconds: {
    label: 'Memory coherence time', unit: 's', min: 0, max: 1e6, minExclusive: true, default: 1,
    help: 'T₂ (dephasing, T1/T2 models) or the depolarizing time (depolarizing model) of a stored qubit (NV centre: 1.58 s, Abobeih et al. 2018).',
  },
  memoryT1Seconds: {
    label: 'Memory relaxation time T₁', unit: 's', min: 0, max: 1e8, minExclusive: true, default: 3600,
    help: 'Energy relaxation time, used by the T1/T2 memory noise model only; must be at least T₂/2 (NV electron spin: over an hour, Abobeih et al. 2018).',
  },
  memoryEfficiency: {
    label: 'Memory efficiency', unit: '', min: 0, max: 1, minExclusive: true, default: 0.9,
    help: 'Probability that a stored photon is retrieved.',
  },
  memoryCutoffSeconds: {
    label: 'Memory cutoff', unit: 's', min: 0, max: 1e6, default: 0,
    help: 'Discard a stored pair that waited longer than this for its partner; 0 means no cutoff.',
  },
  stationDetectorEfficiency: {
    label: 'Heralding detector efficiency', unit: '', min: 0, max: 1, minExclusive: true, default: 0.8, glossary: 'detector-efficiency',
    help: "Efficiency of the detector that sees this node's photons at the heralding station of each link at its side (or of its heralded absorption).",
  },
  initialFidelity: {
    label: 'Initial pair fidelity', unit: '', min: 0.25, max: 1, default: 0.98, glossary: 'fidelity',
    help: 'Fidelity with |Φ⁺⟩ of a freshly heralded pair between two nodes like this one, before any storage; two different nodes give Werner parameter √(w₁w₂).',
  },
  maxAttemptRateHz: {
    label: 'Max attempt rate', unit: 'Hz', min: 1, max: 1e10, default: 1e6,
    help: 'Fastest the memory can re-attempt entanglement; the herald round trip usually limits it first.',
  },
} satisfies ParamSpecs;

/** A station that sends weak coherent pulses and detects them: ground stations and trusted nodes. */
export const terminalParamSpecs = {
  detectorEfficiency: {
    label: 'Detector efficiency', unit: '', min: 0, max: 1, minExclusive: true, default: 0.045, glossary: 'detector-efficiency',
    help: "Probability that a photon reaching the receiver is detected, including the receiver's internal optics (GYS η_Bob = 4.5 %).",
  },
  darkCountProbability: {
    label: 'Dark-count probability', unit: 'per gate', min: 0, max: 0.5, default: 1.7e-6, glossary: 'dark-counts',
    help: 'Probability of a click with no signal photon in one detection gate (GYS Y₀ = 1.7×10⁻⁶).',
  },
  repetitionRateHz: {
    label: 'Pulse repetition rate', unit: 'Hz', min: 1, max: 1e11, default: 2e6,
    help: 'Pulses sent per second. Key rate per second = key per pulse × this rate.',
  },
  detectorDeadTimeSeconds: {
    label: 'Detector dead time', unit: 's', min: 0, max: 1e-3, default: 0, glossary: 'dead-time',
    help: 'Time a detector stays blind after a click (non-paralyzable); limits the usable click rate to 1/dead time.',
  },
  minElevationDeg: {
    label: 'Minimum elevation', unit: '°', min: 0, max: 90, default: 10,
    help: 'A satellite lower in the sky than this is not tracked (horizon obstruction, too much air).',
  },
  maxSunElevationDeg: {
    label: 'Highest Sun for satellite links', unit: '°', min: -90, max: 90, default: 90,
    help: 'Free-space links (to satellites or other stations) work only while the Sun is at most this high: −12° nautical night, −18° astronomical night, 90° day and night. Needs a start date (the design\'s start time, or a TLE orbit).',
  },
  daylightBackgroundProbability: {
    label: 'Daylight background', unit: 'per gate', min: 0, max: 0.5, default: 0,
    help: 'Extra clicks per detection gate from sunlit sky while the Sun is above the horizon, on free-space links that end here (a 1 m telescope by day: about 10⁻⁴–10⁻³ with nm filters and ns gates).',
  },
  ...quantumMemoryParamSpecs,
} satisfies ParamSpecs;

export const repeaterParamSpecs = {
  ...quantumMemoryParamSpecs,
  swapSuccessProbability: {
    label: 'Swap success probability', unit: '', min: 0, max: 1, minExclusive: true, default: 0.5, glossary: 'entanglement-swapping',
    help: 'Probability that the Bell-state measurement succeeds (0.5 for linear optics).',
  },
  swapGateFidelity: {
    label: 'Swap gate fidelity p₂', unit: '', min: 0, max: 1, default: 0.99, glossary: 'entanglement-swapping',
    help: 'Probability that the two-qubit gate of the Bell measurement acts without depolarizing (Dür et al. 1999).',
  },
  swapMeasurementFidelity: {
    label: 'Measurement fidelity η', unit: '', min: 0.5, max: 1, default: 0.995,
    help: 'Probability that each measurement outcome is read correctly (Dür et al. 1999).',
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
    help: 'Angle from the ascending node along the orbit when the simulation starts.',
  },
  raanDeg: {
    label: 'Ascending-node longitude', unit: '°', min: -180, max: 360, default: 0,
    help: 'Earth-fixed longitude where the orbit crosses the equator northwards, at t = 0.',
  },
  repetitionRateHz: {
    label: 'Source repetition rate', unit: 'Hz', min: 1, max: 1e11, default: 1e8,
    help: 'Pulses sent per second by the on-board source (Micius: 100 MHz).',
  },
} satisfies ParamSpecs;

export const fiberParamSpecs = {
  lengthKm: {
    label: 'Length', unit: 'km', min: 0, max: 20000, minExclusive: true, default: 25,
    help: 'Fiber length between the two ends.',
  },
  attenuationDbPerKm: {
    label: 'Attenuation', unit: 'dB/km', min: 0, max: 10, default: 0.2, glossary: 'transmittance',
    help: 'Fiber loss per kilometre (standard single-mode fiber at 1550 nm: about 0.2 dB/km).',
  },
  insertionLossDb: {
    label: 'Insertion loss', unit: 'dB', min: 0, max: 100, default: 0, glossary: 'transmittance',
    help: 'Fixed loss of connectors, splices and components along the link.',
  },
  groupIndex: {
    label: 'Group index', unit: '', min: 1, max: 3, default: 1.468,
    help: 'Light travels at c / n_g in the fiber (SMF-28 at 1550 nm: 1.468).',
  },
  misalignmentError: {
    label: 'Misalignment error', unit: '', min: 0, max: 0.5, default: 0.033, glossary: 'misalignment',
    help: 'Probability that a detected photon lands in the wrong detector (GYS e_detector = 3.3 %).',
  },
  interceptedFraction: {
    label: 'Eavesdropper: intercepted fraction', unit: '', min: 0, max: 1, default: 0, glossary: 'qber',
    help: 'Fraction of pulses an intercept-resend eavesdropper measures and resends on this link (0 = no eavesdropper).',
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
    label: 'Atmospheric loss', unit: 'dB', min: 0, max: 50, default: 1, glossary: 'transmittance',
    help: 'Ground–satellite: extinction straight up (zenith), scaled by the air mass at the current elevation. Ground–ground: total along the path.',
  },
  fixedLossDb: {
    label: 'Fixed optical loss', unit: 'dB', min: 0, max: 100, default: 3, glossary: 'transmittance',
    help: 'Telescope and optics losses at both ends.',
  },
  beamDivergenceUrad: {
    label: 'Beam divergence', unit: 'µrad', min: 0, max: 10000, default: 0,
    help: 'Measured full angle of the sent beam at 1/e² intensity; 0 (or anything below it) means the diffraction limit of the transmitter aperture (Micius: about 17 µrad, i.e. 10 µrad FWHM).',
  },
  turbulenceBeamWanderUrad: {
    label: 'Turbulent beam wander', unit: 'µrad', min: 0, max: 1000, default: 0,
    help: 'RMS angle by which turbulence tilts the beam, per axis; widens the long-term spot like pointing jitter. Matters on uplinks (a few µrad); about 0 on downlinks, where the beam meets the air only at its end.',
  },
  scintillationIndex: {
    label: 'Scintillation index σ_I²', unit: '', min: 0, max: 3, default: 0, glossary: 'scintillation',
    help: 'Normalised variance of the received power from turbulence, at the receiving aperture; the key is averaged over log-normal fading with this index (mean loss unchanged). 0: a steady channel. Not applied between two satellites.',
  },
  receiverOpticsEfficiency: {
    label: 'Receiver optics efficiency', unit: '', min: 0, max: 1, minExclusive: true, default: 1,
    help: 'Fraction of the light entering the receiving telescope that reaches the detectors (mirrors, filters, polarization analyser); the fixed optical loss is counted too.',
  },
  misalignmentError: {
    label: 'Misalignment error', unit: '', min: 0, max: 0.5, default: 0.01, glossary: 'misalignment',
    help: 'Probability that a detected photon lands in the wrong detector.',
  },
  interceptedFraction: {
    label: 'Eavesdropper: intercepted fraction', unit: '', min: 0, max: 1, default: 0, glossary: 'qber',
    help: 'Fraction of pulses an intercept-resend eavesdropper measures and resends on this link (0 = no eavesdropper).',
  },
} satisfies ParamSpecs;

const errorCorrectionEfficiency = {
  label: 'Error-correction efficiency f', unit: '', min: 1, max: 3, default: 1.22,
  help: 'Bits disclosed in error correction relative to the Shannon limit (GYS f = 1.22).',
};
const siftingFactor = {
  label: 'Sifting factor q', unit: '', min: 0, max: 1, minExclusive: true, default: 0.5, glossary: 'sifting',
  help: 'Fraction of detections kept after basis reconciliation (0.5 for random bases).',
};

export const bb84RequestParamSpecs = {
  errorCorrectionEfficiency,
  siftingFactor,
  weakDecoyMeanPhotonNumber: {
    label: 'Weak decoy intensity ν', unit: 'photons', min: 0, max: 1, minExclusive: true, default: 0.1, glossary: 'decoy-states',
    help: 'Mean photon number of the weak decoy (used by the vacuum + weak decoy estimate).',
  },
} satisfies ParamSpecs;

export const bbm92RequestParamSpecs = { errorCorrectionEfficiency, siftingFactor } satisfies ParamSpecs;

export const twinFieldRequestParamSpecs = {
  errorCorrectionEfficiency,
  charlieDarkCountProbability: {
    label: "Charlie's dark-count probability", unit: 'per detector per window', min: 0, max: 0.5, default: 1e-8, glossary: 'dark-counts',
    help: 'Dark counts of each of the two detectors at the untrusted middle station (superconducting detectors: about 10⁻⁸).',
  },
  charlieDetectorEfficiency: {
    label: "Charlie's detector efficiency", unit: '', min: 0, max: 1, minExclusive: true, default: 0.3, glossary: 'detector-efficiency',
    help: 'Efficiency of the detectors at the middle station.',
  },
  phaseMisalignmentError: {
    label: 'Interference misalignment', unit: '', min: 0, max: 0.5, default: 0.03, glossary: 'misalignment',
    help: 'Probability that single-photon interference sends the photon to the wrong detector (phase drift).',
  },
} satisfies ParamSpecs;

export const entanglementRequestParamSpecs = {
  errorCorrectionEfficiency,
  siftingFactor,
  purificationRounds: {
    label: 'Purification rounds', unit: '', min: 0, max: 10, integer: true, default: 0, glossary: 'purification',
    help: 'Purification rounds at each purified level; recurrence spends 2^rounds pairs per purified pair, pumping rounds + 1.',
  },
  purificationGateFidelity: {
    label: 'Purification gate fidelity', unit: '', min: 0, max: 1, default: 1,
    help: 'Probability that each CNOT of the purification acts without depolarizing (p₂ of Dür et al. 1999).',
  },
  purificationMeasurementFidelity: {
    label: 'Purification measurement fidelity', unit: '', min: 0.5, max: 1, default: 1,
    help: 'Probability that each parity measurement of the purification is read right (η of Dür et al. 1999).',
  },
  brightStatePopulation: {
    label: 'Bright-state population α', unit: '', min: 0, max: 0.5, minExclusive: true, default: 0.1,
    help: 'Single-click heralding only: probability each memory emits; fidelity ≈ 1 − α (Humphreys et al., Nature 558, 268 (2018), α ≈ 0.1).',
  },
  monteCarloTrials: {
    label: 'Monte Carlo trials', unit: 'pairs', min: 100, max: 200000, integer: true, default: 2000,
    help: 'Pairs simulated to estimate the delivery-time and fidelity distribution (seeded by the scenario seed).',
  },
} satisfies ParamSpecs;
