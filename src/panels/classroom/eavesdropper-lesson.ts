import type { Scenario } from '../../scenario/schema';
import { setLinkParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';

const intercepting = (fraction: number) => (s: Scenario) => setLinkParam(s, 'fiber-tapped', 'interceptedFraction', fraction);

/** Turns up Eve's share of intercepted pulses on one link while an identical clean link runs beside it. */
export const eavesdropperLesson: Lesson = {
  exampleId: 'eavesdropper',
  title: 'Catching an eavesdropper',
  focusRequestId: 'key-tapped',
  steps: [
    {
      title: 'No eavesdropper',
      explanation: 'Both 40 km links make the same key, about 800 bit/s, at a QBER of 3.3 %: the errors come from detector misalignment alone.',
      apply: intercepting(0),
    },
    {
      title: 'Eve measures 5 % of the pulses',
      explanation: 'A pulse she measures is wrong for Bob a quarter of the time (wrong basis half the time, then a coin toss): the QBER rises to 4.3 % and privacy amplification cuts the key by a third.',
      apply: intercepting(0.05),
    },
    {
      title: 'Eve measures 10 %',
      explanation: 'The QBER is now 5.2 % and the key on the tapped link is down to about a third of the clean one, which has not changed.',
      apply: intercepting(0.1),
    },
    {
      title: 'Eve measures 20 %',
      explanation: 'At a QBER of 7.2 % Alice and Bob can no longer bound what Eve knows: they abort and the tapped link makes no key. Eve learns nothing usable.',
      apply: intercepting(0.2),
    },
    {
      title: 'Eve measures half',
      explanation: 'Half the pulses intercepted drives the QBER to 13.7 %, far past the 11 % limit of BB84: listening in cannot be hidden.',
      apply: intercepting(0.5),
    },
  ],
};
