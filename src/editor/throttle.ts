export interface ThrottleClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Calls `fn` at most once per `intervalMs`, trailing: a burst of pokes runs it once, after the interval, with the
 * latest state. Used so a 60 Hz sample stream refreshes canvas badges a few times a second, not every batch.
 */
export function throttle(fn: () => void, intervalMs: number, clock: ThrottleClock = realClock): { poke(): void; cancel(): void } {
  let timer: unknown = null;
  let last = -Infinity;
  const run = () => {
    timer = null;
    last = clock.now();
    fn();
  };
  return {
    poke() {
      if (timer !== null) return;
      timer = clock.setTimeout(run, Math.max(0, intervalMs - (clock.now() - last)));
    },
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
