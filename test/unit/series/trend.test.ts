import { describe, expect, it } from 'vitest';
import type { SeriesPeriod, SeriesUnit } from '../../../shared/schemas/series.ts';
import { computeTrend, slopeOf } from '../../../shared/series/trend.ts';

const years = (...values: number[]) => values.map((value, i) => ({ periodStart: `${2020 + i}-09-01`, label: `${2020 + i}/${21 + i}`, value }));
const opts = (o: Partial<{ unit: SeriesUnit; period: SeriesPeriod; better: 'higher' | 'lower'; trendPeriods: number | null }> = {}) => ({
  unit: 'percentage' as SeriesUnit,
  period: 'year' as SeriesPeriod,
  better: 'higher' as const,
  trendPeriods: null,
  ...o,
});

describe('slopeOf', () => {
  it('fits a straight line', () => {
    expect(slopeOf([1, 2, 3])).toBe(1);
    expect(slopeOf([10, 8, 6, 4])).toBe(-2);
    expect(slopeOf([5])).toBe(0);
  });
});

describe('computeTrend', () => {
  it('says improving when the numbers rise and higher is better', () => {
    expect(computeTrend(years(4, 20, 39), opts())).toEqual({
      direction: 'improving',
      arrow: 'up',
      periods: 3,
      words: 'Improving: up from 4% in 2020/21 to 39% in 2022/23 over the last 3 years.',
    });
  });

  it('counts a steady run of four or more as a change even when it is small, but not a wobble of the same size', () => {
    const months = (...values: number[]) => values.map((value, i) => ({ periodStart: `2024-0${i + 1}-01`, label: '', value }));
    // A waiting list up a little every month: 1,480 to 1,538 is 3.9% of its level, under the 5% for a change.
    const steady = computeTrend(months(1480, 1493, 1507, 1519, 1531, 1538), opts({ unit: 'count', period: 'month', better: 'lower' }));
    expect([steady.direction, steady.arrow]).toEqual(['worsening', 'up']);
    const wobble = computeTrend(months(1480, 1530, 1470, 1525, 1490, 1538), opts({ unit: 'count', period: 'month', better: 'lower' }));
    expect(wobble.direction).toBe('no-clear-change');
    // Three values are not a run: the 5% rule still decides.
    expect(computeTrend(years(1480, 1500, 1520), opts({ unit: 'count' })).direction).toBe('no-clear-change');
    // A run too small to matter (0.2% of the level) stays no clear change.
    expect(computeTrend(months(1000, 1000.5, 1001, 1001.5, 1002), opts({ unit: 'count', period: 'month' })).direction).toBe('no-clear-change');
  });

  it('says worsening when the numbers rise and lower is better', () => {
    const t = computeTrend(years(10, 12, 15), opts({ unit: 'count', better: 'lower' }));
    expect([t.direction, t.arrow]).toEqual(['worsening', 'up']);
    expect(t.words).toBe('Worsening: up from 10 in 2020/21 to 15 in 2022/23 over the last 3 years.');
  });

  it('says improving when the numbers fall and lower is better, worsening when higher is better', () => {
    expect(computeTrend(years(30, 25, 21), opts({ unit: 'days', better: 'lower' })).direction).toBe('improving');
    const w = computeTrend(years(30, 25, 21), opts({ unit: 'days', better: 'higher' }));
    expect([w.direction, w.arrow]).toEqual(['worsening', 'down']);
    expect(w.words).toBe('Worsening: down from 30 days in 2020/21 to 21 days in 2022/23 over the last 3 years.');
  });

  it('says no clear change under 1 percentage point for percentages', () => {
    const t = computeTrend(years(39, 39.2, 39.8), opts());
    expect([t.direction, t.arrow]).toEqual(['no-clear-change', 'flat']);
    expect(t.words).toBe('No clear change: 39% in 2020/21 and 39.8% in 2022/23 over the last 3 years.');
    expect(computeTrend(years(39, 39.6, 40.2), opts()).direction).toBe('improving');
  });

  it('says no clear change under 5% of the mean for other units', () => {
    // mean 100, change 4 → under 5.
    expect(computeTrend(years(98, 100, 102), opts({ unit: 'count' })).direction).toBe('no-clear-change');
    // mean 100, change 6 → over 5.
    expect(computeTrend(years(97, 100, 103), opts({ unit: 'count' })).direction).toBe('improving');
    expect(computeTrend(years(0, 0, 0), opts({ unit: 'count' })).direction).toBe('no-clear-change');
  });

  it('looks only at the last N values: the default for the period, or trendPeriods', () => {
    // A fall long ago, flat for the last 3 years.
    const v = years(90, 60, 30, 30, 30, 30);
    expect(computeTrend(v, opts()).direction).toBe('no-clear-change');
    expect(computeTrend(v, opts()).periods).toBe(3);
    const six = computeTrend(v, opts({ trendPeriods: 6 }));
    expect([six.direction, six.periods]).toEqual(['worsening', 6]);
    const months = v.map((x, i) => ({ ...x, periodStart: `2021-0${i + 1}-01`, label: '' }));
    const m = computeTrend(months, opts({ period: 'month' }));
    expect([m.direction, m.periods]).toEqual(['worsening', 6]);
    expect(m.words).toBe('Worsening: down from 90% in Jan 2021 to 30% in Jun 2021 over the last 6 months.');
  });

  it('needs at least two values', () => {
    const none = { direction: 'not-enough-data', arrow: null, words: 'Not enough data: at least 2 values are needed.' };
    expect(computeTrend([], opts())).toEqual({ ...none, periods: 0 });
    expect(computeTrend(years(5), opts())).toEqual({ ...none, periods: 1 });
  });

  it('says "on the whole" when the first and last values disagree with the line', () => {
    const t = computeTrend(years(20, 40, 45, 50, 18), opts({ trendPeriods: 5 }));
    expect(t.direction).toBe('improving');
    expect(t.words).toBe('Improving: up on the whole over the last 5 years (20% in 2020/21, 18% in 2024/25).');
  });
});
