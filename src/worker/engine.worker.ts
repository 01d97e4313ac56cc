import { defaultScenario } from '../scenario/default-scenario-parsed';
import { EngineService, realClock } from './engine-service';
import { announceLifeLock, beatOn, serveEngine } from './engine-stream';
import { beatingApi, beatingTimer, browserLocks, HEARTBEAT_INTERVAL_MS, holdLifeLock } from './heartbeat';
import { heldUntil } from './held-calls';
import { PRESTART_SPEED, PRESTART_WORKER_NAME, PRESTARTED_RUN_ID } from './protocol';

type Scope = Parameters<typeof serveEngine>[1];
const beat = beatOn(self as unknown as Scope);
// Each batch of steps and each call is bracketed by busy/idle beats, so the page tells a long computation from a dead worker.
const service = new EngineService({ ...realClock, setTimeout: beatingTimer(beat) });

// The checks of what the page sends (zod, about a third of this worker's code) load in a chunk of their own, after the
// default run below has started: the page's calls wait for them, in order.
const checksLoaded = import('../scenario/scenario-checks').then((checks) => service.useChecks(checks.scenarioChecks));

// The worker side: the service's commands behind Comlink, its messages pushed on the worker's own port.
service.subscribe(serveEngine(heldUntil(beatingApi(service, beat), checksLoaded), self as unknown as Scope));
setInterval(() => beat('idle'), HEARTBEAT_INTERVAL_MS);
holdLifeLock(browserLocks(), (name) => announceLifeLock(self as unknown as Scope, name));

// Started by the page's entry before the app loaded: run the default scenario now rather than wait for a message,
// which the browser hands over only once the (busy, still loading) page gets round to it.
if (self.name === PRESTART_WORKER_NAME) service.run(defaultScenario(), { runId: PRESTARTED_RUN_ID, speed: PRESTART_SPEED, playing: true });
