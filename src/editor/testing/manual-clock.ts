/** A clock tests move by hand, so throttled code runs without real timers or timed assertions. */
export function manualClock() {
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
