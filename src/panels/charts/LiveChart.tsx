import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSession } from '../../store/session-store';
import { streamRedrawIntervalMs } from './redraw-interval';
import { useEditor, useDocument, useResults } from '../../editor/editor-context';
import type { RequestSeries } from '../../engine/simulation';
import { ChartLegend } from './ChartLegend';
import { requestName } from '../../format/names';
import { ChartTable } from './ChartTable';
import { CHART_HEIGHT, TimeChartDrawing } from './draw-time-chart';
import { observeChartBox } from './chart-frame';
import { GlossaryTerm } from '../help/GlossaryTerm';

/** Charts whose quantity the glossary explains: their title opens it there. */
const GLOSSARY_ENTRY: Partial<Record<string, string>> = { keyRateBitsPerSecond: 'secret-key-rate', qber: 'qber', fidelity: 'fidelity' };
import { MAX_CHART_REQUESTS } from './series-colours';
import { seriesLook } from './series-look';
import type { ScaleKind } from './value-scale';
import { observeOnScreen, VisibleRedraw } from './visible-redraw';

/**
 * A live chart of one streamed series for every request against simulated time. Reads the results buffers directly and
 * redraws streamed data at most every STREAM_REDRAW_INTERVAL_MS (redraw-interval.ts; less often during canvas gestures, never while off screen) and interactions once per animation frame; React renders only the frame, the toggles, the legend and the table.
 */
export function LiveChart({ series }: { series: RequestSeries }) {
  const { results } = useEditor();
  const look = seriesLook(series);
  const [scale, setScale] = useState<ScaleKind>(look.logByDefault ? 'log' : 'linear');
  const [showTable, setShowTable] = useState(false);
  const requestIds = useResults((r) => r.requestIds);
  const scenario = useDocument((s) => s.scenario);
  const columns = useMemo(() => Array.from({ length: Math.min(requestIds.length, MAX_CHART_REQUESTS) }, (_, i) => i), [requestIds]);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const readoutRef = useRef<HTMLParagraphElement>(null);
  const hoverX = useRef<number | null>(null);
  const redrawRef = useRef<() => void>(() => {});
  // The plot's width as the ResizeObserver last reported it (0 until then): reading clientWidth while mounting forced
  // a layout of the whole page once per chart, the largest cost before the first sample (bench/RESULTS.md).
  const widthRef = useRef(0);
  const fontRef = useRef(11);
  const captionRef = useRef<HTMLElement>(null);
  const labelOf = (id: string) => requestName(scenario, id);
  const labelRef = useRef(labelOf);
  labelRef.current = labelOf;

  // A layout effect, so the observers below are attached before the page's first layout and report in that very frame:
  // attached after the first paint (useEffect), the first sample waited one more frame and layout (~70 ms at load).
  useLayoutEffect(() => {
    const svg = svgRef.current!;
    const drawing = new TimeChartDrawing(svg, canvasRef.current!, series, look);
    let frame = 0;
    let drawnRows = 0;
    let drawnWidth = 0;
    let drawnFont = 0;
    const paint = () => {
      const width = widthRef.current;
      if (width === 0) return;
      const { hoverRow } = drawing.draw(results, results.durationSeconds, { width, scale, columns, hoverX: hoverX.current, fontPx: fontRef.current });
      const rows = results.rowCount;
      drawnRows = rows;
      drawnWidth = width;
      drawnFont = fontRef.current;
      svg.dataset.samples = String(rows);
      svg.dataset.lastValue = String(rows > 0 && columns.length > 0 ? results.value(rows - 1, 0, series) : NaN);
      const readout = readoutRef.current;
      if (!readout) return;
      if (hoverRow >= 0) {
        const values = columns.map((i) => `${labelRef.current(results.requestIds[i] ?? '')}: ${look.format(results.value(hoverRow, i, series))}`);
        readout.textContent = `t = ${+results.time(hoverRow).toPrecision(6)} s · ${values.join(' · ')}`;
      } else {
        readout.textContent = rows > 0 && columns.length > 0 ? `Latest: ${look.format(results.value(rows - 1, 0, series))} at t = ${results.time(rows - 1).toFixed(0)} s` : 'Waiting for samples…';
      }
    };
    const gate = new VisibleRedraw(paint);
    const redraw = () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      gate.request();
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(redraw);
    };
    // Streamed samples redraw at most ten times a second (hover and resize still redraw on the next frame): redrawing
    // every chart on every frame was the largest script cost while dragging on the canvas (bench/RESULTS.md).
    let streamTimer: ReturnType<typeof setTimeout> | 0 = 0;
    const scheduleFromStream = () => {
      // Off screen: only remember that the chart is behind; it catches up when scrolled back into view.
      if (!gate.onScreen) return gate.request();
      // A run's first samples are drawn at once, so the chart never waits a throttle interval to show anything.
      if (drawnRows === 0 && results.rowCount > 0) return redraw();
      if (streamTimer === 0) streamTimer = setTimeout(() => ((streamTimer = 0), schedule()), streamRedrawIntervalMs(useSession.getState().canvasGesture));
    };
    redrawRef.current = schedule;
    redraw();
    const unsubscribe = results.subscribe(scheduleFromStream);
    // Also the first draw on mount: an observer reports every element once it has been laid out.
    const stopResize = observeChartBox(svg.parentElement!, captionRef.current!, svg, (width, fontPx) => {
      widthRef.current = width;
      fontRef.current = fontPx;
      if (width !== drawnWidth || fontPx !== drawnFont) redraw();
    });
    const stopWatching = observeOnScreen(svg.parentElement!, (visible) => gate.setVisible(visible));
    return () => {
      unsubscribe();
      stopResize();
      stopWatching();
      if (frame) cancelAnimationFrame(frame);
      if (streamTimer) clearTimeout(streamTimer);
    };
  }, [results, series, look, scale, columns]);

  const onPointer = (e: React.PointerEvent<HTMLDivElement>) => {
    hoverX.current = e.type === 'pointerleave' ? null : e.clientX - e.currentTarget.getBoundingClientRect().left;
    redrawRef.current();
  };

  return (
    <figure className="chart" aria-labelledby={`chart-title-${series}`} data-testid={`live-chart-${series}`}>
      <figcaption ref={captionRef} className="chart__header">
        <span id={`chart-title-${series}`} className="chart__title">
          {GLOSSARY_ENTRY[series] ? <GlossaryTerm entry={GLOSSARY_ENTRY[series]}>{look.title}</GlossaryTerm> : look.title}{' '}
          {look.unit && <span className="muted">({look.unit})</span>}
        </span>
        <span className="chart__tools">
          <button type="button" aria-pressed={scale === 'log'} onClick={() => setScale(scale === 'log' ? 'linear' : 'log')} title="Logarithmic value axis; zeros are left out">
            Log
          </button>
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable(!showTable)}>
            Show as table
          </button>
        </span>
      </figcaption>
      <div className="chart__plot" onPointerMove={onPointer} onPointerLeave={onPointer}>
        <canvas ref={canvasRef} className="chart__canvas" aria-hidden="true" />
        <svg ref={svgRef} role="img" aria-label={`${look.title} against simulated time; use Show as table for the values`} data-testid={`chart-${series}`} height={CHART_HEIGHT} />
      </div>
      <ChartLegend requestIds={requestIds} columns={columns} />
      <p ref={readoutRef} className="chart__readout" data-testid={`chart-readout-${series}`} aria-live="off" />
      {showTable && <ChartTable series={series} columns={columns} />}
    </figure>
  );
}
