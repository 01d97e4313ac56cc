import { useEffect, useMemo, useState } from 'react';
import { useApp, useScenarioState } from '../../app/app-context';
import { useThrottledResults } from '../../app/use-throttled-results';
import type { GeoLocation } from './map-projection';

const NONE: ReadonlyMap<string, GeoLocation> = new Map();

/** Where each satellite is overhead at the current simulated time, asked of the engine at most four times a second. */
export function useSatellitePoints(enabled: boolean): ReadonlyMap<string, GeoLocation> {
  const { engine } = useApp();
  const scenario = useScenarioState((s) => s.scenario);
  const satelliteIds = useMemo(() => scenario.nodes.filter((n) => n.kind === 'satellite').map((n) => n.id), [scenario.nodes]);
  const active = enabled && satelliteIds.length > 0;
  const timeSeconds = useThrottledResults((r) => r.timeSeconds, Object.is, 250, active);
  const [points, setPoints] = useState(NONE);
  useEffect(() => {
    if (!active) return;
    let live = true;
    void Promise.all(satelliteIds.map(async (id) => [id, (await engine.groundTrack(scenario, id, [timeSeconds]))[0]] as const)).then((entries) => {
      if (!live) return;
      setPoints(new Map(entries.flatMap(([id, p]) => (p ? [[id, p] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [active, engine, scenario, satelliteIds, timeSeconds]);
  return active ? points : NONE;
}
