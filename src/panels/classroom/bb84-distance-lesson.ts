import { setLinkParam, setNodeParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';

const LINK = 'fiber-gb';
const GYS_DARK_COUNTS = 1.7e-6;
const atKm = (km: number) => (s: Parameters<typeof setLinkParam>[0]) => setNodeParam(setLinkParam(s, LINK, 'lengthKm', km), 'bern', 'darkCountProbability', GYS_DARK_COUNTS);

/** Walks the Geneva–Bern link out to its cut-off, then shows that quieter detectors move the limit. */
export const bb84DistanceLesson: Lesson = {
  exampleId: 'bb84-distance-limit',
  title: 'How far can BB84 reach?',
  focusRequestId: 'key-gb',
  steps: [
    {
      title: '50 km of fiber',
      explanation: '50 km of fiber at 0.2 dB/km is 10 dB of loss: one photon in ten arrives. The key rate settles near 500 bit/s.',
      apply: atKm(50),
    },
    {
      title: '100 km',
      explanation: 'The key rate fell about tenfold: 50 km more fiber is 10 dB more loss, so ten times fewer photons arrive.',
      apply: atKm(100),
    },
    {
      title: '140 km',
      explanation: 'Only 8 dB more, yet the key fell about 17 times: dark counts are now a real share of the clicks, the QBER climbs towards 6 % and privacy amplification takes more.',
      apply: atKm(140),
    },
    {
      title: '150 km: past the limit',
      explanation: 'No key at all, at any pulse intensity, so there is no QBER to show. With so few photons left, dark counts make even the single-photon detections wrong 5 % of the time, and error correction costs more than the single photons leave: this is the distance limit of these detectors.',
      apply: atKm(150),
    },
    {
      title: 'Quieter detectors',
      explanation: "Same 150 km, but Bern's detectors now have 170 times fewer dark counts (10⁻⁸, like superconducting detectors): the key is back, about 5 bit/s. Noise, not loss alone, sets the limit.",
      apply: (s) => setNodeParam(setLinkParam(s, LINK, 'lengthKm', 150), 'bern', 'darkCountProbability', 1e-8),
    },
  ],
};
