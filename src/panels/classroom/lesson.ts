import type { Scenario } from '../../scenario/schema';

/** One step of a guided lesson: a single change to the scenario and what the charts show after it. */
export interface LessonStep {
  title: string;
  /** What to look at in the charts now, in one or two sentences. */
  explanation: string;
  /** Sets the one thing this step is about to an absolute value, so Back and Next give the same state from anywhere. */
  apply(scenario: Scenario): Scenario;
}

export interface Lesson {
  /** The example the lesson starts from (src/scenario/examples). */
  exampleId: string;
  title: string;
  /** The request whose key rate the step card shows. */
  focusRequestId: string;
  steps: readonly LessonStep[];
}
