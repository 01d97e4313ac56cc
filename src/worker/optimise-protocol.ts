import type { OptimiseOptions, OptimiseOutcome } from '../engine/optimise/optimise-placement';
import type { Scenario } from '../scenario/schema';

/** What the page sends the optimiser's worker: the design and the settings (no callbacks cross the boundary). */
export interface OptimiseRequest {
  scenario: Scenario;
  options: Omit<OptimiseOptions, 'now' | 'onProgress'>;
}

export type OptimiseWorkerMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; outcome: OptimiseOutcome }
  | { type: 'failed'; message: string };

export type { OptimiseOutcome } from '../engine/optimise/optimise-placement';
