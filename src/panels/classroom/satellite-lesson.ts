import type { Scenario } from '../../scenario/schema';
import { setLinkParam, setNodeParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';
import { readObserved } from './observed';

/** The example's phase puts the satellite straight over Graz at t = 0 (src/scenario/examples/satellite-overhead.ts). */
const OVERHEAD_PHASE_DEG = 47.58;
/** Degrees of orbit per minute at 500 km: 360° per 94.5-minute period (Kepler's third law; the tests recompute it from the engine). */
export const DEG_PER_MINUTE = 3.81;
const LINK = 'downlink-graz';

/** The satellite `minutes` after it passed overhead, seen through a receiver of `apertureM` (the default is 1 m). */
const minutesAfter = (minutes: number, apertureM = 1) => (s: Scenario) =>
  setLinkParam(setNodeParam(s, 'sat', 'phaseDeg', OVERHEAD_PHASE_DEG + minutes * DEG_PER_MINUTE), LINK, 'receiverApertureM', apertureM);
const loss = { label: 'Downlink loss', value: { kind: 'link', linkId: LINK, quantity: 'lossDb' } } as const;
const satelliteKey = { label: 'Key from the satellite', value: { kind: 'request', requestId: 'key-sat', quantity: 'keyRate' } } as const;

/** One moment of a pass per step: elevation sets the slant range and the air crossed, hence the loss, hence the key. */
export const satelliteLesson: Lesson = {
  exampleId: 'satellite-overhead',
  title: 'A satellite pass: elevation, loss and key',
  goals: [
    'The lower the satellite in the sky, the longer the path and the more air the beam crosses: the loss grows and the key falls.',
    'A pass lasts minutes, so a satellite makes key in bursts; and only at night, because daylight floods the detectors.',
  ],
  keyQuestions: [
    'Why does the loss grow faster than the distance near the horizon?',
    'Micius exchanged key only at night. What would sunlight do to the QBER?',
  ],
  minutes: { explore: 5, guided: 10, challenge: 5, discuss: 10 },
  focusRequestId: 'key-sat',
  steps: [
    {
      title: 'Straight overhead',
      explanation: 'The satellite is 500 km straight up: the beam spreads over 500 km and crosses the least air. About 10 dB of loss and 53 kbit/s of key.',
      apply: minutesAfter(0),
      observe: loss,
    },
    {
      title: 'One minute later',
      predict: { kind: 'number', question: 'One minute later the satellite is at about 47° elevation, 665 km away. The loss in dB?', unit: 'dB', answer: 13, tolerance: 1.5 },
      explanation: 'About 13 dB and 29 kbit/s: the path is a third longer, so the beam is wider at Graz, and it crosses more air.',
      apply: minutesAfter(1),
      observe: loss,
    },
    {
      title: 'Two minutes later',
      explanation: 'Elevation about 26°, 1,010 km away: 17 dB of loss and about 10 kbit/s.',
      apply: minutesAfter(2),
      observe: { label: 'Elevation', value: { kind: 'link', linkId: LINK, quantity: 'elevationDeg' } },
    },
    {
      title: 'Three and a half minutes later',
      predict: { kind: 'choice', question: 'At 11° elevation, just above the 10° horizon mask, the key is…', choices: ['about as high as overhead', 'about a tenth of it, or less', 'zero'], answerIndex: 1 },
      explanation: 'About 24 dB and 1.9 kbit/s, under a twentieth of the peak. Soon the satellite sets and the link is dark until the next pass. (Real links run only at night: sunlight adds far more background clicks than dark counts. Graz here neither requires night nor counts daylight; a station’s Sun limit and daylight background, in the inspector, do.)',
      apply: minutesAfter(3.5),
      observe: loss,
    },
  ],
  challenge: {
    observe: satelliteKey,
    goal: 'Two minutes after the peak, get at least 20 kbit/s by choosing a bigger receiving telescope.',
    hint: 'Select the downlink and set the receiver aperture to 1.5 m: about 23 kbit/s.',
    met: (scenario, evaluation) => {
      const elevation = evaluation.links.find((l) => l.id === LINK)?.elevationDeg ?? 90;
      const key = readObserved(evaluation, satelliteKey.value) ?? 0;
      return elevation <= 27 && key >= 20_000 && scenario.nodes.some((n) => n.id === 'sat');
    },
    setup: minutesAfter(2),
    solve: minutesAfter(2, 1.5),
  },
};
