/**
 * A data series drawn as an SVG line chart with Observable Plot, given a document to draw
 * in: the app passes the browser's, the evidence pack a jsdom one, so both show the same
 * chart. A line with dots; baseline, target, milestone and England average as labelled
 * horizontal lines told apart by their dash pattern as well as colour; the y axis in the
 * series' unit (0-100 for percentages unless the figures go beyond); the x axis by period.
 */
import * as Plot from '@observablehq/plot';
import type { Series, SeriesUnit, SeriesValue } from '../schemas/series.ts';
import { formatDate } from '../format.ts';
import { formatSeriesValue } from '../series/format.ts';
import { valueLabel } from '../series/periods.ts';

export interface SeriesChartOptions {
  series: Series;
  document: Document;
  width: number;
  height: number;
  /** Values shown on hover (the app); off for a printed pack. Default true. */
  tips?: boolean;
}

/** Colours at least 3:1 against white (the line 5.2:1), told apart by dash pattern too. */
export const chartColours = {
  line: '#1d70b8',
  baseline: '#505a5f',
  target: '#00703c',
  milestone: '#6f3c97',
  englandAverage: '#a8481a',
} as const;

export interface ReferenceLine {
  key: 'baseline' | 'target' | 'milestone' | 'englandAverage';
  name: string;
  value: number;
  colour: string;
  /** SVG stroke-dasharray: each line its own pattern, so colour is not the only cue. */
  dash: string;
}

const referenceStyles: Omit<ReferenceLine, 'value'>[] = [
  { key: 'target', name: 'Target', colour: chartColours.target, dash: '7,4' },
  { key: 'milestone', name: 'Milestone', colour: chartColours.milestone, dash: '10,3,2,3' },
  { key: 'baseline', name: 'Baseline', colour: chartColours.baseline, dash: '2,3' },
  { key: 'englandAverage', name: 'England average', colour: chartColours.englandAverage, dash: '14,4' },
];

/** The series' reference lines that have a value, in a fixed order. */
export function referenceLines(series: Series): ReferenceLine[] {
  const out: ReferenceLine[] = [];
  for (const style of referenceStyles) {
    const value = series[style.key];
    if (value !== null && Number.isFinite(value)) out.push({ ...style, value });
  }
  return out;
}

/** "2021/22" as written, or named from the period when the core gave no label. */
// A figure's period as people read it; kept beside the periods (no chart library) for the core's use.
export { valueLabel } from '../series/periods.ts';

const unitAxisLabels: Record<SeriesUnit, string> = {
  percentage: 'Percentage (%)',
  count: 'Count',
  days: 'Days',
  weeks: 'Weeks',
  rate: 'Rate',
};

