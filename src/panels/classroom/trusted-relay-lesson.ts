import { schemas, type Scenario } from '../../scenario/schema';
import { setRequestProtocol } from '../../store/request-edits';
import { setLinkParam } from '../../store/scenario-edits';
import type { Lesson } from './lesson';
import { readObserved } from './observed';

/** Where Bern's node stands along the 225 km: the two hops' lengths. */
const hopsKm = (first: number, second: number) => (s: Scenario) => setLinkParam(setLinkParam(s, 'fiber-geneva-bern', 'lengthKm', first), 'fiber-bern-zurich', 'lengthKm', second);
/** Bern as a node of this kind, its parameters at that kind's defaults (a repeater's memories, a trusted node's detectors). */
const bernAs = (kind: 'trusted-node' | 'repeater') => (s: Scenario): Scenario => ({
  ...s,
  nodes: s.nodes.map((n) => (n.id === 'bern' ? schemas().node.parse({ id: n.id, label: n.label, kind, position: n.position, location: n.location, params: {} }) : n)),
});
const asking = (protocol: 'bb84-decoy' | 'entanglement') => (s: Scenario) => setRequestProtocol(s, 'key-gz', protocol);
const step = (first: number, second: number, kind: 'trusted-node' | 'repeater', protocol: 'bb84-decoy' | 'entanglement') => (s: Scenario) =>
  asking(protocol)(bernAs(kind)(hopsKm(first, second)(s)));
const keyRate = { label: 'Key Geneva → Zurich', value: { kind: 'request', requestId: 'key-gz', quantity: 'keyRate' } } as const;

/** Geneva–Zurich through Bern: a trusted node relays key hop by hop; a repeater swaps entanglement instead. */
export const trustedRelayLesson: Lesson = {
  exampleId: 'trusted-relay',
  title: 'Trusted nodes vs repeaters',
  goals: [
    'A trusted node makes a separate key with each neighbour and passes one key on encrypted with the other: the slowest hop sets the rate.',
    'The node holds both keys in the clear, so it must be trusted; a repeater swaps entanglement and never learns the key.',
  ],
  keyQuestions: [
    'Who could read the key at Bern, and why does that matter?',
    'Why can a repeater not simply pass BB84 photons on?',
  ],
  minutes: { explore: 5, guided: 10, challenge: 5, discuss: 15 },
  focusRequestId: 'key-gz',
  steps: [
    {
      title: 'Trusted node in Bern: 130 km + 95 km',
      explanation: 'About 7 bit/s: the key made on the 130 km Geneva–Bern hop, the slower one; Bern–Zurich alone could give about 58 bit/s. Bern XORs the two hop keys, so it knows both.',
      apply: step(130, 95, 'trusted-node', 'bb84-decoy'),
      observe: keyRate,
    },
    {
      title: 'The relay in the middle: 112.5 km + 112.5 km',
      predict: { kind: 'choice', question: 'Move the relay so both hops are 112.5 km. The end-to-end key…', choices: ['rises', 'stays the same', 'falls'], answerIndex: 0 },
      explanation: 'About 23 bit/s, three times more: with equal hops neither is the bottleneck.',
      apply: step(112.5, 112.5, 'trusted-node', 'bb84-decoy'),
      observe: keyRate,
    },
    {
      title: 'Bern becomes a repeater',
      predict: { kind: 'choice', question: 'Replace the trusted node with a quantum repeater and keep asking for BB84 key. Does key still flow?', choices: ['Yes, more', 'Yes, the same', 'No'], answerIndex: 2 },
      explanation: 'No key: a repeater cannot relay BB84 key, because it never holds a key to pass on. It can only swap entanglement.',
      apply: step(112.5, 112.5, 'repeater', 'bb84-decoy'),
      observe: keyRate,
    },
    {
      title: 'Ask the repeater for entangled pairs',
      explanation: 'About 0.9 pairs per second reach Geneva and Zurich, and Bern learns nothing about them. But after two 112.5 km links, waits in memory and a swap the fidelity is about 0.75, too low for key: today, long-haul key still goes through trusted nodes.',
      apply: step(112.5, 112.5, 'repeater', 'entanglement'),
      observe: { label: 'Delivered fidelity', value: { kind: 'request', requestId: 'key-gz', quantity: 'fidelity' } },
    },
  ],
  challenge: {
    observe: keyRate,
    goal: 'Back to a trusted node in Bern at 130 km + 95 km: get at least 20 bit/s over the whole 225 km with this one trusted node.',
    hint: 'Select each fiber and make the hops equal (112.5 km each): about 23 bit/s.',
    met: (scenario, evaluation) => {
      const totalKm = scenario.links.reduce((sum, l) => sum + (l.params['lengthKm'] ?? 0), 0);
      const trusted = scenario.nodes.filter((n) => n.kind === 'trusted-node').length;
      const key = readObserved(evaluation, keyRate.value) ?? 0;
      return totalKm >= 225 && trusted <= 1 && scenario.links.length === 2 && key >= 20;
    },
    setup: step(130, 95, 'trusted-node', 'bb84-decoy'),
    solve: hopsKm(112.5, 112.5),
  },
};
