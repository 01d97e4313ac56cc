import * as Comlink from 'comlink';
import { EngineClient, type EngineClientOptions, type RemoteEngine } from './engine-client';
import type { EngineApi } from './protocol';

export interface EngineConnection {
  client: EngineClient;
  /** Called with a message when the worker dies; the connection has already restarted it. */
  onCrash(listener: (message: string) => void): void;
}

function spawn(): { worker: Worker; remote: RemoteEngine } {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'qnet-engine' });
  return { worker, remote: Comlink.wrap<EngineApi>(worker) as unknown as RemoteEngine };
}

/** Start the engine worker; if it throws or dies, restart it and resend the latest scenario. */
export function createEngineConnection(options: Omit<EngineClientOptions, 'wrapListener'>, latestScenario: () => Parameters<EngineClient['sendNow']>[0]): EngineConnection {
  let current = spawn();
  const crashListeners = new Set<(message: string) => void>();
  const client = new EngineClient(current.remote, { ...options, wrapListener: (l) => Comlink.proxy(l) });
  const watch = (worker: Worker) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      const message = `The simulation engine stopped (${event.message || 'unknown error'}); it was restarted with your current scenario.`;
      current = spawn();
      watch(current.worker);
      client.reconnect(current.remote, latestScenario());
      for (const listener of crashListeners) listener(message);
    });
  };
  watch(current.worker);
  return { client, onCrash: (listener) => crashListeners.add(listener) };
}
