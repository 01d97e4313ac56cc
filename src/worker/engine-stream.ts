import * as Comlink from 'comlink';
import type { RemoteEngine } from './engine-client';
import type { Beat } from './heartbeat';
import { EvaluationReceiver, EvaluationSender, wireBuffers, type WireEvaluationMessage } from './hop-table';
import type { Evaluation } from '../engine/results';
import type { EngineApi, EngineMessage } from './protocol';

/**
 * The engine's messages travel on the worker's own port beside Comlink's calls, not through a Comlink proxy: a
 * worker can then send before the page has subscribed (its first samples are not held back by a busy page), and
 * every message keeps its order. Comlink's side of the port ignores them (they carry no call id).
 */
interface StreamEnvelope {
  engineMessage: EngineMessage;
}

/** A message that carries an evaluation, as it travels: its hops as a table, or only what changed (hop-table.ts). */
type OnTheWire<M> = M extends { evaluation: Evaluation } ? Omit<M, 'evaluation'> & { evaluation: WireEvaluationMessage } : never;

interface WireEnvelope {
  wireMessage: OnTheWire<EngineMessage>;
}

/** A heartbeat (heartbeat.ts), on the same port so it keeps its place among the messages and answers. */
interface BeatEnvelope {
  engineBeat: Beat;
}

/** The name of the lock the worker holds for its whole life (heartbeat.ts), sent once it holds it. */
interface LifeLockEnvelope {
  engineLifeLock: string;
}

/** What a worker scope, a Worker or a MessagePort all offer. */
export interface StreamEndpoint extends Comlink.Endpoint {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/** Worker side: answer `api`'s calls through Comlink on `endpoint` and return the function that pushes a message. */
export function serveEngine(api: EngineApi, endpoint: StreamEndpoint): (message: EngineMessage) => void {
  Comlink.expose(api, endpoint);
  const evaluations = new EvaluationSender();
  return (message) => {
    // Sample arrays are moved, not copied: the worker never reads a block again once sent.
    if (message.type === 'samples') return endpoint.postMessage({ engineMessage: message } satisfies StreamEnvelope, [message.block.timeSeconds.buffer, message.block.values.buffer] as Transferable[]);
    // An evaluation's hops go as one table of columns, moved, not as objects to clone; after an edit only what changed (hop-table.ts).
    if (message.type === 'started' || message.type === 'evaluation') {
      const wire = { ...message, evaluation: evaluations.encode(message.evaluation) };
      return endpoint.postMessage({ wireMessage: wire } satisfies WireEnvelope, wireBuffers(wire.evaluation) as Transferable[]);
    }
    endpoint.postMessage({ engineMessage: message } satisfies StreamEnvelope, []);
  };
}

/** Worker side: the function that posts a heartbeat on `endpoint`. */
export function beatOn(endpoint: StreamEndpoint): (beat: Beat) => void {
  return (beat) => endpoint.postMessage({ engineBeat: beat } satisfies BeatEnvelope, []);
}

/** Worker side: tell the page the name of the lock this worker holds until it is gone. */
export function announceLifeLock(endpoint: StreamEndpoint, name: string): void {
  endpoint.postMessage({ engineLifeLock: name } satisfies LifeLockEnvelope, []);
}

/** Page side: call `listener` with the name of the worker's life lock when it announces it. */
export function listenForLifeLock(endpoint: Comlink.Endpoint, listener: (name: string) => void): void {
  endpoint.addEventListener('message', (event: Event) => {
    const data = (event as MessageEvent<unknown>).data;
    if (typeof data === 'object' && data !== null && 'engineLifeLock' in data) listener((data as LifeLockEnvelope).engineLifeLock);
  });
}

/** Page side: call `listener` on everything arriving on `endpoint` (any of it shows the worker alive), with the beat if it is one. */
export function listenForLife(endpoint: Comlink.Endpoint, listener: (beat: Beat | undefined) => void): void {
  endpoint.addEventListener('message', (event: Event) => {
    const data = (event as MessageEvent<unknown>).data;
    listener(typeof data === 'object' && data !== null && 'engineBeat' in data ? (data as BeatEnvelope).engineBeat : undefined);
  });
}

/** Page side: call `listener` with every engine message arriving on `endpoint`; returns the unsubscribe. */
export function listenToEngine(endpoint: Comlink.Endpoint, listener: (message: EngineMessage) => void): () => void {
  const evaluations = new EvaluationReceiver();
  const onMessage = (event: Event) => {
    const data = (event as MessageEvent<unknown>).data;
    if (typeof data !== 'object' || data === null) return;
    if ('engineMessage' in data) listener((data as StreamEnvelope).engineMessage);
    else if ('wireMessage' in data) {
      const wire = (data as WireEnvelope).wireMessage;
      let evaluation: Evaluation;
      try {
        evaluation = evaluations.decode(wire.evaluation);
      } catch (e) {
        return listener({ type: 'failed', runId: wire.runId, message: `${(e as Error).message}; reload the page to start the engine afresh.` });
      }
      listener({ ...wire, evaluation } as EngineMessage);
    }
  };
  endpoint.addEventListener('message', onMessage);
  return () => endpoint.removeEventListener('message', onMessage);
}

/**
 * The one listener on a worker's messages: holds what the worker says until the page attaches, then passes it on.
 * Keeping this single listener (rather than listening again) keeps every message in order.
 */
export class Relay {
  private buffer: EngineMessage[] = [];
  private listener: ((message: EngineMessage) => void) | null = null;

  readonly receive = (message: EngineMessage) => {
    if (this.listener) this.listener(message);
    else this.buffer.push(message);
  };

  /** Later, not now: the page registers its own listeners right after it attaches. */
  attach(listener: (message: EngineMessage) => void): void {
    queueMicrotask(() => {
      this.listener = listener;
      const held = this.buffer;
      this.buffer = [];
      held.forEach(listener);
    });
  }
}


/**
 * Page side: the engine behind `endpoint` (a Worker, or a port in tests). It is listened to from this moment, so what
 * the worker says before the page subscribes is held, not lost.
 */
export function connectEngine(endpoint: Comlink.Endpoint): RemoteEngine {
  const calls = Comlink.wrap<EngineApi>(endpoint);
  const relay = new Relay();
  listenToEngine(endpoint, relay.receive);
  return {
    subscribe: (listener) => relay.attach(listener),
    start: (scenario, options) => calls.start(scenario, options),
    startEdit: (patch, options) => calls.startEdit(patch, options),
    play: () => calls.play(),
    pause: () => calls.pause(),
    step: () => calls.step(),
    setSpeed: (speed) => calls.setSpeed(speed),
    cancel: () => calls.cancel(),
    sweepDistance: (...args) => calls.sweepDistance(...args),
    groundTrack: (...args) => calls.groundTrack(...args),
    bestPaths: (...args) => calls.bestPaths(...args),
    satellitePasses: (...args) => calls.satellitePasses(...args),
  };
}
