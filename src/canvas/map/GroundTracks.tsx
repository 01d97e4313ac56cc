import { useEffect, useMemo, useState } from 'react';
import { useEditor, useDocument } from '../../editor/editor-context';
import { groundTrackPath, trackSampleTimes } from './ground-track-path';
import './map-tracks.css';

/** Each satellite's ground track over the run, drawn in flow coordinates inside the map's transformed group. */
export function GroundTracks() {
  const { queries } = useEditor();
  const scenario = useDocument((s) => s.scenario);
  const [paths, setPaths] = useState<{ id: string; d: string }[]>([]);
  // Only the orbits and the run length shape a track: refetch when those change, not on every edit.
  const key = useMemo(
    () => JSON.stringify([scenario.settings.durationSeconds, scenario.nodes.filter((n) => n.kind === 'satellite').map((n) => [n.id, n.params])]),
    [scenario],
  );
  useEffect(() => {
    let live = true;
    const times = trackSampleTimes(scenario.settings.durationSeconds);
    const ids = scenario.nodes.filter((n) => n.kind === 'satellite').map((n) => n.id);
    void Promise.all(ids.map(async (id) => ({ id, d: groundTrackPath(await queries.groundTrack(scenario, id, times)) }))).then((next) => live && setPaths(next));
    return () => {
      live = false;
    };
    // `key` stands for everything of the scenario a track depends on.
  }, [queries, key]);
  return (
    <g className="map__tracks">
      {paths.map(({ id, d }) => (
        <path key={id} className="map__ground-track" d={d} data-testid={`ground-track-${id}`} />
      ))}
    </g>
  );
}
