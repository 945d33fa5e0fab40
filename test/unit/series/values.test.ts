import { describe, expect, it } from 'vitest';
import { formatSeriesValue } from '../../../shared/series/format.ts';
import { readValue, readValueColumn, unitFromHeading } from '../../../shared/series/values.ts';

describe('readValue', () => {
  it.each([
    ['67.7%', 67.7, true],
    ['67.7', 67.7, false],
    ['0.677', 0.677, false],
    ['1,234', 1234, false],
    ['1,234.5', 1234.5, false],
    ['-3', -3, false],
    [' 12 % ', 12, true],
    ['.5', 0.5, false],
  ])('reads %s', (text, value, percent) => {
    expect(readValue(text)).toEqual({ kind: 'number', value, percent });
  });

  it('reads number cells', () => {
    expect(readValue(42)).toEqual({ kind: 'number', value: 42, percent: false });
  });

  it.each(['', '  ', '-', 'n/a', 'N/A', '..', 'x', 'c'])('treats %j as a gap', (text) => {
    expect(readValue(text)).toEqual({ kind: 'gap' });
    expect(readValue(null)).toEqual({ kind: 'gap' });
  });

  it.each(['about half', '(12)', '1,23', '12 people', '1.2.3'])('treats %s as text', (text) => {
    expect(readValue(text)).toEqual({ kind: 'text', text });
  });
});

describe('unitFromHeading', () => {
  it.each([
    ['% within 20 weeks', 'percentage'],
    ['Percent of plans on time', 'percentage'],
    ['Exclusion rate', 'rate'],
    ['Average days to assessment', 'days'],
    ['Weeks waiting', 'weeks'],
    ['Number of complaints', 'count'],
    ['Count', 'count'],
    ['No. of plans', 'count'],
    ['Complaints', null],
  ])('%s → %s', (heading, unit) => {
    expect(unitFromHeading(heading)).toBe(unit);
  });

  it('takes % signs in the cells as percentages', () => {
    expect(unitFromHeading('Complaints', true)).toBe('percentage');
  });
});

describe('readValueColumn', () => {
  it('multiplies fractions in a percentage column by 100', () => {
    const r = readValueColumn(['0.677', '0.2', '', 0.39], '% on time');
    expect(r.values).toEqual([67.7, 20, null, 39]);
    expect(r.fractions).toBe(true);
    expect(r.unit).toBe('percentage');
  });

  it('does not when any cell has a % sign, a number is over 1, or the unit is not a percentage', () => {
    expect(readValueColumn(['0.5', '40%'], 'Plans').values).toEqual([0.5, 40]);
    expect(readValueColumn(['0.5', '40'], '% on time').values).toEqual([0.5, 40]);
    expect(readValueColumn(['0.5', '0.4'], 'Rate per 1,000').values).toEqual([0.5, 0.4]);
    expect(readValueColumn(['0', '1'], '% on time').values).toEqual([0, 1]);
  });

  it('reads "67.7%" and "67.7" alike', () => {
    expect(readValueColumn(['67.7%', '67.7'], 'On time').values).toEqual([67.7, 67.7]);
  });

  it('lists text cells by index and counts gaps as no value', () => {
    const r = readValueColumn(['3', 'lots', 'n/a', '5'], 'Complaints');
    expect(r.values).toEqual([3, null, null, 5]);
    expect(r.text).toEqual([{ index: 1, text: 'lots' }]);
    expect(r.unit).toBe('count');
  });

  it('keeps a unit it is given', () => {
    expect(readValueColumn(['0.5'], 'Complaints', 'percentage').values).toEqual([50]);
  });
});

describe('formatSeriesValue', () => {
  it.each([
    [67.7, 'percentage', '67.7%'],
    [40, 'percentage', '40%'],
    [39.25, 'percentage', '39.3%'],
    [1234, 'count', '1,234'],
    [23, 'days', '23 days'],
    [1, 'days', '1 day'],
    [14, 'weeks', '14 weeks'],
    [3.2, 'rate', '3.2'],
    [0.05, 'rate', '0.05'],
  ] as const)('%s %s → %s', (value, unit, text) => {
    expect(formatSeriesValue(value, unit)).toBe(text);
  });
});
