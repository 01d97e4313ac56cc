import { describe, expect, it } from 'vitest';
import type { RequestResult } from '../engine/results';
import { hopSettingsLines, settingsText } from './source-settings';

describe('the source settings the engine chose, as the results show them', () => {
  it('reads μ alone, or μ, ν and the block split the settings optimiser chose', () => {
    expect(settingsText({ signalMeanPhotonNumber: 0.47941 })).toBe('μ 0.479');
    expect(settingsText({ signalMeanPhotonNumber: 0.45, weakDecoyMeanPhotonNumber: 0.0358, signalFraction: 0.956, weakDecoyFraction: 0.0359, vacuumFraction: 0.0081 })).toBe(
      'μ 0.45, ν 0.0358, signal/decoy/vacuum 95.6/3.6/0.8 %',
    );
    expect(settingsText({ halfMeanPairNumber: 0.012, deadTimeSurvival: 0.99 })).toBe('λ 0.012');
    expect(settingsText({})).toBe('');
  });

  it('labels each hop by its ends when a request has several, and leaves out hops without settings', () => {
    const hop = (from: string, to: string, settings: Record<string, number>) => ({ linkId: `${from}-${to}`, from, to, settings }) as unknown as RequestResult['hops'][number];
    const result = { protocol: 'bb84-decoy', hops: [hop('a', 'b', { signalMeanPhotonNumber: 0.5 }), hop('b', 'c', {})] } as RequestResult;
    expect(hopSettingsLines(result, (id) => id.toUpperCase())).toEqual(['A → B: μ 0.5']);
    expect(hopSettingsLines({ protocol: 'bb84-decoy', hops: [hop('a', 'b', { signalMeanPhotonNumber: 0.5 })] } as RequestResult, (id) => id)).toEqual(['μ 0.5']);
  });

  it('reads a repeater chain\'s chosen cut-off and rounds as one line for the whole path', () => {
    expect(settingsText({ memoryCutoffSeconds: 0.0221, purificationRounds: 1 })).toBe('memory cut-off 22.1 ms, purification rounds 1');
    expect(settingsText({ memoryCutoffSeconds: 0 })).toBe('memory cut-off none');
    const hop = (from: string, to: string) => ({ linkId: `${from}-${to}`, from, to, settings: { memoryCutoffSeconds: 0, purificationRounds: 2 } }) as unknown as RequestResult['hops'][number];
    const chain = { protocol: 'entanglement', hops: [hop('a', 'r'), hop('r', 'b')] } as RequestResult;
    expect(hopSettingsLines(chain, (id) => id)).toEqual(['memory cut-off none, purification rounds 2']);
  });
});
