import { describe, expect, it } from 'vitest';
import { throttle } from './throttle';

function manualClock() {
  let now = 0;
  const pending: { at: number; fn: () => void }[] = [];
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      const task = { at: now + ms, fn };
      pending.push(task);
      return task;
    },
    clearTimeout: (h: unknown) => void pending.splice(pending.indexOf(h as never), 1),
    advance(ms: number) {
      now += ms;
      for (const task of pending.filter((t) => t.at <= now)) {
        pending.splice(pending.indexOf(task), 1);
        task.fn();
      }
    },
  };
}

describe('throttle', () => {
  it('runs a burst of pokes once, and no more than once per interval however often it is poked', () => {
    const clock = manualClock();
    let calls = 0;
    const t = throttle(() => calls++, 250, clock);
    // A batch every 16 ms for one second: four runs, not sixty.
    for (let ms = 0; ms < 1000; ms += 16) {
      t.poke();
      clock.advance(16);
    }
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(calls).toBeLessThanOrEqual(5);
  });

  it('does nothing once cancelled', () => {
    const clock = manualClock();
    let calls = 0;
    const t = throttle(() => calls++, 250, clock);
    t.poke();
    t.cancel();
    clock.advance(1000);
    expect(calls).toBe(0);
  });
});
