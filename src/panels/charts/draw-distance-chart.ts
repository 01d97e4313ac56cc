import * as d3 from 'd3';
import type { DistancePoint } from '../../engine/sweep-distance';
import { logTicks, valueRange, valueScale } from './value-scale';

export const DISTANCE_CHART_HEIGHT = 200;
const MARGIN = { top: 10, right: 14, bottom: 30, left: 56 };

/** Key rate and PLOB bound against link length on a log axis, with the link's current length marked. */
export function drawDistanceChart(svgElement: SVGSVGElement, points: readonly DistancePoint[], currentKm: number, width: number): void {
  const svg = d3.select(svgElement);
  svg.selectAll('*').remove();
  svg.attr('viewBox', `0 0 ${width} ${DISTANCE_CHART_HEIGHT}`).attr('width', width);
  const maxKm = d3.max(points, (p) => p.lengthKm) ?? 1;
  const x = d3.scaleLinear().domain([0, maxKm]).range([MARGIN.left, width - MARGIN.right]);
  const range = valueRange(points.flatMap((p) => [p.keyRateBitsPerSecond, p.plobBitsPerSecond]));
  const { scale: y, defined } = valueScale('log', range, [DISTANCE_CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
  svg.append('g').attr('transform', `translate(0,${DISTANCE_CHART_HEIGHT - MARGIN.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 80))));
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(d3.axisLeft(y).tickValues(logTicks(y)).tickFormat(d3.format('~s')));
  svg.append('text').attr('class', 'chart__axis-label').attr('x', MARGIN.left).attr('y', DISTANCE_CHART_HEIGHT - 2).text('link length (km)');

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
      .attr('cy', hasKey ? y(current.keyRateBitsPerSecond) : DISTANCE_CHART_HEIGHT - MARGIN.bottom)
      .append('title')
      .text(`${current.lengthKm} km (this link)`);
  }
}
