import { evaluateScenario } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';

/** The CLI's JSON report: the same numbers the app shows, for scripts and grading. */
export function simulationReport(scenario: Scenario) {
  const evaluation = evaluateScenario(scenario);
  return {
    scenario: scenario.name,
    version: scenario.version,
    requests: evaluation.requests.map((r) => ({
      id: r.id,
      path: r.path,
      keyRateBitsPerSecond: r.keyRateBitsPerSecond,
      qber: r.qber,
      latencySeconds: r.latencySeconds,
      plobBitsPerSecond: r.plobBitsPerSecond,
      secretKeyBits: r.keyRateBitsPerSecond * scenario.settings.durationSeconds,
      noKeyReason: r.noKeyReason,
      hops: r.hops,
    })),
    links: evaluation.links.map((l) => ({
      id: l.id,
      transmittance: l.transmittance,
      lossDb: l.lossDb,
      latencySeconds: l.latencySeconds,
      plobBitsPerPulse: l.plobBitsPerPulse,
    })),
  };
}
