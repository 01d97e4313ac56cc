import * as d3 from 'd3';
import type { DistancePoint } from '../../engine/sweep-distance';
import { chartFrame } from './chart-frame';
import { logTicks, valueRange, valueScale } from './value-scale';

/** The chart's height at the base text size; larger text adds to it (chart-frame.ts). */
export const DISTANCE_CHART_HEIGHT = 200;

/** Key rate and PLOB bound against link length on a log axis, with the link's current length marked. */
export function drawDistanceChart(svgElement: SVGSVGElement, points: readonly DistancePoint[], currentKm: number, width: number, fontPx: number): void {
  const { margin, height } = chartFrame(DISTANCE_CHART_HEIGHT, fontPx);
  const svg = d3.select(svgElement);
  svg.selectAll('*').remove();
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
  const maxKm = d3.max(points, (p) => p.lengthKm) ?? 1;
  const x = d3.scaleLinear().domain([0, maxKm]).range([margin.left, width - margin.right]);
  const range = valueRange(points.flatMap((p) => [p.keyRateBitsPerSecond, p.plobBitsPerSecond]));
  const { scale: y, defined } = valueScale('log', range, [height - margin.bottom, margin.top]);
  svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 80))));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).tickValues(logTicks(y)).tickFormat(d3.format('~s')));
  svg.append('text').attr('class', 'chart__axis-label').attr('x', margin.left).attr('y', height - Math.round(fontPx / 4)).text('link length (km)');

  const lineOf = (value: (p: DistancePoint) => number) =>
    d3
      .line<DistancePoint>()
      .defined((p) => defined(value(p)))
      .x((p) => x(p.lengthKm))
      .y((p) => y(value(p)));
  svg.append('path').attr('class', 'distance__plob').attr('data-testid', 'distance-plob-line').attr('d', lineOf((p) => p.plobBitsPerSecond)(points.slice()) ?? '');
  svg.append('path').attr('class', 'distance__key').attr('data-testid', 'distance-key-line').attr('d', lineOf((p) => p.keyRateBitsPerSecond)(points.slice()) ?? '');

  const current = points.find((p) => p.lengthKm === currentKm);
  if (current) {
    const hasKey = defined(current.keyRateBitsPerSecond);
    svg
      .append('circle')
      .attr('class', hasKey ? 'distance__dot' : 'distance__dot distance__dot--no-key')
      .attr('data-testid', 'distance-current-dot')
      .attr('r', 5)
      .attr('cx', x(current.lengthKm))
      .attr('cy', hasKey ? y(current.keyRateBitsPerSecond) : height - margin.bottom)
      .append('title')
      .text(`${current.lengthKm} km (this link)`);
  }
}
