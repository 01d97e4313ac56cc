import { defaultScenario } from '../scenario/default-scenario-parsed';
import { EngineService } from './engine-service';
import { serveEngine } from './engine-stream';
import { PRESTART_SPEED, PRESTART_WORKER_NAME, PRESTARTED_RUN_ID } from './protocol';

const service = new EngineService();

// The worker side: the service's commands behind Comlink, its messages pushed on the worker's own port.
service.subscribe(serveEngine(service, self as unknown as Parameters<typeof serveEngine>[1]));

// Started by the page's entry before the app loaded: run the default scenario now rather than wait for a message,
// which the browser hands over only once the (busy, still loading) page gets round to it.
if (self.name === PRESTART_WORKER_NAME) service.run(defaultScenario(), { runId: PRESTARTED_RUN_ID, speed: PRESTART_SPEED, playing: true });
