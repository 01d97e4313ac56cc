import * as d3 from 'd3';
import type { RequestSeries } from '../../engine/simulation';
import { chartFrame, type ChartFrame } from './chart-frame';
import { nearestRow } from './nearest-sample';
import type { SampleSource } from './sample-source';
import { seriesColour } from './series-colours';
import type { SeriesLook } from './series-look';
import { thinRows } from './thin-rows';
import { logTicks, valueRange, valueScale, type ScaleKind } from './value-scale';

/** The chart's height at the base text size; larger text adds to it (chart-frame.ts). */
export const CHART_HEIGHT = 180;
/** An SVG path stays fast up to a few thousand points; beyond this the lines go to a canvas. */
export const SVG_POINT_LIMIT = 3000;
/** Even on canvas, more points than pixels buys nothing: thin to about this many per line. */
const CANVAS_POINT_LIMIT = 20_000;

export interface DrawOptions {
  width: number;
  scale: ScaleKind;
  /** Request columns to draw (the first few requests). */
  columns: readonly number[];
  /** Pointer x in chart pixels, or null when the pointer is away. */
  hoverX: number | null;
  /** The chart's text size in px: margins and height follow it. */
  fontPx: number;
}

export interface DrawResult {
  /** The hovered row, or -1. */
  hoverRow: number;
  /** Whether the lines went to the canvas. */
  onCanvas: boolean;
}

type Group = d3.Selection<SVGGElement, unknown, null, undefined>;

/** The imperative half of a live chart: SVG axes, cursor and hover dots, and lines on SVG or canvas. */
export class TimeChartDrawing {
  private readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly xAxis: Group;
  private readonly yAxis: Group;
  private readonly lines: Group;
  private readonly cursor: Group;
  private readonly axisLabel: d3.Selection<SVGTextElement, unknown, null, undefined>;
  /** Whether the canvas holds lines (drawn when a chart has more points than SVG handles well). */
  private canvasInUse = false;

  constructor(
    svgElement: SVGSVGElement,
    private readonly canvas: HTMLCanvasElement,
    private readonly series: RequestSeries,
    private readonly look: SeriesLook,
  ) {
    this.svg = d3.select(svgElement);
    this.svg.selectAll('*').remove();
    // The canvas element outlives a drawing (a new run's requests make a new one): lines an earlier drawing left on it
    // must be cleared by the first draw, or an old run's curve stays on screen under the new one.
    this.canvasInUse = canvas.dataset.lines !== undefined && canvas.dataset.lines !== '0';
    this.xAxis = this.svg.append('g').attr('class', 'chart__x-axis');
    this.yAxis = this.svg.append('g').attr('class', 'chart__y-axis');
    this.lines = this.svg.append('g').attr('class', 'chart__lines');
    this.cursor = this.svg.append('g').attr('class', 'chart__cursor').attr('data-testid', 'chart-cursor');
    this.axisLabel = this.svg.append('text').attr('class', 'chart__axis-label').text('simulated time (s)');
  }

  draw(source: SampleSource, durationSeconds: number, opts: DrawOptions): DrawResult {
    const { width, columns } = opts;
    const frame = chartFrame(CHART_HEIGHT, opts.fontPx);
    const { margin, height } = frame;
    const rowCount = source.rowCount;
    const x = d3.scaleLinear().domain([0, Math.max(durationSeconds, 1)]).range([margin.left, width - margin.right]);
    const onCanvasCandidate = rowCount * columns.length > SVG_POINT_LIMIT;
    const rows = thinRows(rowCount, onCanvasCandidate ? CANVAS_POINT_LIMIT : Math.floor(SVG_POINT_LIMIT / Math.max(1, columns.length)));
    const onCanvas = rows.length * columns.length > SVG_POINT_LIMIT;
    const series = this.series;
    const range = valueRange(
      (function* () {
        for (const r of rows) for (const i of columns) yield source.value(r, i, series);
      })(),
    );
    const { scale: y, defined } = valueScale(opts.scale, range, [height - margin.bottom, margin.top]);

    this.svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height).attr('data-scale', opts.scale);
    this.axisLabel.attr('x', margin.left).attr('y', height - Math.round(opts.fontPx / 4));
    this.xAxis.attr('transform', `translate(0,${height - margin.bottom})`).call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 90)), '~s'));
    const yTicks = (opts.scale === 'log' ? d3.axisLeft(y).tickValues(logTicks(y)) : d3.axisLeft(y).ticks(5)).tickFormat((v) => this.look.tick(+v));
    this.yAxis.attr('transform', `translate(${margin.left},0)`).call(yTicks);

    const lineFor = (i: number) =>
      d3
        .line<number>()
        .defined((r) => defined(source.value(r, i, series)))
        .x((r) => x(source.time(r)))
        .y((r) => y(source.value(r, i, series)));
    this.drawCanvas(onCanvas ? rows : null, columns, lineFor, width, height);
    this.lines
      .selectAll<SVGPathElement, number>('path')
      .data(onCanvas ? [] : columns, (i) => i)
      .join('path')
      .attr('fill', 'none')
      .attr('stroke-width', 2)
      .attr('stroke', (i) => seriesColour(i))
      .attr('data-request', (i) => source.requestIds[i] ?? '')
      .attr('d', (i) => lineFor(i)(rows) ?? '');

    const hoverRow = opts.hoverX === null ? -1 : nearestRow(rowCount, (r) => source.time(r), x.invert(opts.hoverX));
    this.drawCursor(source, hoverRow, columns, x, y, defined, frame);
    return { hoverRow, onCanvas };
  }

  private drawCanvas(rows: number[] | null, columns: readonly number[], lineFor: (i: number) => d3.Line<number>, width: number, height: number): void {
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.canvas.dataset.lines = String(rows ? columns.length : 0);
    // A 2D context costs tens of milliseconds to create: only take one once a series needs the canvas.
    if (!rows && !this.canvasInUse) return;
    this.canvasInUse = rows !== null;
    const ratio = globalThis.devicePixelRatio || 1;
    const ctx = this.canvas.getContext('2d');
    if (this.canvas.width !== Math.round(width * ratio)) this.canvas.width = Math.round(width * ratio);
    if (this.canvas.height !== Math.round(height * ratio)) this.canvas.height = Math.round(height * ratio);
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!rows) return;
    ctx.lineWidth = 1.5;
    for (const i of columns) {
      ctx.beginPath();
      lineFor(i).context(ctx)(rows);
      ctx.strokeStyle = seriesColour(i);
      ctx.stroke();
    }
  }

  private drawCursor(
    source: SampleSource,
    row: number,
    columns: readonly number[],
    x: d3.ScaleLinear<number, number>,
    y: d3.ScaleContinuousNumeric<number, number>,
    defined: (v: number) => boolean,
    { margin, height }: ChartFrame,
  ): void {
    const cx = row < 0 ? null : x(source.time(row));
    this.cursor
      .selectAll('line')
      .data(cx === null ? [] : [cx])
      .join('line')
      .attr('x1', (d) => d)
      .attr('x2', (d) => d)
      .attr('y1', margin.top)
      .attr('y2', height - margin.bottom);
    const dots = row < 0 ? [] : columns.filter((i) => defined(source.value(row, i, this.series)));
    this.cursor
      .selectAll('circle')
      .data(dots)
      .join('circle')
      .attr('r', 3.5)
      .attr('fill', (i) => seriesColour(i))
      .attr('cx', cx ?? 0)
      .attr('cy', (i) => y(source.value(row, i, this.series)));
  }
}
