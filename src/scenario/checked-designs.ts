import type { Scenario } from './schema';

/**
 * The designs this thread's checks gave back, by identity. A scenario is never changed in place (every edit makes a
 * new object), so one found here still passes them: the page tells the engine so, and the engine does not check the
 * same design again (opening a 2,000-node link paid for its checks twice, once on each side).
 */
const checked = new WeakSet<Scenario>();

export function markChecked(scenario: Scenario): Scenario {
  checked.add(scenario);
  return scenario;
}

export function wasChecked(scenario: Scenario): boolean {
  return checked.has(scenario);
}
