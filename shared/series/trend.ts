/**
 * Direction of travel over the last N values (N = the series' trendPeriods, or a default
 * for its period: month 6, quarter 4, term 3, year 3).
 *
 * The slope is a least-squares line through the last N values, taken one step per value
 * (a missing period is not a step). The change the line implies over the window
 * (slope × (N − 1)) is "no clear change" when it is smaller than:
 * - for percentages, 1 percentage point;
 * - otherwise, 5% of the mean level of the window (any change at all when the mean is 0).
 * A steady run is clear even when it is smaller: four or more values each moving the same
 * way (a waiting list up a little every month) count as a change once it reaches a
 * quarter of that threshold. Otherwise the numbers went up or down, and the series'
 * better direction decides whether that is improving or worsening.
 */
import type { BetterDirection, SeriesPeriod, SeriesUnit, Trend } from '../schemas/series.ts';
import { formatSeriesValue } from './format.ts';
import { periodLabel } from './periods.ts';

export const defaultTrendPeriods: Record<SeriesPeriod, number> = { month: 6, quarter: 4, term: 3, year: 3 };

/** Below this the change over the window is "no clear change". */
export const PERCENTAGE_POINTS_THRESHOLD = 1;
export const RELATIVE_THRESHOLD = 0.05;
/** How many values in a row must move the same way to count as a steady run. */
export const STEADY_RUN = 4;

/** Every step moves the same way, over at least STEADY_RUN values. */
function isSteady(ys: readonly number[]): boolean {
  if (ys.length < STEADY_RUN) return false;
  const steps = ys.slice(1).map((y, i) => y - ys[i]!);
  return steps.every((d) => d > 0) || steps.every((d) => d < 0);
}

export const periodWords: Record<SeriesPeriod, [string, string]> = {
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  term: ['term', 'terms'],
  year: ['year', 'years'],
};

export interface TrendInput {
  unit: SeriesUnit;
  period: SeriesPeriod;
  better: BetterDirection;
  trendPeriods: number | null;
  /** How a value is written in the words (a pack suppresses small counts); formatSeriesValue when absent. */
  format?: (value: number) => string;
}

/** The least-squares slope of values taken one step apart. */
export function slopeOf(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

/** `values` oldest first. */
export function computeTrend(values: readonly { periodStart: string; label: string; value: number }[], s: TrendInput): Trend {
  const n = s.trendPeriods ?? defaultTrendPeriods[s.period];
  const window = values.slice(-n);
  if (window.length < 2)
    return { direction: 'not-enough-data', arrow: null, periods: window.length, words: 'Not enough data: at least 2 values are needed.' };
  const ys = window.map((v) => v.value);
  const change = slopeOf(ys) * (ys.length - 1);
  const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
  const threshold = s.unit === 'percentage' ? PERCENTAGE_POINTS_THRESHOLD : RELATIVE_THRESHOLD * Math.abs(mean);
  const first = window[0]!;
  const last = window[window.length - 1]!;
  const name = (v: typeof first) => v.label.trim() || periodLabel(v.periodStart, s.period);
  const fmt = (v: typeof first) => (s.format ? s.format(v.value) : formatSeriesValue(v.value, s.unit));
  const over = `over the last ${window.length} ${periodWords[s.period][1]}`;
  const clear = Math.abs(change) >= (isSteady(ys) ? threshold / 4 : threshold);
  if (!clear || change === 0)
    return { direction: 'no-clear-change', arrow: 'flat', periods: window.length, words: `No clear change: ${fmt(first)} in ${name(first)} and ${fmt(last)} in ${name(last)} ${over}.` };
  const arrow = change > 0 ? 'up' : 'down';
  const improving = (arrow === 'up') === (s.better === 'higher');
  const verdict = improving ? 'Improving' : 'Worsening';
  const endsAgree = arrow === 'up' ? last.value > first.value : last.value < first.value;
  const words = endsAgree
    ? `${verdict}: ${arrow} from ${fmt(first)} in ${name(first)} to ${fmt(last)} in ${name(last)} ${over}.`
    : `${verdict}: ${arrow} on the whole ${over} (${fmt(first)} in ${name(first)}, ${fmt(last)} in ${name(last)}).`;
  return { direction: improving ? 'improving' : 'worsening', arrow, periods: window.length, words };
}
