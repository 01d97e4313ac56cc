import * as Comlink from 'comlink';
import { EngineService } from './engine-service';
import type { EngineApi, EngineMessage } from './protocol';

const service = new EngineService();

/** The worker side: the service behind Comlink, with sample arrays transferred rather than copied. */
const api: EngineApi = {
  subscribe(listener) {
    service.subscribe((message: EngineMessage) => {
      const transfers = message.type === 'samples' ? [message.block.timeSeconds.buffer, message.block.values.buffer] : [];
      void listener(Comlink.transfer(message, transfers as Transferable[]));
    });
  },
  start: (scenario, options) => service.start(scenario, options),
  play: () => service.play(),
  pause: () => service.pause(),
  step: () => service.step(),
  setSpeed: (speed) => service.setSpeed(speed),
  cancel: () => service.cancel(),
  sweepDistance: (scenario, linkId, requestId, lengthsKm) => service.sweepDistance(scenario, linkId, requestId, lengthsKm),
  groundTrack: (scenario, nodeId, timesSeconds) => service.groundTrack(scenario, nodeId, timesSeconds),
};

Comlink.expose(api);