/** One sentence for screen readers: what the chart shows, first and last figures, and the trend. */
export function describeSeries(series: Series): string {
  const values = series.values;
  const fmt = (v: number) => formatSeriesValue(v, series.unit);
  const first = values[0];
  const last = values[values.length - 1];
  const parts: string[] = [];
  if (!first || !last) parts.push('No figures yet.');
  else if (values.length === 1) parts.push(`One figure: ${fmt(first.value)} in ${valueLabel(first, series)}.`);
  else
    parts.push(
      `${values.length} figures from ${fmt(first.value)} in ${valueLabel(first, series)} to ${fmt(last.value)} in ${valueLabel(last, series)}.`,
    );
  for (const r of referenceLines(series)) parts.push(`${r.name} ${fmt(r.value)}.`);
  if (series.trend.words) parts.push(series.trend.words);
  return parts.join(' ');
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/**
 * At most `max` tick positions. Where every period would crowd the axis, ticks fall on
 * round steps of the calendar (every January, every other July…) so they read evenly.
 */
function pickTicks(values: readonly SeriesValue[], max: number): Date[] {
  const n = values.length;
  if (n === 0) return [];
  if (n <= max) return values.map((v) => utc(v.periodStart));
  for (const stride of [2, 3, 6, 12, 24, 36, 60, 120]) {
    const aligned = values.filter((v) => monthIndex(v.periodStart) % stride === 0);
    if (aligned.length >= 2 && aligned.length <= max) return aligned.map((v) => utc(v.periodStart));
  }
  const step = Math.ceil((n - 1) / (Math.max(2, max) - 1));
  const out: Date[] = [];
  for (let i = 0; i < n; i += step) out.push(utc(values[i]!.periodStart));
  return out;
}

function yDomain(series: Series, refs: readonly ReferenceLine[]): [number, number] {
  const all = [...series.values.map((v) => v.value), ...refs.map((r) => r.value)];
  const lo = Math.min(0, ...all);
  const hi = all.length > 0 ? Math.max(...all) : 0;
  if (series.unit === 'percentage') return [lo, Math.max(100, hi)];
  if (hi <= 0) return [lo, lo === 0 ? 1 : 0];
  return [lo, hi * 1.08];
}

/** Draws the series; returns the chart's SVG element (or a figure wrapping it). */
export function seriesChart({ series, document, width, height, tips = true }: SeriesChartOptions): ReturnType<typeof Plot.plot> {
  const values = series.values.map((v) => ({ ...v, date: utc(v.periodStart), name: valueLabel(v, series) }));
  const refs = referenceLines(series);
  const fmt = (v: number) => formatSeriesValue(v, series.unit);
  const nameOf = new Map(values.map((v) => [v.date.getTime(), v.name]));
  const [y0, y1] = yDomain(series, refs);
  const marginLeft = series.unit === 'percentage' ? 40 : 48;
  const marginRight = 24;
  const plotWidth = Math.max(120, width - marginLeft - marginRight);
  const ticks = pickTicks(series.values, Math.max(2, Math.floor(plotWidth / 64)));
  const firstDate = values[0]?.date;
  const lastDate = values[values.length - 1]?.date;
  const oneDay = 86_400_000;
  const xDomain: [Date, Date] | undefined =
    firstDate && lastDate
      ? firstDate.getTime() === lastDate.getTime()
        ? [new Date(firstDate.getTime() - 180 * oneDay), new Date(firstDate.getTime() + 180 * oneDay)]
        : [firstDate, lastDate]
      : undefined;

  // Reference labels sit at the right end above their line; one close to the label before it moves to the left end.
  const plotHeight = Math.max(60, height - 60);
  const sorted = [...refs].sort((a, b) => a.value - b.value);
  const side = new Map<string, 'right' | 'left'>();
  let previous: { value: number; side: 'right' | 'left' } | null = null;
  const toPx = (v: number) => (v / (y1 - y0 || 1)) * plotHeight;
  // A label sits just above its line: keep it off the data line's end points too.
  const underLabel = (r: ReferenceLine, v: { value: number } | undefined) => v !== undefined && toPx(v.value - r.value) > -4 && toPx(v.value - r.value) < 18;
  for (const r of sorted) {
    const px: number = toPx(r.value - (previous?.value ?? -Infinity));
    const crowdedRight: boolean = (previous !== null && px < 14 && previous.side === 'right') || (underLabel(r, series.values.at(-1)) && !underLabel(r, series.values[0]));
    const s: 'right' | 'left' = crowdedRight ? 'left' : 'right';
    side.set(r.key, s);
    previous = { value: r.value, side: s };
  }

  const marks: Plot.Markish[] = [
    Plot.ruleY([y0], { stroke: '#6f777b' }),
    ...refs.map((r) => Plot.ruleY([r.value], { stroke: r.colour, strokeWidth: 1.5, strokeDasharray: r.dash })),
  ];
  if (values.length > 0) {
    marks.push(
      Plot.line(values, { x: 'date', y: 'value', stroke: chartColours.line, strokeWidth: 2.5, curve: 'linear' }),
      Plot.dot(values, { x: 'date', y: 'value', fill: chartColours.line, stroke: 'white', r: values.length > 40 ? 2.5 : 4 }),
    );
  }
  // The reference lines' names over the data, with a white halo to stay readable.
  for (const r of refs) {
    const left = side.get(r.key) === 'left';
    marks.push(
      Plot.text([r], {
        y: 'value',
        text: (d: ReferenceLine) => `${d.name} ${fmt(d.value)}`,
        frameAnchor: left ? 'left' : 'right',
        textAnchor: left ? 'start' : 'end',
        dy: -6,
        dx: left ? 4 : -2,
        fill: r.colour,
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
        fontSize: 11,
        fontWeight: 600,
        className: 'series-ref-label',
      }),
    );
  }
  if (tips && values.length > 0) {
    marks.push(
      Plot.tip(
        values,
        Plot.pointerX({
          x: 'date',
          y: 'value',
          // Screen readers get the figures from the table; the tip is for the eye.
          ariaLabel: null,
          ariaHidden: 'true',
          className: 'series-tip',
          title: (d: (typeof values)[number]) => `${d.name}: ${fmt(d.value)}${d.note ? `\n${d.note}` : ''}`,
        }),
      ),
    );
  }

  const chart = Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 24,
    marginBottom: 32,
    style: { fontSize: '12px', fontFamily: 'inherit', background: 'white', color: '#0b0c0c', overflow: 'visible' },
    ariaLabel: series.title,
    ariaDescription: describeSeries(series),
    x: {
      type: 'utc',
      label: null,
      ...(xDomain ? { domain: xDomain, inset: 14 } : { domain: [utc('2020-01-01'), utc('2021-01-01')] }),
      ticks,
      tickFormat: (d: Date) => nameOf.get(d.getTime()) ?? formatDate(d.toISOString().slice(0, 10)),
    },
    y: {
      domain: [y0, y1],
      nice: series.unit !== 'percentage' || y1 > 100 || y0 < 0,
      grid: true,
      label: `↑ ${unitAxisLabels[series.unit]}`,
      labelAnchor: 'top',
      ticks: Math.max(3, Math.floor(plotHeight / 40)),
      tickFormat: series.unit === 'percentage' ? (d: number) => `${d}%` : undefined,
    },
    marks,
  });
  // One image with a name and a description; the figures are in the table beside it. Plot
  // names its groups ("line", "dot"…) with aria-label, which is not allowed on a plain <g>.
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
  svg?.setAttribute('role', 'img');
  for (const el of svg?.querySelectorAll('[aria-label], [aria-description]') ?? []) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  return chart;
}
