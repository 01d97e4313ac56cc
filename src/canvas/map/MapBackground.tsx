import { useViewport } from '@xyflow/react';
import * as d3 from 'd3';
import { useEffect, useState, type ReactNode } from 'react';
import { loadLand } from './load-land';
import { mapProjection } from './map-projection';

const toPath = d3.geoPath(mapProjection);

/** Sphere and graticule do not depend on data: drawn once per page, the first time the map is shown (not at load: ~40 ms). */
let outline: { sphere: string; graticule: string } | null = null;
function mapOutline(): { sphere: string; graticule: string } {
  outline ??= { sphere: toPath({ type: 'Sphere' }) ?? '', graticule: toPath(d3.geoGraticule10()) ?? '' };
  return outline;
}

/** The world (and any overlay given as children, e.g. ground tracks) drawn in flow coordinates behind nodes and edges, moving with the viewport like React Flow's own background. */
export function MapBackground({ children }: { children?: ReactNode }) {
  const { x, y, zoom } = useViewport();
  const { sphere, graticule } = mapOutline();
  const [land, setLand] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadLand()
      .then((feature) => live && setLand(toPath(feature) ?? ''))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  return (
    <svg className="react-flow__background map-background" data-testid="map-background" data-land={land ? 'loaded' : failed ? 'failed' : 'loading'} aria-hidden="true">
      <g transform={`translate(${x},${y}) scale(${zoom})`}>
        <path className="map__ocean" d={sphere} />
        <path className="map__graticule" d={graticule} />
        {land && <path className="map__land" d={land} data-testid="map-land" />}
        {children}
      </g>
    </svg>
  );
}
