import { defaultScenarioInput } from '../scenario/default-scenario';
import { EngineService } from './engine-service';
import { serveEngine } from './engine-stream';
import { PRESTART_SPEED, PRESTART_WORKER_NAME, PRESTARTED_RUN_ID, type EngineApi } from './protocol';

const service = new EngineService();

/** The worker side: the service's commands behind Comlink, its messages pushed on the worker's own port. */
const api: EngineApi = {
  start: (scenario, options) => service.start(scenario, options),
  play: () => service.play(),
  pause: () => service.pause(),
  step: () => service.step(),
  setSpeed: (speed) => service.setSpeed(speed),
  cancel: () => service.cancel(),
  sweepDistance: (scenario, linkId, requestId, lengthsKm) => service.sweepDistance(scenario, linkId, requestId, lengthsKm),
  groundTrack: (scenario, nodeId, timesSeconds) => service.groundTrack(scenario, nodeId, timesSeconds),
};

service.subscribe(serveEngine(api, self as unknown as Parameters<typeof serveEngine>[1]));

// Started by the page's entry before the app loaded: run the default scenario now rather than wait for a message,
// which the browser hands over only once the (busy, still loading) page gets round to it.
if (self.name === PRESTART_WORKER_NAME) service.start(defaultScenarioInput, { runId: PRESTARTED_RUN_ID, speed: PRESTART_SPEED, playing: true });
