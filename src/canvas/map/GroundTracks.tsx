import * as d3 from 'd3';
import { useDocument } from '../../editor/editor-context';
import { footprintPolygon, satelliteFootprints } from './footprints';
import { groundTrackPath } from './ground-track-path';
import { mapProjection, type GeoLocation } from './map-projection';
import { useGroundTracks } from './use-ground-tracks';
import './map-tracks.css';

const toPath = d3.geoPath(mapProjection);

/** Each satellite's ground track over the run and, around the point below it now, the ground that sees it high enough: drawn in flow coordinates inside the map's transformed group. */
export function GroundTracks({ satellitePoints }: { satellitePoints: ReadonlyMap<string, GeoLocation> }) {
  const tracks = useGroundTracks();
  const scenario = useDocument((s) => s.scenario);
  const footprints = satelliteFootprints(scenario, satellitePoints);
  return (
    <g className="map__tracks">
      {footprints.map((f) => (
        <path key={`${f.satelliteId}-${f.minElevationDeg}`} className="map__footprint" d={toPath(footprintPolygon(f)) ?? ''} data-testid={`footprint-${f.satelliteId}`}>
          <title>{`Seen at ≥ ${f.minElevationDeg}° elevation`}</title>
        </path>
      ))}
      {[...tracks].map(([id, points]) => (
        <path key={id} className="map__ground-track" d={groundTrackPath(points)} data-testid={`ground-track-${id}`} />
      ))}
    </g>
  );
}
