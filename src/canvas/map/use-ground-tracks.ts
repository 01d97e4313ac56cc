import { useEffect, useMemo, useState } from 'react';
import { useDocument, useEditor } from '../../editor/editor-context';
import { trackSampleTimes } from './ground-track-path';
import type { GeoLocation } from './map-projection';

const NONE: ReadonlyMap<string, GeoLocation[]> = new Map();

/** Each satellite's ground track over the run, from the worker; refetched only when the orbits or the run length change. */
export function useGroundTracks(enabled = true): ReadonlyMap<string, GeoLocation[]> {
  const { queries } = useEditor();
  const scenario = useDocument((s) => s.scenario);
  const [tracks, setTracks] = useState(NONE);
  const key = useMemo(
    () => JSON.stringify([scenario.settings.durationSeconds, scenario.nodes.filter((n) => n.kind === 'satellite').map((n) => [n.id, n.params])]),
    [scenario],
  );
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const times = trackSampleTimes(scenario.settings.durationSeconds);
    const ids = scenario.nodes.filter((n) => n.kind === 'satellite').map((n) => n.id);
    void Promise.all(ids.map(async (id) => [id, await queries.groundTrack(scenario, id, times)] as const)).then((entries) => live && setTracks(new Map(entries)));
    return () => {
      live = false;
    };
    // `key` stands for everything of the scenario a track depends on.
  }, [queries, key, enabled]);
  return enabled ? tracks : NONE;
}
