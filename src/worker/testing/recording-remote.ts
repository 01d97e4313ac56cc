import { applyPatch } from '../../scenario/scenario-patch';
import type { RemoteEngine } from '../engine-client';
import type { EngineMessage, RunOptions } from '../protocol';

/** A run the page asked for: the whole design it holds (an edit's patch applied, as the worker would) and how. */
export interface RecordedStart {
  scenario: unknown;
  options: RunOptions;
  /** Sent as a patch of the design before it. */
  patched: boolean;
}

/** A remote engine that records the runs asked of it and lets a test push messages as the worker would. */
export function recordingRemote() {
  const starts: RecordedStart[] = [];
  let push: (message: EngineMessage) => void = () => {};
  const remote: RemoteEngine = {
    subscribe: (listener) => void (push = listener),
    start: (scenario, options) => void starts.push({ scenario, options, patched: false }),
    startEdit: (patch, options) => {
      const before = starts.at(-1)?.scenario as Record<string, unknown> | undefined;
      if (!before) throw new Error('an edit was sent before any design');
      starts.push({ scenario: applyPatch(before, patch), options, patched: true });
    },
    play: () => {},
    pause: () => {},
    step: () => {},
    setSpeed: () => {},
    cancel: () => {},
    sweepDistance: () => ({ ok: false, error: 'not in this fake' }),
    groundTrack: () => [],
    bestPaths: () => ({ ok: false, error: 'not in this fake' }),
    satellitePasses: () => ({ ok: false, error: 'not in this fake' }),
  };
  return { remote, starts, push: (message: EngineMessage) => push(message) };
}
