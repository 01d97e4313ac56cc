import { describe, expect, it } from 'vitest';
import { manualClock } from './testing/manual-clock';
import { throttle } from './throttle';

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
