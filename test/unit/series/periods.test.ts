import { describe, expect, it } from 'vitest';
import { inferPeriod, periodEnd, periodLabel, readPeriod, readPeriodIn } from '../../../shared/series/periods.ts';

const read = (cell: Parameters<typeof readPeriod>[0], hint?: Parameters<typeof readPeriod>[1]) => {
  const r = readPeriod(cell, hint);
  if (!r.ok) throw new Error(`not read: ${r.reason}`);
  return [r.value.periodStart, r.value.period, r.value.label];
};

describe('readPeriod', () => {
  it.each([
    ['Jan 2021', '2021-01-01', 'month', 'Jan 2021'],
    ['January 2021', '2021-01-01', 'month', 'January 2021'],
    ['Sept 2021', '2021-09-01', 'month', 'Sept 2021'],
    ['Jan-21', '2021-01-01', 'month', 'Jan-21'],
    ['2021-01', '2021-01-01', 'month', '2021-01'],
    ['01/2021', '2021-01-01', 'month', '01/2021'],
    ['1/2021', '2021-01-01', 'month', '1/2021'],
    ['12/2020', '2020-12-01', 'month', '12/2020'],
    ['2020/21', '2020-09-01', 'year', '2020/21'],
    ['2020-21', '2020-09-01', 'year', '2020-21'],
    ['2020/2021', '2020-09-01', 'year', '2020/2021'],
    ['1999/00', '1999-09-01', 'year', '1999/00'],
    ['FY 2021/22', '2021-04-01', 'year', 'FY 2021/22'],
    ['2021', '2021-01-01', 'year', '2021'],
    ['Q3 2021', '2021-07-01', 'quarter', 'Q3 2021'],
    ['2021 Q3', '2021-07-01', 'quarter', '2021 Q3'],
    ['q1 2022', '2022-01-01', 'quarter', 'q1 2022'],
    ['Q1 2021/22', '2021-04-01', 'quarter', 'Q1 2021/22'],
    ['Q3 2021/22', '2021-10-01', 'quarter', 'Q3 2021/22'],
    ['Q4 2021/22', '2022-01-01', 'quarter', 'Q4 2021/22'],
    ['2023-24 Q1', '2023-04-01', 'quarter', '2023-24 Q1'],
    ['2023/24 Q4', '2024-01-01', 'quarter', '2023/24 Q4'],
    ['2021-Q3', '2021-07-01', 'quarter', '2021-Q3'],
    ['Autumn 2021', '2021-09-01', 'term', 'Autumn 2021'],
    ['Spring 2022', '2022-01-01', 'term', 'Spring 2022'],
    ['Summer 2022', '2022-04-01', 'term', 'Summer 2022'],
    ['Spring term 2021/22', '2022-01-01', 'term', 'Spring term 2021/22'],
    ['Autumn 2021/22', '2021-09-01', 'term', 'Autumn 2021/22'],
    ['14/09/2022', '2022-09-01', 'month', 'Sep 2022'],
    ['2022-09-14', '2022-09-01', 'month', 'Sep 2022'],
    ['14 September 2022', '2022-09-01', 'month', 'Sep 2022'],
    ['  Jan   2021 ', '2021-01-01', 'month', 'Jan 2021'],
  ])('reads %s', (text, start, period, label) => {
    expect(read(text)).toEqual([start, period, label]);
  });

  it('reads Excel date cells (midnight UTC) as their month', () => {
    expect(read(new Date(Date.UTC(2022, 8, 14)))).toEqual(['2022-09-01', 'month', 'Sep 2022']);
  });

  it('reads a whole-number cell as a year', () => {
    expect(read(2019)).toEqual(['2019-01-01', 'year', '2019']);
  });

  it('reads "2011-12" as December 2011 unless told the column is years', () => {
    expect(read('2011-12')).toEqual(['2011-12-01', 'month', '2011-12']);
    expect(read('2011-12', 'year')).toEqual(['2011-09-01', 'year', '2011-12']);
  });

  it.each(['Smarch 2021', '13/2021', '2021-13', '31/02/2022', '2020/23', 'Q5 2021', 'soon', '1850', 'Jan', '(2021)'])('refuses %s, quoting it', (text) => {
    const r = readPeriod(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(`“${text}”`);
  });

  it('says when there is no date', () => {
    expect(readPeriod('  ')).toEqual({ ok: false, reason: 'there is no date' });
    expect(readPeriod(null).ok).toBe(false);
    expect(readPeriod(12.5).ok).toBe(false);
  });
});

describe('periodLabel', () => {
  it('names each period', () => {
    expect(periodLabel('2021-01-01', 'month')).toBe('Jan 2021');
    expect(periodLabel('2021-07-01', 'quarter')).toBe('Q3 2021');
    expect(periodLabel('2021-09-01', 'term')).toBe('Autumn 2021');
    expect(periodLabel('2022-01-01', 'term')).toBe('Spring 2022');
    expect(periodLabel('2022-04-01', 'term')).toBe('Summer 2022');
    expect(periodLabel('2021-09-01', 'year')).toBe('2021/22');
    expect(periodLabel('1999-09-01', 'year')).toBe('1999/00');
    expect(periodLabel('2021-01-01', 'year')).toBe('2021');
  });
});

describe('inferPeriod', () => {
  it('takes the period most cells are in', () => {
    expect(inferPeriod(['Jan 2021', 'Feb 2021', null, 'Mar 2021'])).toBe('month');
    expect(inferPeriod(['Q1 2021', 'Q2 2021', 'nonsense'])).toBe('quarter');
    expect(inferPeriod(['Autumn 2021', 'Spring 2022'])).toBe('term');
    expect(inferPeriod(['2019/20', '2020/21'])).toBe('year');
    expect(inferPeriod(['nothing', ''])).toBeNull();
  });

  it('sees a column of "2010-11" style years as years', () => {
    expect(inferPeriod(['2010-11', '2011-12', '2012-13'])).toBe('year');
    expect(inferPeriod(['2010-11', '2011-12'])).toBe('year');
    expect(inferPeriod(['2021-01', '2021-02', '2021-03'])).toBe('month');
    expect(inferPeriod(['2021-11', '2021-12', '2022-01'])).toBe('month');
  });

  it('sees dates a year apart as yearly and three months apart as quarterly', () => {
    const d = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1));
    expect(inferPeriod([d(2021, 9), d(2022, 9), d(2023, 9)])).toBe('year');
    expect(inferPeriod([d(2021, 1), d(2021, 4), d(2021, 7)])).toBe('quarter');
    expect(inferPeriod([d(2021, 1), d(2021, 2), d(2021, 4)])).toBe('month');
  });
});

