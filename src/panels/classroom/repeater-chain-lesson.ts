import type { Scenario } from '../../scenario/schema';
import { setRequestOption } from '../../store/request-edits';
import { setNodeParam, setRequestParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';
import { readObserved } from './observed';

const CHAIN_NODES = ['a-chain', 'r1', 'r2', 'r3', 'b-chain'];
const REQUEST = 'pairs-chain';

/** Sets the memories' coherence time on the whole chain and how many DEJMPS rounds purify each link (0: none). */
const chain = (coherenceTimeSeconds: number, rounds: number) => (s: Scenario) => {
  let next = s;
  for (const id of CHAIN_NODES) next = setNodeParam(next, id, 'coherenceTimeSeconds', coherenceTimeSeconds);
  next = setRequestOption(next, REQUEST, 'purificationProtocol', rounds > 0 ? 'dejmps' : 'none');
  return setRequestParam(next, REQUEST, 'purificationRounds', Math.max(rounds, 1));
};
const fidelity = { label: 'Delivered fidelity (chain)', value: { kind: 'request', requestId: REQUEST, quantity: 'fidelity' } } as const;

/** The repeater-chain example with its memories and purification changed one at a time; the delivered-pair view shows each stage. */
export const repeaterChainLesson: Lesson = {
  exampleId: 'repeater-chain',
  title: 'Inside a repeater chain',
  goals: [
    'Swapping joins short links into a long one, so pairs arrive hundreds of times more often than over one long link.',
    'Each swap and each wait in memory costs fidelity; purification buys it back with pairs.',
  ],
  keyQuestions: [
    'Why does the fidelity fall at every swap?',
    'When is it worth spending two pairs to make one better pair?',
  ],
  minutes: { explore: 5, guided: 15, challenge: 5, discuss: 10 },
  focusRequestId: REQUEST,
  steps: [
    {
      title: 'Four segments, three swaps',
      explanation: "The chain delivers about 12 pairs per second against 0.03 for the direct link. Select the chain's request: in the delivered-pair view each link starts at fidelity 0.98, the first swaps leave 0.935 and the last swap 0.84.",
      apply: chain(1, 0),
      observe: fidelity,
    },
    {
      title: 'Memories that forget in 0.1 s',
      predict: { kind: 'choice', question: 'The memories now dephase ten times faster. The delivered fidelity…', choices: ['rises', 'stays the same', 'falls'], answerIndex: 2 },
      explanation: 'The fidelity falls to about 0.66 while the pair rate stays at 12 per second: the pairs wait just as long for their partners, but lose more while they wait. Memory time matters.',
      apply: chain(0.1, 0),
      observe: fidelity,
    },
    {
      title: 'Memories that keep 10 s',
      explanation: 'Better memories lose little while waiting: the fidelity rises to about 0.87.',
      apply: chain(10, 0),
      observe: fidelity,
    },
    {
      title: 'Purify each link once (memories back to 1 s)',
      predict: { kind: 'choice', question: 'One DEJMPS round spends two pairs to make one better pair. The pair rate…', choices: ['rises', 'stays the same', 'falls'], answerIndex: 2 },
      explanation: 'The fidelity rises from 0.84 to about 0.85 and the pair rate falls from 12 to about 8 per second: purification trades rate for fidelity.',
      apply: chain(1, 1),
      observe: { label: 'Pairs per second (chain)', value: { kind: 'request', requestId: REQUEST, quantity: 'pairRate' } },
    },
    {
      title: 'Purify twice',
      explanation: 'Two rounds give about 0.88 at 6 pairs per second: more fidelity, fewer pairs.',
      apply: chain(1, 2),
      observe: fidelity,
    },
  ],
  challenge: {
    observe: fidelity,
    goal: 'Deliver pairs with fidelity at least 0.9 over the 200 km chain. Here memories keep 10 s and each link is purified once.',
    hint: "Select the chain's request and raise the purification rounds to 2: fidelity about 0.94 at 6 pairs per second.",
    met: (scenario, evaluation) => {
      const pathKm = scenario.links.filter((l) => l.id.startsWith('fiber-') && l.id !== 'fiber-direct').reduce((sum, l) => sum + (l.params['lengthKm'] ?? 0), 0);
      const pairRate = readObserved(evaluation, { kind: 'request', requestId: REQUEST, quantity: 'pairRate' }) ?? 0;
      return pathKm >= 200 && pairRate > 0 && (readObserved(evaluation, fidelity.value) ?? 0) >= 0.9;
    },
    setup: chain(10, 1),
    solve: chain(10, 2),
  },
};
