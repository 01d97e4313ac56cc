import type { BestPaths } from '../engine/best-paths';
import type { Evaluation } from '../engine/results';
import type { RequestSeries, ResumePoint, SampleBlock } from '../engine/simulation';
import type { SubSatellitePoint } from '../engine/orbits/sub-satellite-point';
import type { DistanceSweep } from '../engine/sweep-distance';
import type { SatellitePassList } from '../engine/satellite-passes';
import type { ScenarioPatch } from '../scenario/scenario-patch';

// The series order belongs to the engine (its tests read blocks by it); the page and the worker read it from here.
export { REQUEST_SERIES, seriesOffset } from '../engine/request-series';
export type { RequestSeries, SampleBlock };

/** Everything the engine worker pushes to the page, on its own port beside the calls (engine-stream.ts). */
export type EngineMessage =
  | { type: 'started'; runId: number; evaluation: Evaluation; requestIds: string[]; durationSeconds: number; timeSeconds: number }
  | { type: 'samples'; runId: number; block: SampleBlock; timeSeconds: number }
  /** The run's first evaluation is still going (a large network, evaluated in pieces): how many requests are done. */
  | { type: 'progress'; runId: number; requestsDone: number; requests: number }
  /** The network's results changed during the run (a satellite pass, a failure, an eavesdropper). */
  | { type: 'evaluation'; runId: number; evaluation: Evaluation; timeSeconds: number }
  | { type: 'finished'; runId: number; timeSeconds: number }
  | { type: 'rejected'; runId: number; errors: string[] }
  | { type: 'failed'; runId: number; message: string };

export interface RunOptions {
  runId: number;
  /** Simulated seconds per wall-clock second. */
  speed: number;
  playing: boolean;
  resume?: ResumePoint;
  /** The page's own checks gave back this very design (checked-designs.ts): the engine runs it without checking it again. */
  checked?: true;
}

/** The engine worker's API: command methods; what it pushes back arrives as EngineMessages (engine-stream.ts). */
export interface EngineApi {
  start(scenario: unknown, options: RunOptions): void;
  /** Like start, for the design last sent here with an edit applied: only what changed crosses the boundary. */
  startEdit(patch: ScenarioPatch, options: RunOptions): void;
  play(): void;
  pause(): void;
  /** Advance exactly one time step (while paused). */
  step(): void;
  setSpeed(speed: number): void;
  cancel(): void;
  /** Hop key rate and PLOB bound of one link at each length, for the request given; independent of the run. */
  sweepDistance(scenario: unknown, linkId: string, requestId: string, lengthsKm: number[]): DistanceSweep;
  /** Sub-satellite points of one satellite node at each time; empty for an invalid scenario or a node that is not a satellite. */
  groundTrack(scenario: unknown, nodeId: string, timesSeconds: number[]): SubSatellitePoint[];
  /** Up to `k` best paths of one request, each evaluated as if the request were alone on it; independent of the run. */
  bestPaths(scenario: unknown, requestId: string, k: number): BestPaths;
  /** The passes of one satellite over the stations it links to, during the run; independent of the run. */
  satellitePasses(scenario: unknown, satelliteId: string): SatellitePassList;
}

/** Every call the page can make, so a wrapper of the API misses none (the type demands each one). */
export const ENGINE_CALLS: Record<keyof EngineApi, true> = {
  start: true, startEdit: true, play: true, pause: true, step: true, setSpeed: true, cancel: true,
  sweepDistance: true, groundTrack: true, bestPaths: true, satellitePasses: true,
};

/** A worker given this name starts the default scenario itself as it loads, before the page has said anything. */
export const PRESTART_WORKER_NAME = 'qnet-engine-prestart';

/** The run number of that self-started run; the page numbers its own runs after it. */
export const PRESTARTED_RUN_ID = 1;

/**
 * The session's default speed (DEFAULT_SPEED, pinned by a test), written out so neither the worker nor the page's
 * entry need load the session store and with it React; the app sets the session's speed as soon as it starts anyway.
 */
export const PRESTART_SPEED = 20;
