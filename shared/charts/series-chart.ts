/**
 * A data series drawn as an SVG line chart with Observable Plot, given a document to draw
 * in: the app passes the browser's, the evidence pack a jsdom one, so both show the same
 * chart. A line with dots; baseline, target, milestone and England average as labelled
 * horizontal lines told apart by their dash pattern as well as colour; the y axis in the
 * series' unit, scaled to the figures and reference lines (see yDomain); the x axis by period.
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

/**
 * The y axis' extent: the figures and reference lines with some room around them, so a
 * change from 5.9% to 3.1% is seen as the change it is. Zero stays in view only when the
 * figures come near it (no further from it than their own spread); percentages stay
 * within 0-100 unless the figures go beyond.
 */
export function yDomain(series: Pick<Series, 'unit'> & { values: readonly { value: number }[] }, refs: readonly { value: number }[]): [number, number] {
  const all = [...series.values.map((v) => v.value), ...refs.map((r) => r.value)].filter((v) => Number.isFinite(v));
  const percent = series.unit === 'percentage';
  if (all.length === 0) return [0, percent ? 100 : 1];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  let y0: number;
  let y1: number;
  if (hi === lo) {
    // One level only: from zero to a little above it (or below, for a negative figure).
    if (lo > 0) [y0, y1] = [0, lo * 1.15];
    else if (lo < 0) [y0, y1] = [lo * 1.15, 0];
    else [y0, y1] = [0, percent ? 10 : 1];
  } else {
    const span = hi - lo;
    const pad = span * 0.05;
    y0 = lo >= 0 && lo <= span ? 0 : lo - pad;
    y1 = hi <= 0 && -hi <= span ? 0 : hi + pad;
    // Room below is never taken past zero when every figure is at or above it.
    if (lo >= 0) y0 = Math.max(0, y0);
  }
  if (percent) {
    if (lo >= 0) y0 = Math.max(0, y0);
    if (hi <= 100) y1 = Math.min(100, y1);
  }
  return [y0, y1];
}

/** The domain widened to round steps (1, 2 or 5 times a power of ten, as d3 picks them), and that step. */
export function niceDomain([a, b]: [number, number], count: number): [number, number, number] {
  const raw = (b - a) / Math.max(1, count);
  if (!(raw > 0) || !Number.isFinite(raw)) return [a, b, 1];
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const step = (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1) * 10 ** power;
  return [Math.floor(a / step) * step, Math.ceil(b / step) * step, step];
}

/** Tick values from y0 to y1 by step, without floating-point dust (0.30000000000000004). */
const stepTicks = (y0: number, y1: number, step: number) => {
  const out: number[] = [];
  for (let i = 0; y0 + i * step <= y1 + step * 1e-9 && i < 100; i++) out.push(Number((y0 + i * step).toPrecision(12)));
  return out;
};

/** Where a reference line's name sits: at which end, and above or below its line. */
interface LabelPlace {
  side: 'right' | 'left';
  below: boolean;
}

const LABEL_HEIGHT = 12;
const LABEL_GAP = 6;

/**
 * Places each reference line's name so that none covers another, nor the figure at the
 * end of the line it sits at: above its line at the right end by preference, else at the
 * left end, else below the line (right, then left). Every arrangement is weighed (there
 * are at most four lines) and the one with the fewest overlaps, then the most preferred
 * places, wins. `toPx` turns a value into pixels up from the foot of the plot.
 */
export function placeLabels(refs: readonly { key: string; value: number }[], values: readonly { value: number }[], toPx: (v: number) => number, plotHeight: number): Map<string, LabelPlace> {
  const options: LabelPlace[] = [
    { side: 'right', below: false },
    { side: 'left', below: false },
    { side: 'right', below: true },
    { side: 'left', below: true },
  ];
  const end = { right: values.at(-1), left: values[0] };
  const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];
  const box = (value: number, p: LabelPlace): [number, number] => {
    const y = toPx(value);
    return p.below ? [y - LABEL_GAP - LABEL_HEIGHT - 2, y - 2] : [y + 2, y + LABEL_GAP + LABEL_HEIGHT];
  };
  // What one label costs where it is, on its own: off the plot, over the end figure, less preferred.
  const alone = (value: number, i: number) => {
    const p = options[i]!;
    const b = box(value, p);
    const dot = end[p.side];
    return (b[0] < -4 || b[1] > plotHeight + 20 ? 1000 : 0) + (dot !== undefined && overlaps(b, [toPx(dot.value) - 5, toPx(dot.value) + 5]) ? 100 : 0) + i;
  };
  const list = refs.slice(0, 6);
  let best: number[] = list.map(() => 0);
  let bestCost = Infinity;
  const choice: number[] = [];
  const search = (k: number, cost: number) => {
    if (cost >= bestCost) return;
    if (k === list.length) {
      bestCost = cost;
      best = [...choice];
      return;
    }
    for (let i = 0; i < options.length; i++) {
      const mine = box(list[k]!.value, options[i]!);
      let clash = 0;
      for (let j = 0; j < k; j++) if (options[choice[j]!]!.side === options[i]!.side && overlaps(mine, box(list[j]!.value, options[choice[j]!]!))) clash += 300;
      choice[k] = i;
      search(k + 1, cost + alone(list[k]!.value, i) + clash);
    }
    choice.length = k;
  };
  search(0, 0);
  return new Map(list.map((r, i) => [r.key, options[best[i]!]!]));
}

/** Draws the series; returns the chart's SVG element (or a figure wrapping it). */
export function seriesChart({ series, document, width, height, tips = true }: SeriesChartOptions): ReturnType<typeof Plot.plot> {
  const values = series.values.map((v) => ({ ...v, date: utc(v.periodStart), name: valueLabel(v, series) }));
  const refs = referenceLines(series);
  const fmt = (v: number) => formatSeriesValue(v, series.unit);
  const nameOf = new Map(values.map((v) => [v.date.getTime(), v.name]));
  const plotHeight = Math.max(60, height - 60);
  const yTicks = Math.max(3, Math.floor(plotHeight / 40));
  const [niceLow, niceHigh, yStep] = niceDomain(yDomain(series, refs), yTicks);
  let [y0, y1] = [niceLow, niceHigh];
  if (series.unit === 'percentage') {
    // Rounding out never takes the axis past 0% or 100% when the figures stay within them.
    const all = [...series.values.map((v) => v.value), ...refs.map((r) => r.value)];
    if (all.every((v) => v >= 0)) y0 = Math.max(0, y0);
    if (all.every((v) => v <= 100)) y1 = Math.min(100, y1);
  }
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

  // Reference labels sit at the right end above their line, unless that would cover another
  // label or the figure there: then at the left end, or below the line.
  const toPx = (v: number) => ((v - y0) / (y1 - y0 || 1)) * plotHeight;
  const places = placeLabels(refs, series.values, toPx, plotHeight);

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
    const place = places.get(r.key);
    const left = place?.side === 'left';
    marks.push(
      Plot.text([r], {
        y: 'value',
        text: (d: ReferenceLine) => `${d.name} ${fmt(d.value)}`,
        frameAnchor: left ? 'left' : 'right',
        textAnchor: left ? 'start' : 'end',
        dy: place?.below ? LABEL_GAP + LABEL_HEIGHT - 2 : -LABEL_GAP,
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
      nice: false,
      grid: true,
      label: `↑ ${unitAxisLabels[series.unit]}`,
      labelAnchor: 'top',
      ticks: stepTicks(y0, y1, yStep),
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
