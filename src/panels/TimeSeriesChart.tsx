import * as d3 from 'd3';
import { useEffect, useRef } from 'react';
import { useApp } from '../app/app-context';
import type { RequestSeries } from '../engine/simulation';
import type { ResultsStore } from '../store/results-store';

interface Props {
  title: string;
  series: RequestSeries;
  unit: string;
  format: (value: number) => string;
}

const MARGIN = { top: 12, right: 16, bottom: 32, left: 64 };
const HEIGHT = 200;
/** Beyond this many points an SVG path gets slow; thin the line to about this many. */
const MAX_POINTS = 2000;
const COLORS = d3.schemeTableau10;

interface Drawn {
  svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  xAxis: d3.Selection<SVGGElement, unknown, null, undefined>;
  yAxis: d3.Selection<SVGGElement, unknown, null, undefined>;
  lines: d3.Selection<SVGGElement, unknown, null, undefined>;
}

function draw(drawn: Drawn, results: ResultsStore, series: RequestSeries, width: number) {
  const rows = results.rowCount;
  const x = d3.scaleLinear().domain([0, Math.max(results.durationSeconds, 1)]).range([MARGIN.left, width - MARGIN.right]);
  let max = 0;
  for (let r = 0; r < rows; r++) for (let i = 0; i < results.requestIds.length; i++) max = Math.max(max, results.value(r, i, series));
  const y = d3.scaleLinear().domain([0, max > 0 ? max * 1.15 : 1]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  drawn.svg.attr('viewBox', `0 0 ${width} ${HEIGHT}`).attr('width', width);
  drawn.xAxis.attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
  drawn.yAxis.attr('transform', `translate(${MARGIN.left},0)`).call(d3.axisLeft(y).ticks(5, '~s'));
  const stride = Math.max(1, Math.ceil(rows / MAX_POINTS));
  const indices = d3.range(0, rows, stride);
  if (rows > 0 && indices[indices.length - 1] !== rows - 1) indices.push(rows - 1);
  drawn.lines
    .selectAll<SVGPathElement, string>('path')
    .data(results.requestIds, (d) => d)
    .join('path')
    .attr('fill', 'none')
    .attr('stroke-width', 2)
    .attr('stroke', (_, i) => COLORS[i % COLORS.length]!)
    .attr('d', (_, i) =>
      d3
        .line<number>()
        .x((r) => x(results.time(r)))
        .y((r) => y(results.value(r, i, series)))(indices),
    );
}

/** A live line chart of one streamed quantity against simulated time, redrawn at most once per frame. */
export function TimeSeriesChart({ title, series, unit, format }: Props) {
  const { results } = useApp();
  const svgRef = useRef<SVGSVGElement>(null);
  const readoutRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const svgElement = svgRef.current!;
    const svg = d3.select(svgElement);
    svg.selectAll('*').remove();
    const drawn: Drawn = { svg, xAxis: svg.append('g'), yAxis: svg.append('g'), lines: svg.append('g') };
    svg.append('text').attr('class', 'chart__axis-label').attr('x', MARGIN.left).attr('y', HEIGHT - 2).text('simulated time (s)');
    let frame = 0;
    const redraw = () => {
      frame = 0;
      const width = svgElement.parentElement?.clientWidth || 360;
      draw(drawn, results, series, width);
      const rows = results.rowCount;
      svgElement.dataset.samples = String(rows);
      const last = rows > 0 && results.requestIds.length > 0 ? results.value(rows - 1, 0, series) : NaN;
      svgElement.dataset.lastValue = String(last);
      if (readoutRef.current) readoutRef.current.textContent = rows > 0 ? `Latest: ${format(last)} at t = ${results.time(rows - 1).toFixed(0)} s` : 'Waiting for samples…';
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(redraw);
    };
    redraw();
    const unsubscribe = results.subscribe(schedule);
    const resize = new ResizeObserver(schedule);
    resize.observe(svgElement.parentElement!);
    return () => {
      unsubscribe();
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [results, series, format]);

  return (
    <figure className="chart" aria-label={title}>
      <figcaption>
        {title} <span className="muted">({unit})</span>
      </figcaption>
      <svg ref={svgRef} role="img" aria-label={`${title} against simulated time`} data-testid={`chart-${series}`} height={HEIGHT} />
      <p ref={readoutRef} className="chart__readout" aria-live="off" />
    </figure>
  );
}
