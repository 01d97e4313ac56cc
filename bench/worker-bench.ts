/**
 * Worker streaming benchmark: the EngineService over a Node MessageChannel, wired the way src/worker/engine.worker.ts
 * wires it (calls through Comlink, messages pushed on the same port, sample arrays transferred). Both ends share one thread
 * here, so the numbers are the engine's and the messaging's cost, not the parallelism a real worker adds.
 * Run alone with `npx tsx bench/worker-bench.ts`.
 */
import { MessageChannel } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import * as Comlink from 'comlink';
import { Simulation } from '../src/engine/simulation';
import { defaultScenarioInput } from '../src/scenario/default-scenario';
import type { ScenarioInput } from '../src/scenario/schema';
import { parseScenario } from '../src/scenario/validate';
import { EngineService, realClock } from '../src/worker/engine-service';
import { scenarioChecks } from '../src/scenario/scenario-checks';
import { beatOn, connectEngine, serveEngine, type StreamEndpoint } from '../src/worker/engine-stream';
import { beatingApi, beatingTimer } from '../src/worker/heartbeat';
import { generateNetworkInput } from './generate-scenario';
import { fmt, memory, ms, timeMs } from './measure';
import { REQUEST_SERIES } from '../src/worker/protocol';

export interface StreamingRow {
  label: string;
  requests: number;
  speed: number;
  wallMs: number;
  batches: number;
  samples: number;
  samplesPerSecond: number;
  meanRowsPerBatch: number;
  /** Mean time from the service emitting a batch to the page-side listener receiving it. */
  meanDeliveryMs: number;
  /** Mean bytes of sample arrays per batch (transferred, not copied). */
  meanBytesPerBatch: number;
  /** `Simulation.advance(rows)` for one batch of the mean size, measured alone. */
  advanceMsPerBatch: number;
}

async function stream(label: string, input: ScenarioInput, speed: number, wallMs: number): Promise<StreamingRow> {
  const { port1, port2 } = new MessageChannel();
  // With the heartbeat's busy/idle beats around each call and batch, as in the worker.
  const beat = beatOn(port1 as unknown as StreamEndpoint);
  const service = new EngineService({ ...realClock, setTimeout: beatingTimer(beat) }, scenarioChecks);
  const push = serveEngine(beatingApi(service, beat), port1 as unknown as StreamEndpoint);
  // One port keeps the order, so the k-th message received is the k-th sent.
  const sentAt: number[] = [];
  service.subscribe((message) => {
    sentAt.push(performance.now());
    push(message);
  });
  const remote = connectEngine(port2 as unknown as Comlink.Endpoint);

  let received = 0;
  let batches = 0;
  let samples = 0;
  let bytes = 0;
  let deliveryMs = 0;
  let requests = 0;
  let firstAt = 0;
  let lastAt = 0;
  remote.subscribe((message) => {
    const now = performance.now();
    const sent = sentAt[received++] ?? now;
    if (message.type === 'started') requests = message.requestIds.length;
    if (message.type !== 'samples') return;
    if (batches === 0) firstAt = now;
    lastAt = now;
    batches++;
    samples += message.block.timeSeconds.length;
    bytes += message.block.timeSeconds.byteLength + message.block.values.byteLength;
    deliveryMs += now - sent;
  });
  await remote.start(input, { runId: 1, speed, playing: true });
  await new Promise((resolve) => setTimeout(resolve, wallMs));
  await remote.cancel();
  memory.sample();
  port1.close();
  port2.close();

  const meanRows = samples / Math.max(1, batches);
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const sim = new Simulation(parsed.scenario);
  sim.advance(1, REQUEST_SERIES);
  const rows = Math.max(1, Math.round(meanRows));
  const advanceMsPerBatch = timeMs(() => sim.advance(rows, REQUEST_SERIES));
  return {
    label,
    requests,
    speed,
    wallMs: lastAt - firstAt,
    batches,
    samples,
    samplesPerSecond: batches > 1 ? ((samples - samples / batches) / (lastAt - firstAt)) * 1000 : NaN,
    meanRowsPerBatch: meanRows,
    meanDeliveryMs: deliveryMs / Math.max(1, batches),
    meanBytesPerBatch: bytes / Math.max(1, batches),
    advanceMsPerBatch,
  };
}

export async function workerStreaming(wallMs = 3000): Promise<StreamingRow[]> {
  const long = (input: ScenarioInput): ScenarioInput => ({ ...input, settings: { durationSeconds: 1e6, timeStepSeconds: 1 } });
  return [
    await stream('default scenario, 1 request, real time ×1,000', long(defaultScenarioInput), 1e3, wallMs),
    await stream('default scenario, 1 request, as fast as allowed', long(defaultScenarioInput), 1e9, wallMs),
    await stream('generated 1,000 nodes, 100 requests, real time ×1,000', long(generateNetworkInput({ nodes: 1000 })), 1e3, wallMs),
    // Before batches had a time budget, one 20,000-step batch of this network blocked the worker for about a minute.
    await stream('generated 1,000 nodes, 100 requests, as fast as allowed', long(generateNetworkInput({ nodes: 1000 })), 1e9, wallMs),
  ];
}

export function workerTable(rows: StreamingRow[]): string {
  return [
    '| Stream | Requests | Samples/s delivered | Batches | Mean rows/batch | Bytes/batch | Emit → receive per batch | `advance(rows)` per batch |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      `| ${r.label} | ${r.requests} | ${fmt(r.samplesPerSecond)} | ${r.batches} | ${fmt(r.meanRowsPerBatch)} | ${fmt(r.meanBytesPerBatch)} | ${ms(r.meanDeliveryMs)} | ${ms(r.advanceMsPerBatch)} |`,
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(workerTable(await workerStreaming()));
  // Comlink may leave a MessagePort referenced.
  process.exit(0);
}
