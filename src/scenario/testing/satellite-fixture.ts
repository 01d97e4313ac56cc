import { satellitePass } from '../examples/satellite-pass';
import type { ScenarioInput } from '../schema';

/** The satellite example with its orbit pinned (ascending node at 0° E at t = 0), so tests do not follow edits to the example's timing. */
export const pinnedSatelliteScenario: ScenarioInput = structuredClone({ ...satellitePass.scenario, settings: { durationSeconds: 600, timeStepSeconds: 10 } });
for (const node of pinnedSatelliteScenario.nodes ?? []) {
  if (node.kind === 'satellite') node.params = { altitudeKm: 500, inclinationDeg: 97.4, raanDeg: 0, phaseDeg: 0 };
}
