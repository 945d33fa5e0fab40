import { describe, expect, it } from 'vitest';
import { withLibrary, type TestApp } from '../../helpers/app.ts';

const countOf = (t: TestApp, table: string) => (t.app.session.library!.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('series/get', () => {
  it('gives defaults for a data item with no details saved', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'Plans on time', kind: 'data' });
    const s = await t.call('series/get', { id: item.id });
    expect(s).toMatchObject({ id: item.id, title: 'Plans on time', saved: false, unit: 'count', period: 'month', better: 'higher', values: [], defaultTrendPeriods: 6 });
    expect(s.trend.direction).toBe('not-enough-data');
  });

  it('refuses an item that is not data, in a sentence', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'SEF', kind: 'document' });
    const e = await t.fails('series/get', { id: item.id });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toBe('“SEF” is a document, not a data series: only items of kind data have figures.');
    expect((await t.fails('series/get', { id: 'nosuchitem' })).code).toBe('not-found');
  });
});

describe('series/create', () => {
  it('makes a data item with details, values (labelled when no label is given) and links, oldest first', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Timeliness', weakness: 'Plans are late.' });
    const s = await t.call('series/create', {
      title: 'EHC plans within 20 weeks',
      source: 'SEN2',
      unit: 'percentage',
      period: 'year',
      better: 'higher',
      target: 60,
      values: [
        { periodStart: '2023-09-01', value: 39 },
        { periodStart: '2021-09-01', label: '2021/22', value: 4 },
        { periodStart: '2022-09-01', value: 20 },
      ],
      areaIds: [area.id],
    });
    expect(s).toMatchObject({ saved: true, unit: 'percentage', period: 'year', target: 60, baseline: null, source: 'SEN2', defaultTrendPeriods: 3 });
    expect(s.values.map((v) => [v.periodStart, v.label, v.value])).toEqual([
      ['2021-09-01', '2021/22', 4],
      ['2022-09-01', '2022/23', 20],
      ['2023-09-01', '2023/24', 39],
    ]);
    expect(s.trend).toMatchObject({ direction: 'improving', arrow: 'up', words: 'Improving: up from 4% in 2021/22 to 39% in 2023/24 over the last 3 years.' });
    const item = await t.call('evidence/get', { id: s.id });
    expect(item.kind).toBe('data');
    // As at the end of the latest figure's period: the school year 2023/24 ends on 31 August 2024.
    expect(item.asAt).toBe('2024-08-31');
    expect(item.links.map((l) => l.areaCode)).toEqual(['AOC1']);
  });

  it('refuses two values for the same period and writes nothing', async () => {
    const t = await withLibrary();
    const before = countOf(t, 'evidence');
    const e = await t.fails('series/create', {
      title: 'Complaints',
      unit: 'count',
      period: 'month',
      better: 'lower',
      values: [
        { periodStart: '2021-01-01', value: 1 },
        { periodStart: '2021-02-01', value: 2 },
        { periodStart: '2021-01-01', value: 3 },
      ],
    });
    expect(e.message).toBe('Two values are for the same period, Jan 2021 (rows 1 and 3). Nothing was saved.');
    expect(countOf(t, 'evidence')).toBe(before);
  });

  it('writes nothing when an area does not exist', async () => {
    const t = await withLibrary();
    const before = countOf(t, 'evidence');
    const e = await t.fails('series/create', { title: 'X', unit: 'count', period: 'month', better: 'higher', areaIds: ['nosucharea'] });
    expect(e.code).toBe('not-found');
    expect(countOf(t, 'evidence')).toBe(before);
  });
});

describe('series/save', () => {
  it('saves details on a data item, keeps fields left out, and replaces values when given', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'Exclusions', kind: 'data' });
    const first = await t.call('series/save', { id: item.id, unit: 'rate', better: 'lower', baseline: 3.5, values: [{ periodStart: '2021-01-01', value: 4 }] });
    expect(first).toMatchObject({ saved: true, unit: 'rate', better: 'lower', baseline: 3.5, period: 'month' });
    const second = await t.call('series/save', { id: item.id, target: 2, trendPeriods: 4 });
    expect(second).toMatchObject({ unit: 'rate', better: 'lower', baseline: 3.5, target: 2, trendPeriods: 4 });
    expect(second.values.map((v) => v.value)).toEqual([4]);
    const third = await t.call('series/save', {
      id: item.id,
      values: [
        { periodStart: '2021-02-01', value: 3 },
        { periodStart: '2021-03-01', value: 2, note: 'new policy' },
      ],
    });
    expect(third.values.map((v) => [v.label, v.value, v.note])).toEqual([
      ['Feb 2021', 3, ''],
      ['Mar 2021', 2, 'new policy'],
    ]);
    expect(third.trend.direction).toBe('improving');
    const cleared = await t.call('series/save', { id: item.id, baseline: null });
    expect(cleared.baseline).toBeNull();
    expect(cleared.target).toBe(2);
  });

  it('updates the item’s updated_at', async () => {
    let now = new Date('2024-01-01T10:00:00Z');
    const { testApp } = await import('../../helpers/app.ts');
    const t = testApp({ clock: () => now });
    await t.call('library/create', { name: 'Testshire' });
    const item = await t.call('evidence/create', { title: 'KPI', kind: 'data' });
    now = new Date('2024-02-01T10:00:00Z');
    await t.call('series/save', { id: item.id, unit: 'days' });
    expect((await t.call('evidence/get', { id: item.id })).updatedAt).toBe('2024-02-01T10:00:00.000Z');
  });

  it('refuses duplicate periods all or nothing: the old values and details stay', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'KPI', kind: 'data' });
    await t.call('series/save', { id: item.id, unit: 'count', values: [{ periodStart: '2021-01-01', value: 1 }] });
    const e = await t.fails('series/save', {
      id: item.id,
      unit: 'days',
      values: [
        { periodStart: '2021-01-01', value: 1 },
        { periodStart: '2021-02-01', value: 1 },
        { periodStart: '2021-03-01', value: 1 },
        { periodStart: '2021-04-01', value: 1 },
        { periodStart: '2021-05-01', value: 1 },
        { periodStart: '2021-06-01', value: 1 },
        { periodStart: '2021-01-01', label: 'January 2021', value: 2 },
      ],
    });
    expect(e.message).toBe('Two values are for the same period, January 2021 (rows 1 and 7). Nothing was saved.');
    const s = await t.call('series/get', { id: item.id });
    expect(s.unit).toBe('count');
    expect(s.values).toHaveLength(1);
  });

  it('refuses a feedback item', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'Parent said', kind: 'feedback' });
    expect((await t.fails('series/save', { id: item.id, unit: 'days' })).message).toMatch(/^“Parent said” is a feedback item, not a data series/);
    expect(countOf(t, 'series')).toBe(0);
  });
});
