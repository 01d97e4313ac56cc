import type { Example } from './example';

const SEGMENT_KM = 50;

/** Same end-to-end distance twice: one heralded link straight across, and four segments joined by three repeaters. */
export const repeaterChain: Example = {
  id: 'repeater-chain',
  title: 'A repeater chain vs direct transmission',
  lesson: [
    'Two 200 km routes: one heralded link straight across, and four 50 km segments joined by three quantum-memory repeaters.',
    'Each segment only faces 10 dB and swapping joins them: hundreds of times more pairs and more key, though each pair is noisier.',
  ],
  scenario: {
    version: 2,
    name: 'Repeater chain vs direct, 200 km',
    seed: 1,
    settings: { durationSeconds: 600, timeStepSeconds: 1 },
    nodes: [
      { id: 'a-direct', label: 'Alice (direct)', kind: 'ground-station', position: { x: 60, y: 100 }, params: {} },
      { id: 'b-direct', label: 'Bob (direct)', kind: 'ground-station', position: { x: 820, y: 100 }, params: {} },
      { id: 'a-chain', label: 'Alice (chain)', kind: 'ground-station', position: { x: 60, y: 360 }, params: {} },
      { id: 'r1', label: 'Repeater 1', kind: 'repeater', position: { x: 250, y: 360 }, params: {} },
      { id: 'r2', label: 'Repeater 2', kind: 'repeater', position: { x: 440, y: 360 }, params: {} },
      { id: 'r3', label: 'Repeater 3', kind: 'repeater', position: { x: 630, y: 360 }, params: {} },
      { id: 'b-chain', label: 'Bob (chain)', kind: 'ground-station', position: { x: 820, y: 360 }, params: {} },
    ],
    links: [
      { id: 'fiber-direct', source: 'a-direct', target: 'b-direct', kind: 'fiber', params: { lengthKm: 4 * SEGMENT_KM } },
      { id: 'fiber-1', source: 'a-chain', target: 'r1', kind: 'fiber', params: { lengthKm: SEGMENT_KM } },
      { id: 'fiber-2', source: 'r1', target: 'r2', kind: 'fiber', params: { lengthKm: SEGMENT_KM } },
      { id: 'fiber-3', source: 'r2', target: 'r3', kind: 'fiber', params: { lengthKm: SEGMENT_KM } },
      { id: 'fiber-4', source: 'r3', target: 'b-chain', kind: 'fiber', params: { lengthKm: SEGMENT_KM } },
    ],
    requests: [
      { id: 'pairs-direct', label: 'Direct', source: 'a-direct', target: 'b-direct', protocol: 'entanglement', params: {} },
      { id: 'pairs-chain', label: 'Repeater chain', source: 'a-chain', target: 'b-chain', protocol: 'entanglement', params: {} },
    ],
  },
};
