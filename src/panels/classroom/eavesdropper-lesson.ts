import type { Scenario } from '../../scenario/schema';
import { setLinkParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';
import { readObserved } from './observed';

const intercepting = (fraction: number) => (s: Scenario) => setLinkParam(s, 'fiber-tapped', 'interceptedFraction', fraction);
const qber = { label: 'QBER on the tapped link', value: { kind: 'request', requestId: 'key-tapped', quantity: 'qber' } } as const;
const tappedKey = { label: 'Key on the tapped link', value: { kind: 'request', requestId: 'key-tapped', quantity: 'keyRate' } } as const;

/** Turns up Eve's share of intercepted pulses on one link while an identical clean link runs beside it. */
export const eavesdropperLesson: Lesson = {
  exampleId: 'eavesdropper',
  title: 'Catching an eavesdropper',
  goals: [
    'Measuring a quantum state disturbs it: an intercept–resend eavesdropper raises the QBER.',
    'Above a QBER threshold Alice and Bob abort, so Eve gains nothing usable.',
  ],
  keyQuestions: [
    'Why is a pulse Eve measured wrong for Bob only a quarter of the time?',
    'Could Eve hide by listening to very few pulses? What would she learn?',
  ],
  minutes: { explore: 5, guided: 10, challenge: 5, discuss: 10 },
  focusRequestId: 'key-tapped',
  steps: [
    {
      title: 'No eavesdropper',
      explanation: 'Both 40 km links make the same key, about 800 bit/s, at a QBER of 3.3 %: the errors come from detector misalignment alone.',
      apply: intercepting(0),
      observe: qber,
    },
    {
      title: 'Eve measures 5 % of the pulses',
      predict: { kind: 'choice', question: 'Eve measures and resends 5 % of the pulses. The QBER…', choices: ['stays at 3.3 %', 'rises by about one point', 'jumps past 11 %'], answerIndex: 1 },
      explanation: 'A pulse she measures is wrong for Bob a quarter of the time (wrong basis half the time, then a coin toss): the QBER rises to 4.3 % and privacy amplification cuts the key by a third.',
      apply: intercepting(0.05),
      observe: qber,
    },
    {
      title: 'Eve measures 10 %',
      explanation: 'The QBER is now 5.2 % and the key on the tapped link is down to about a third of the clean one, which has not changed.',
      apply: intercepting(0.1),
      observe: qber,
    },
    {
      title: 'Eve measures 20 %',
      predict: { kind: 'choice', question: 'Eve measures 20 % of the pulses. Does the tapped link still make key?', choices: ['Yes, a little', 'No'], answerIndex: 1 },
      explanation: 'At a QBER of 7.2 % Alice and Bob can no longer bound what Eve knows: they abort and the tapped link makes no key. Eve learns nothing usable.',
      apply: intercepting(0.2),
      observe: qber,
    },
    {
      title: 'Eve measures half',
      predict: { kind: 'number', question: 'Eve measures half the pulses. What QBER do you expect?', unit: '%', answer: 14, tolerance: 2 },
      explanation: 'Half the pulses intercepted drives the QBER to 13.7 %, far past the 11 % limit of BB84: listening in cannot be hidden.',
      apply: intercepting(0.5),
      observe: qber,
    },
  ],
  challenge: {
    observe: tappedKey,
    goal: 'How much can Eve take unseen? Let her measure at least 15 % of the pulses while the tapped link still makes key.',
    hint: "Select the tapped link and set Eve's intercepted fraction to 0.15: the key is about 50 bit/s at a QBER of 6.2 %.",
    met: (scenario, evaluation) => {
      const fraction = scenario.links.find((l) => l.id === 'fiber-tapped')?.params['interceptedFraction'] ?? 0;
      const key = readObserved(evaluation, tappedKey.value) ?? 0;
      return fraction >= 0.15 && key > 0;
    },
    solve: intercepting(0.15),
  },
};
