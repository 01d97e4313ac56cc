import { setLinkParam, setNodeParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';
import { readObserved } from './observed';

const LINK = 'fiber-gb';
const GYS_DARK_COUNTS = 1.7e-6;
const QUIET_DARK_COUNTS = 1e-8;
type S = Parameters<typeof setLinkParam>[0];
const atKm = (km: number, darkCounts = GYS_DARK_COUNTS) => (s: S) => setNodeParam(setLinkParam(s, LINK, 'lengthKm', km), 'bern', 'darkCountProbability', darkCounts);
const keyRate = { label: 'Key rate Geneva → Bern', value: { kind: 'request', requestId: 'key-gb', quantity: 'keyRate' } } as const;

/** Walks the Geneva–Bern link out to its cut-off, then shows that quieter detectors move the limit. */
export const bb84DistanceLesson: Lesson = {
  exampleId: 'bb84-distance-limit',
  title: 'How far can BB84 reach?',
  goals: [
    'Fiber loss grows in decibels with length: every 10 dB leaves one photon in ten.',
    'Detector noise, not loss alone, sets the distance at which key stops.',
  ],
  keyQuestions: [
    'Why does the key fall faster than the loss near the limit?',
    'What would you improve first to reach further: the fiber or the detectors?',
  ],
  minutes: { explore: 5, guided: 10, challenge: 5, discuss: 10 },
  focusRequestId: 'key-gb',
  steps: [
    {
      title: '50 km of fiber',
      explanation: '50 km of fiber at 0.2 dB/km is 10 dB of loss: one photon in ten arrives. The key rate settles near 500 bit/s.',
      apply: atKm(50),
      observe: keyRate,
    },
    {
      title: '100 km',
      predict: { kind: 'choice', question: 'Double the fiber to 100 km. What happens to the key rate?', choices: ['It halves', 'It falls about tenfold', 'It falls about a hundredfold'], answerIndex: 1 },
      explanation: 'The key rate fell about tenfold: 50 km more fiber is 10 dB more loss, so ten times fewer photons arrive.',
      apply: atKm(100),
      observe: keyRate,
    },
    {
      title: '140 km',
      explanation: 'Only 8 dB more, yet the key fell about 17 times: dark counts are now a real share of the clicks, the QBER climbs towards 6 % and privacy amplification takes more.',
      apply: atKm(140),
      observe: keyRate,
    },
    {
      title: '150 km: past the limit',
      predict: { kind: 'choice', question: 'Ten more kilometres, to 150 km. How much key is left?', choices: ['About 1 bit/s', 'None at all', 'About the same as at 140 km'], answerIndex: 1 },
      explanation: 'No key at all, at any pulse intensity, so there is no QBER to show. With so few photons left, dark counts make even the single-photon detections wrong 5 % of the time, and error correction costs more than the single photons leave: this is the distance limit of these detectors.',
      apply: atKm(150),
      observe: keyRate,
    },
    {
      title: 'Quieter detectors',
      predict: { kind: 'choice', question: "Still 150 km, but Bern's detectors get 170 times fewer dark counts. Does key come back?", choices: ['Yes', 'No: the loss is too high'], answerIndex: 0 },
      explanation: "Same 150 km, but Bern's detectors now have 170 times fewer dark counts (10⁻⁸, like superconducting detectors): the key is back, about 5 bit/s. Noise, not loss alone, sets the limit.",
      apply: atKm(150, QUIET_DARK_COUNTS),
      observe: keyRate,
    },
  ],
  challenge: {
    observe: keyRate,
    goal: 'Keep the quiet detectors and find a fiber of at least 120 km that still gives at least 10 bit/s.',
    hint: 'Select the link and shorten it: at 120 km the quiet detectors give about 20 bit/s.',
    met: (scenario, evaluation) => {
      const length = scenario.links.find((l) => l.id === LINK)?.params['lengthKm'] ?? 0;
      const key = readObserved(evaluation, keyRate.value) ?? 0;
      return length >= 120 && key >= 10;
    },
    solve: atKm(120, QUIET_DARK_COUNTS),
  },
};
