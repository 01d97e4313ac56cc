import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED } from '../store/session-store';
import { PRESTART_SPEED, Relay } from './create-engine';
import type { EngineMessage } from './protocol';

const finished = (runId: number, timeSeconds: number): EngineMessage => ({ type: 'finished', runId, timeSeconds });

describe('prestarted engine worker', () => {
  it('starts at the session default speed', () => {
    expect(PRESTART_SPEED).toBe(DEFAULT_SPEED);
  });

  it('relay holds messages until the page attaches, then hands them over in order and passes later ones straight on', async () => {
    const relay = new Relay();
    relay.receive(finished(1, 1));
    relay.receive(finished(1, 2));
    const got: number[] = [];
    relay.attach((m) => got.push(m.type === 'finished' ? m.timeSeconds : -1));
    // Not during attach: the page registers its own listeners first.
    expect(got).toEqual([]);
    relay.receive(finished(1, 3));
    await Promise.resolve();
    expect(got).toEqual([1, 2, 3]);
    relay.receive(finished(1, 4));
    expect(got).toEqual([1, 2, 3, 4]);
  });
});
