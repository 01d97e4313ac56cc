// The Micius QKD downlink as published, shared by the Micius examples and the test that holds it to the measurement.

/** Micius (NORAD 41731), element set of 2016-12-18 21:38 UTC (epoch 16353.90152003), as published by NORAD/Celestrak. */
export const MICIUS_TLE = {
  kind: 'tle',
  line1: '1 41731U 16051A   16353.90152003  .00000364  00000-0  17957-4 0  9993',
  line2: '2 41731  97.3699 267.4500 0013200 178.5836 246.0824 15.23915303 19063',
} as const;

/**
 * The decoy-state downlink of Liao et al., Nature 549, 43 (2017): 848.6 nm, 300 mm transmitter whose beam spreads
 * by about 10 µrad FWHM (×1.70 for the 1/e² full angle used here), about 0.5 µrad tracking error; 1 m receiver at
 * Xinglong. Zenith extinction 1 dB: clear-sky transmittance ≈ 0.8 near 850 nm (MODTRAN rural, Bourgoin et al., NJP 15,
 * 023006 (2013)). The optics efficiencies are not itemised in the paper: 2 dB for the satellite's transmitting optics
 * and 25 % for the ground telescope and BB84 analyser are typical of such terminals, stated here as assumptions.
 */
export const MICIUS_DOWNLINK_PARAMS = {
  wavelengthNm: 848.6,
  transmitterApertureM: 0.3,
  beamDivergenceUrad: 17,
  pointingJitterUrad: 0.5,
  receiverApertureM: 1,
  atmosphericLossDb: 1,
  fixedLossDb: 2,
  receiverOpticsEfficiency: 0.25,
  // No figure published; the 1 m aperture is ~10× the downlink's Fresnel scale √(λ·10 km) ≈ 9 cm, so it averages most flicker away.
  scintillationIndex: 0,
  misalignmentError: 0.01,
};

/** Xinglong's single-photon detectors: about 50 % efficient (Liao et al. 2017). */
export const MICIUS_GROUND_DETECTOR = { detectorEfficiency: 0.5 };
