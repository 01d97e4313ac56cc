import { describe, expect, it } from 'vitest';
import { RunWatchdog } from './run-watchdog';

describe('RunWatchdog', () => {
  it('fires when a started run gets no answer within the budget, once', () => {
    let t = 0;
    const dog = new RunWatchdog(() => t, 1000);
    dog.started(false);
    t = 900;
    expect(dog.overrun()).toBe(false);
    t = 1100;
    expect(dog.overrun()).toBe(true);
    expect(dog.overrun()).toBe(false);
  });

  it('stays quiet when the engine answers, and while paused however long', () => {
    let t = 0;
    const dog = new RunWatchdog(() => t, 1000);
    dog.started(false);
    t = 500;
    dog.heard();
    t = 100_000;
    expect(dog.overrun()).toBe(false);
  });

  it('fires when a playing run stops streaming', () => {
    let t = 0;
    const dog = new RunWatchdog(() => t, 1000);
    dog.started(true);
    dog.heard();
    t = 800;
    dog.heard();
    t = 1700;
    expect(dog.overrun()).toBe(false);
    t = 1900;
    expect(dog.overrun()).toBe(true);
  });

  it('stays quiet after a playing run ends by itself, however long the page then waits', () => {
    let t = 0;
    const dog = new RunWatchdog(() => t, 1000);
    dog.started(true);
    t = 500;
    dog.heard();
    dog.ended();
    t = 60_000;
    expect(dog.overrun()).toBe(false);
    dog.playing(true);
    t = 61_500;
    expect(dog.overrun()).toBe(true);
  });

  it('lets a long first evaluation run while it reports progress, and still stops one that falls silent', () => {
    let t = 0;
    const dog = new RunWatchdog(() => t, 1000);
    dog.started(false);
    for (t = 600; t <= 6000; t += 600) {
      dog.progressed();
      expect(dog.overrun()).toBe(false);
    }
    t += 1100;
    expect(dog.overrun()).toBe(true);
  });

  it('counts progress while playing as the engine being heard', () => {
    let t = 0;
    const dog = new RunWatchdog(() => t, 1000);
    dog.started(true);
    t = 900;
    dog.progressed();
    t = 1800;
    expect(dog.overrun()).toBe(false);
    t = 2000;
    expect(dog.overrun()).toBe(true);
  });

  it('does not count time the page itself was held up, while the engine\'s reports wait in its queue', () => {
    let t = 0;
    const dog = new RunWatchdog(() => t, 1000, 3000);
    dog.started(true);
    t = 500;
    expect(dog.overrun()).toBe(false);
    // The page's thread was busy for 60 s: this check comes late, and says nothing.
    t = 60_500;
    expect(dog.overrun()).toBe(false);
    // The queued report arrives; the run goes on.
    dog.progressed();
    t = 61_300;
    expect(dog.overrun()).toBe(false);
    // Silence after that, checked on time, is the engine's.
    t = 61_700;
    expect(dog.overrun()).toBe(true);
  });
});
