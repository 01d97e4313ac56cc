import type { Evaluation } from '../../engine/results';
import type { Scenario } from '../../scenario/schema';

/** A quantity the step card reads from the engine's latest evaluation after the step's change. */
export type Observed =
  | { kind: 'request'; requestId: string; quantity: 'keyRate' | 'qber' | 'fidelity' | 'pairRate' | 'plob' }
  | { kind: 'link'; linkId: string; quantity: 'lossDb' | 'elevationDeg' };

/** Asked before the step's change is applied; the answer is checked, then the change shows what really happens. */
export type Prediction =
  | { kind: 'choice'; question: string; choices: readonly string[]; answerIndex: number }
  /** A number in `unit`; a guess within `tolerance` of `answer` counts as right (the tests hold the engine to the same band). */
  | { kind: 'number'; question: string; unit: string; answer: number; tolerance: number };

/** One step of a guided lesson: a single change to the scenario and what the charts show after it. */
export interface LessonStep {
  title: string;
  /** What to look at in the charts now, in one or two sentences. */
  explanation: string;
  /** Sets the one thing this step is about to an absolute value, so Back and Next give the same state from anywhere. */
  apply(scenario: Scenario): Scenario;
  /** The question asked before `apply`; the first step has none (it is the starting point). */
  predict?: Prediction;
  /** The engine's value shown after the change, with its label. */
  observe?: { label: string; value: Observed };
}

/** A goal checked live against the results; `met` reads only the scenario and the engine's evaluation. */
export interface Challenge {
  goal: string;
  /** The engine's value the goal is about, shown live beside it. */
  observe: { label: string; value: Observed };
  /** How a student can meet it, for the teacher sheet (the tests apply `solve` and check `met`). */
  hint: string;
  met(scenario: Scenario, evaluation: Evaluation): boolean;
  /** Where the challenge starts, applied like a step; without it the challenge starts from the last step. */
  setup?(scenario: Scenario): Scenario;
  /** A solution, applied by the tests (and described in `hint`); never shown as a button. */
  solve(scenario: Scenario): Scenario;
}

export interface Lesson {
  /** The example the lesson starts from (src/scenario/examples); it also names the lesson in links and the session. */
  exampleId: string;
  title: string;
  /** What a student should be able to say afterwards. */
  goals: readonly string[];
  /** Questions for the class discussion. */
  keyQuestions: readonly string[];
  /** Suggested minutes for free play, the guided steps, the challenge and the discussion (teacher sheet). */
  minutes: { explore: number; guided: number; challenge: number; discuss: number };
  /** The request whose key rate the step card shows. */
  focusRequestId: string;
  steps: readonly LessonStep[];
  challenge: Challenge;
}