describe('readPeriodIn', () => {
  it('renames a date for the column’s period, and keeps written periods as written', () => {
    const r = readPeriodIn(new Date(Date.UTC(2021, 8, 1)), 'year');
    expect(r.ok && [r.value.periodStart, r.value.label, r.value.period]).toEqual(['2021-09-01', '2021/22', 'year']);
    const q = readPeriodIn('Q3 2021', 'quarter');
    expect(q.ok && q.value.label).toBe('Q3 2021');
    const y = readPeriodIn('2011-12', 'year');
    expect(y.ok && y.value.periodStart).toBe('2011-09-01');
  });
});

describe('the last day of a period', () => {
  it('is the end of the month, quarter, term or year the period starts', () => {
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2024-08-01', 'month')).toBe('2024-08-31');
    expect(periodEnd('2024-04-01', 'quarter')).toBe('2024-06-30');
    expect(periodEnd('2024-10-01', 'quarter')).toBe('2024-12-31');
    expect(periodEnd('2024-09-01', 'term')).toBe('2024-12-31');
    expect(periodEnd('2025-01-01', 'term')).toBe('2025-03-31');
    expect(periodEnd('2025-04-01', 'term')).toBe('2025-07-31');
    expect(periodEnd('2023-09-01', 'year')).toBe('2024-08-31');
    expect(periodEnd('2024-01-01', 'year')).toBe('2024-12-31');
  });
});
