import type { Scenario } from '../../scenario/schema';
import { setLinkParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';
import { readObserved } from './observed';

const bothAtKm = (km: number) => (s: Scenario) => setLinkParam(setLinkParam(s, 'fiber-decoy', 'lengthKm', km), 'fiber-plain', 'lengthKm', km);
const plainKey = { label: 'Key without decoys', value: { kind: 'request', requestId: 'key-plain', quantity: 'keyRate' } } as const;

/** Two identical links, one with decoy states and one without, walked from 5 to 60 km. */
export const decoyLesson: Lesson = {
  exampleId: 'decoy-states',
  title: 'Why decoy states?',
  goals: [
    'A weak laser pulse sometimes holds two photons; Eve can keep one without raising the QBER (photon-number splitting).',
    'Decoy pulses of other intensities reveal how many detections came from single photons, so μ can be large.',
  ],
  keyQuestions: [
    'Without decoys, why must Alice keep the mean photon number μ tiny?',
    'Why does the gap between the two links grow with distance?',
  ],
  minutes: { explore: 5, guided: 10, challenge: 5, discuss: 10 },
  focusRequestId: 'key-decoy',
  steps: [
    {
      title: '30 km, with and without decoys',
      explanation: 'With decoys the key is about 1.3 kbit/s; without, about 13 bit/s: a hundred times less, because every multi-photon pulse must be assumed leaked and μ is kept tiny.',
      apply: bothAtKm(30),
      observe: plainKey,
    },
    {
      title: 'Both links at 5 km',
      predict: { kind: 'choice', question: 'Shorten both links to 5 km. How many times more key do decoys give now?', choices: ['About 20 times', 'About 100 times, as before', 'About 1000 times'], answerIndex: 0 },
      explanation: 'Decoys still win, 4 kbit/s against 190 bit/s, but only about 20 times: with little loss, few multi-photon pulses are needed to explain the detections.',
      apply: bothAtKm(5),
      observe: plainKey,
    },
    {
      title: 'Both links at 60 km',
      predict: { kind: 'choice', question: 'Now 60 km. What does the link without decoys make?', choices: ['About 1 bit/s', 'No key at all', 'About as much as the decoy link'], answerIndex: 1 },
      explanation: 'No key without decoys: too few single-photon detections are left to pay for error correction at any μ. With decoys the link still makes about 310 bit/s.',
      apply: bothAtKm(60),
      observe: plainKey,
    },
  ],
  challenge: {
    observe: plainKey,
    goal: 'Without decoys, get at least 100 bit/s of key: how short must that link be?',
    hint: 'Select the link without decoys and shorten it: at 10 km it gives about 117 bit/s.',
    met: (scenario, evaluation) => {
      const plain = scenario.requests.find((r) => r.id === 'key-plain');
      const key = readObserved(evaluation, plainKey.value) ?? 0;
      return plain?.protocol === 'bb84-decoy' && plain.decoyMethod === 'none' && key >= 100;
    },
    solve: (s) => setLinkParam(s, 'fiber-plain', 'lengthKm', 10),
  },
};
