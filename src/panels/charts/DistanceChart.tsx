import { useEffect, useRef, useState } from 'react';
import { useEditor, useResults } from '../../editor/editor-context';
import type { DistanceSweep } from '../../engine/sweep-distance';
import { useSession } from '../../store/session-store';
import { formatBitsPerSecond } from '../../format/format-units';
import { distanceLengths } from './distance-lengths';
import { distanceTarget } from './distance-target';
import { DISTANCE_CHART_HEIGHT, drawDistanceChart } from './draw-distance-chart';
import { observeChartBox } from './chart-frame';
import { usePhysicsScenario } from '../use-physics-scenario';
import { useWorkerAnswer } from '../use-worker-answer';
import { observeOnScreen } from './visible-redraw';

/** Quiet time after an edit before asking the worker for a new curve. */
const SWEEP_DEBOUNCE_MS = 150;

/** Key rate against link length for the selected link or request's first hop, with the PLOB bound; computed in the worker while the chart is on screen. */
export function DistanceChart() {
  const { queries, results } = useEditor();
  const physics = usePhysicsScenario();
  const selection = useSession((s) => s.selection);
  const evaluation = useResults((r) => r.evaluation);
  const found = distanceTarget(physics, evaluation, selection);
  const target = found.ok ? found.target : null;
  const [box, setBox] = useState({ width: 360, fontPx: 11 });
  const svgRef = useRef<SVGSVGElement>(null);
  const figureRef = useRef<HTMLElement>(null);
  // Below the fold on first load: ask the worker for a curve only once someone can see it.
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => observeOnScreen(figureRef.current!, setOnScreen), []);

  const sweep = useWorkerAnswer<DistanceSweep>(
    target && onScreen ? () => queries.sweepDistance(physics, target.linkId, target.requestId, distanceLengths(target.lengthKm)) : null,
    (error) => ({ ok: false, error }),
    SWEEP_DEBOUNCE_MS,
    [queries, physics, onScreen, target?.linkId, target?.requestId, target?.lengthKm],
  );

  useEffect(() => {
    const svg = svgRef.current;
    const caption = figureRef.current?.querySelector('figcaption');
    if (!svg?.parentElement || !caption) return;
    // The observer's own measurement: reading clientWidth here could force another layout after the live charts drew.
    return observeChartBox(svg.parentElement, caption, svg, (width, fontPx) => setBox((b) => (b.width === width && b.fontPx === fontPx ? b : { width, fontPx })));
  }, []);

  const points = sweep?.ok && target && sweep.linkId === target.linkId && sweep.requestId === target.requestId ? sweep.points : null;
  useEffect(() => {
    if (svgRef.current && points && target) drawDistanceChart(svgRef.current, points, target.lengthKm, box.width, box.fontPx);
  }, [points, target?.lengthKm, box]);

  const here = points?.find((p) => p.lengthKm === target?.lengthKm);
  const lastWithKey = points?.filter((p) => p.keyRateBitsPerSecond > 0).at(-1);
  const summary = here
    ? `At ${here.lengthKm} km: key ${formatBitsPerSecond(here.keyRateBitsPerSecond)}, PLOB bound ${formatBitsPerSecond(here.plobBitsPerSecond)}.` +
      (lastWithKey ? ` Key up to about ${Math.round(lastWithKey.lengthKm)} km.` : ' No key at any length.')
    : '';
  const message = !found.ok ? found.reason : sweep && !sweep.ok ? `The engine could not sweep this link: ${sweep.error}` : null;

  return (
    <figure ref={figureRef} className="chart" data-testid="distance-chart" aria-labelledby="distance-title">
      <figcaption className="chart__header">
        <span id="distance-title" className="chart__title">
          Key rate against distance <span className="muted">(bit/s, log)</span>
        </span>
      </figcaption>
      {target && <p className="chart__subtitle muted">Link {target.linkId} of request {target.requestId}; everything else held fixed.</p>}
      <div className="chart__plot">
        <svg ref={svgRef} role="img" aria-label={`Key rate and PLOB bound against link length. ${summary}`} height={DISTANCE_CHART_HEIGHT} style={{ display: points ? 'block' : 'none' }} />
      </div>
      {message && <p className="muted">{message}</p>}
      <ul className="chart__legend" aria-hidden="true">
        <li><span className="chart__swatch distance__swatch--key" />Key rate</li>
        <li><span className="chart__swatch distance__swatch--plob" />PLOB bound −log₂(1−η)·rate</li>
        <li><span className="chart__swatch distance__swatch--dot" />this link</li>
      </ul>
      <p className="chart__readout" data-testid="distance-summary">{summary}</p>
    </figure>
  );
}
