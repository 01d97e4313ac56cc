import { Simulation } from '../engine/simulation';
import { seriesOffset, REQUEST_SERIES } from '../worker/protocol';
import type { Scenario } from '../scenario/schema';

/** The CLI's JSON report: the same numbers the app shows, for scripts and grading. */
export function simulationReport(scenario: Scenario) {
  const simulation = new Simulation(scenario);
  const atStart = simulation.evaluation;
  const block = simulation.advance(simulation.totalSteps, REQUEST_SERIES);
  const rows = block.timeSeconds.length;
  const width = block.values.length / Math.max(rows, 1);
  const last = (i: number, series: 'secretKeyBits' | 'storedKeyBits') => (rows > 0 ? block.values[(rows - 1) * width + seriesOffset(i, series)]! : 0);
  return {
    scenario: scenario.name,
    version: scenario.version,
    durationSeconds: simulation.timeSeconds,
    /** Per request: the state at t = 0, and what the whole run delivered (satellite passes, failures and attacks included). */
    requests: atStart.requests.map((r, i) => ({
      id: r.id,
      protocol: r.protocol,
      path: r.path,
      keyRateBitsPerSecond: r.keyRateBitsPerSecond,
      qber: Number.isNaN(r.qber) ? null : r.qber,
      latencySeconds: r.latencySeconds,
      plobBitsPerSecond: r.plobBitsPerSecond,
      fidelity: Number.isNaN(r.fidelity) ? null : r.fidelity,
      entanglementRatePairsPerSecond: r.entanglementRatePairsPerSecond,
      linkShare: r.linkShare,
      secretKeyBits: last(i, 'secretKeyBits'),
      meanKeyRateBitsPerSecond: simulation.timeSeconds > 0 ? last(i, 'secretKeyBits') / simulation.timeSeconds : 0,
      storedKeyBits: last(i, 'storedKeyBits'),
      noKeyReason: r.noKeyReason,
      notes: r.notes,
      hops: r.hops,
    })),
    links: atStart.links.map((l) => ({
      id: l.id,
      transmittance: l.transmittance,
      lossDb: Number.isFinite(l.lossDb) ? l.lossDb : null,
      latencySeconds: l.latencySeconds,
      plobBitsPerPulse: l.plobBitsPerPulse,
      unavailableReason: l.unavailableReason,
    })),
  };
}
