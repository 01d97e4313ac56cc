import type { ScenarioInput } from '../schema';

/** A ready-made scenario for the gallery: what it is called and what it teaches, in two short lines. */
export interface Example {
  /** Stable id, used by the gallery, the classroom lessons and the tests. */
  id: string;
  title: string;
  /** Two lines: what the scenario shows, then what to look at in the results. */
  lesson: readonly [string, string];
  scenario: ScenarioInput;
  /** Simulated seconds per wall second to play it at; the session's default when left out. */
  speed?: number;
}
