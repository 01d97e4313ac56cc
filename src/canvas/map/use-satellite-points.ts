import { useEffect, useMemo, useState } from 'react';
import { useEditor, useDocument, useResults } from '../../editor/editor-context';
import type { GeoLocation } from './map-projection';

const NONE: ReadonlyMap<string, GeoLocation> = new Map();

/** Where each satellite is overhead at the current simulated time, asked of the engine at most four times a second. */
export function useSatellitePoints(enabled: boolean): ReadonlyMap<string, GeoLocation> {
  const { queries } = useEditor();
  const scenario = useDocument((s) => s.scenario);
  const satelliteIds = useMemo(() => scenario.nodes.filter((n) => n.kind === 'satellite').map((n) => n.id), [scenario.nodes]);
  const active = enabled && satelliteIds.length > 0;
  const timeSeconds = useResults((r) => r.timeSeconds, { throttleMs: 250, enabled: active });
  const [points, setPoints] = useState(NONE);
  useEffect(() => {
    if (!active) return;
    let live = true;
    void Promise.all(satelliteIds.map(async (id) => [id, (await queries.groundTrack(scenario, id, [timeSeconds]))[0]] as const)).then((entries) => {
      if (!live) return;
      setPoints(new Map(entries.flatMap(([id, p]) => (p ? [[id, p] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [active, queries, scenario, satelliteIds, timeSeconds]);
  return active ? points : NONE;
}
