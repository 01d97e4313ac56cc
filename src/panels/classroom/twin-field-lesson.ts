import type { Scenario } from '../../scenario/schema';
import { setLinkParam, setRequestParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';
import { readObserved } from './observed';

/** Each arm's length: Alice–Charlie and Charlie–Bob are always equal here. */
const armsKm = (km: number) => (s: Scenario) => setLinkParam(setLinkParam(s, 'fiber-ac', 'lengthKm', km), 'fiber-cb', 'lengthKm', km);
const observe = { label: 'Twin-field key', value: { kind: 'request', requestId: 'key-tf', quantity: 'keyRate' } } as const;
const totalKm = (s: Scenario) => s.links.reduce((sum, l) => sum + (l.params['lengthKm'] ?? 0), 0);

/** Moves the twin-field pair from 200 to 500 km and compares it with the PLOB bound of the whole fiber. */
export const twinFieldLesson: Lesson = {
  exampleId: 'twin-field',
  title: 'Twin-field QKD and the repeaterless bound',
  goals: [
    'No direct link, whatever its protocol, can beat the PLOB bound −log₂(1−η) per pulse.',
    'Twin-field QKD meets single photons in the middle, so its key scales with √η and can beat the bound.',
  ],
  keyQuestions: [
    'Why does Charlie not need to be trusted?',
    'Why does twin-field lose to the bound at short distances?',
  ],
  minutes: { explore: 5, guided: 10, challenge: 5, discuss: 10 },
  focusRequestId: 'key-tf',
  steps: [
    {
      title: '350 km through Charlie',
      explanation: 'About 580 bit/s of key against a PLOB bound of 144 bit/s for 350 km of fiber: four times what any direct link could give.',
      apply: armsKm(175),
      observe,
    },
    {
      title: '200 km in total',
      predict: { kind: 'choice', question: 'Shorten to 2 × 100 km. Is the twin-field key above or below the PLOB bound now?', choices: ['Above', 'Below'], answerIndex: 1 },
      explanation: 'About 22 kbit/s, but the bound is now 144 kbit/s: at low loss √η is not much better than η, and the protocol pays for its phase errors. Twin-field wins only where the loss is large.',
      apply: armsKm(100),
      observe,
    },
    {
      title: '400 km in total',
      predict: { kind: 'choice', question: '2 × 200 km. Does twin-field still beat the bound?', choices: ['Yes', 'No'], answerIndex: 0 },
      explanation: 'About 115 bit/s against a bound of 14 bit/s: eight times the bound. The extra 10 dB of loss cost the bound a factor of 10 and twin-field only 5 (√10 ≈ 3.2 in the ideal limit).',
      apply: armsKm(200),
      observe,
    },
    {
      title: '500 km in total',
      explanation: "No key: at 2 × 250 km Charlie's dark counts swamp the few photons that arrive. Noise sets twin-field's limit too.",
      apply: armsKm(250),
      observe,
    },
  ],
  challenge: {
    observe,
    goal: "Bring key back over 500 km: at least 10 bit/s, with Charlie's detectors made quieter.",
    hint: "Select the request and lower Charlie's dark-count probability to 10⁻⁹: about 12 bit/s, far above the bound of 0.14 bit/s.",
    met: (scenario, evaluation) => {
      const key = readObserved(evaluation, observe.value) ?? 0;
      return totalKm(scenario) >= 500 && key >= 10;
    },
    solve: (s) => setRequestParam(s, 'key-tf', 'charlieDarkCountProbability', 1e-9),
  },
};
