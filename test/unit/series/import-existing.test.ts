import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSeriesFile } from '../../../main/core/series/handlers.ts';
import { withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

const countOf = (t: TestApp, table: string) => (t.app.session.library!.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function csvFile(text: string, name = 'kpis.csv') {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const june = 'Month,EHCP_20wk_pct,Complaints\nApr 2024,40%,9\nMay 2024,45%,8\nJun 2024,47%,7\n';
// Next month's extract from the data warehouse: May revised, July new.
const july = 'Month,EHCP_20wk_pct,Complaints\nMay 2024,46%,8\nJun 2024,47%,7\nJul 2024,52%,6\n';

async function libraryWithJune() {
  const t = await withLibrary();
  const area = await t.call('areas/create', { code: 'AOC1', title: 'Timeliness', weakness: 'Late plans.' });
  const first = await importSeriesFile(t.app.session, csvFile(june, 'kpis-june.csv'), [area.id]);
  const [plans, complaints] = first.created.map((c) => c.id) as [string, string];
  // Given a better name since, and a note on a figure, and a counter stance on its link.
  await t.call('series/save', { id: plans, values: (await t.call('series/get', { id: plans })).values.map((v) => (v.label === 'Jun 2024' ? { ...v, note: 'new panel' } : v)) });
  await t.call('evidence/update', { id: plans, title: 'EHC plans issued within 20 weeks' });
  await t.call('links/set', { evidenceId: plans, areaId: area.id, stance: 'counters', note: 'still below target' });
  return { t, area, plans, complaints };
}

describe('adding next month’s figures to the series already in the library', () => {
  it('proposes the series each column was first imported from, even after it was renamed', async () => {
    const { t, plans, complaints } = await libraryWithJune();
    const p = await t.call('series/previewImport', { source: { path: csvFile(july, 'kpis-july.csv') } });
    expect(p.proposedMapping?.valueColumns).toEqual([
      { column: 1, title: '', unit: 'percentage', better: 'higher', into: plans },
      { column: 2, title: '', unit: 'count', better: 'lower', into: complaints },
    ]);
    expect(p.problems).toEqual([]);
    expect(p.existingSeries).toEqual([
      { id: complaints, title: 'Complaints', unit: 'count', period: 'month', figures: 3, latest: 'Jun 2024' },
      { id: plans, title: 'EHC plans issued within 20 weeks', unit: 'percentage', period: 'month', figures: 3, latest: 'Jun 2024' },
    ]);
  });

  it('adds the new periods, replaces a revised figure and reports it, and keeps the series’ name, notes and links', async () => {
    const { t, area, plans, complaints } = await libraryWithJune();
    const another = await t.call('areas/create', { code: 'AOC2', title: 'Voice', weakness: 'Not heard.' });
    const r = await importSeriesFile(t.app.session, csvFile(july, 'kpis-july.csv'), [area.id, another.id]);
    expect(r.created).toEqual([]);
    expect(r.updated).toEqual([
      { id: plans, title: 'EHC plans issued within 20 weeks', unit: 'percentage', added: 1, addedLabels: ['Jul 2024'], changed: [{ label: 'May 2024', before: 45, after: 46 }], unchanged: 1 },
      { id: complaints, title: 'Complaints', unit: 'count', added: 1, addedLabels: ['Jul 2024'], changed: [], unchanged: 2 },
    ]);
    const s = await t.call('series/get', { id: plans });
    expect(s.values.map((v) => [v.label, v.value, v.note])).toEqual([
      ['Apr 2024', 40, ''],
      ['May 2024', 46, ''],
      ['Jun 2024', 47, 'new panel'],
      ['Jul 2024', 52, ''],
    ]);
    const item = await t.call('evidence/get', { id: plans });
    expect(item).toMatchObject({ title: 'EHC plans issued within 20 weeks', asAt: '2024-07-31' });
    expect(item.files.map((f) => f.name)).toEqual(['kpis-june.csv', 'kpis-july.csv']);
    // The link it had keeps its stance and note; the new area is linked.
    expect(item.links.map((l) => [l.areaCode, l.stance, l.note])).toEqual([
      ['AOC1', 'counters', 'still below target'],
      ['AOC2', 'supports', ''],
    ]);
    expect(countOf(t, 'evidence')).toBe(2);
  });

  it('remembers a column sent into a series by hand, so next time its heading goes there too', async () => {
    const { t, plans, complaints } = await libraryWithJune();
    // The council's own sheet names the column differently; the user chooses the series.
    const ours = 'Month,EHCPs within 20 wks (%)\nJul 2024,52%\n';
    const first = await t.call('series/previewImport', { source: { path: csvFile(ours, 'ours-jul.csv') } });
    expect(first.proposedMapping?.valueColumns[0]?.into).toBeUndefined();
    await t.call('series/import', { source: { path: csvFile(ours, 'ours-jul.csv') }, mapping: { dateColumn: 0, valueColumns: [{ column: 1, into: plans }] } });
    const next = await t.call('series/previewImport', { source: { path: csvFile('Month,EHCPs within 20 wks (%)\nAug 2024,55%\n', 'ours-aug.csv') } });
    expect(next.proposedMapping?.valueColumns[0]?.into).toBe(plans);
    // The heading the series was first imported from still goes there too.
    expect((await t.call('series/previewImport', { source: { path: csvFile(july, 'july.csv') } })).proposedMapping?.valueColumns[0]?.into).toBe(plans);

    // A heading belongs to one series: sent to another, it moves.
    await t.call('series/import', { source: { path: csvFile('Month,EHCPs within 20 wks (%)\nSep 2024,9\n', 'oops.csv') }, mapping: { dateColumn: 0, valueColumns: [{ column: 1, into: complaints }] } });
    const moved = await t.call('series/previewImport', { source: { path: csvFile('Month,EHCPs within 20 wks (%)\nOct 2024,8\n', 'oct.csv') } });
    expect(moved.proposedMapping?.valueColumns[0]?.into).toBe(complaints);
  });

  it('names a new series for its period when a series of another period has its name', async () => {
    const { t } = await libraryWithJune();
    const p = await t.call('series/previewImport', { source: { path: csvFile('Quarter,Complaints\nQ1 2024,20\nQ2 2024,24\n', 'q.csv') } });
    expect(p.proposedMapping?.valueColumns).toEqual([{ column: 1, title: 'Complaints (quarterly)', unit: 'count', better: 'lower' }]);
  });

  it('reads a column going into a series in that series’ unit', async () => {
    const { t, plans } = await libraryWithJune();
    const r = await t.call('series/import', {
      source: { path: csvFile('Month,Share on time\nAug 2024,0.55\n', 'fractions.csv') },
      mapping: { dateColumn: 0, valueColumns: [{ column: 1, unit: 'count', into: plans }] },
    });
    expect(r.updated.map((u) => u.added)).toEqual([1]);
    expect((await t.call('series/get', { id: plans })).values.at(-1)).toMatchObject({ label: 'Aug 2024', value: 55 });
  });

  it('the same figures again change nothing and store no file; a different file with them stores none either', async () => {
    const { t, plans } = await libraryWithJune();
    const blobs = countOf(t, 'blob');
    const again = await importSeriesFile(t.app.session, csvFile(june, 'kpis-june-copy.csv'), []);
    expect(again.updated.map((u) => [u.added, u.changed.length, u.unchanged])).toEqual([
      [0, 0, 3],
      [0, 0, 3],
    ]);
    expect(countOf(t, 'blob')).toBe(blobs);
    expect(countOf(t, 'evidence_file')).toBe(2);
    expect((await t.call('evidence/get', { id: plans })).files.map((f) => f.name)).toEqual(['kpis-june.csv']);
  });

  it('does not guess: a heading that says nothing, two series of one name, or other periods make new series', async () => {
    const t = await withLibrary();
    await importSeriesFile(t.app.session, csvFile('Month,Value\nJan 2024,3\n', 'a.csv'), []);
    await importSeriesFile(t.app.session, csvFile('Quarter,Referrals\nQ1 2024,30\n', 'b.csv'), []);
    await importSeriesFile(t.app.session, csvFile('Month,Plans\nJan 2024,3\n', 'c.csv'), []);
    await importSeriesFile(t.app.session, csvFile('Year,Plans\n2022/23,30\n', 'd.csv'), []);
    const p = await t.call('series/previewImport', { source: { path: csvFile('Month,Value,Referrals,Plans\nFeb 2024,4,9,5\n', 'e.csv') } });
    // "Plans" is monthly in c.csv: that one matches; "Value" says nothing; "Referrals" is quarterly.
    expect(p.proposedMapping?.valueColumns.map((v) => [p.columns[v.column]?.heading, v.into === undefined])).toEqual([
      ['Value', true],
      ['Referrals', true],
      ['Plans', false],
    ]);
    // A yearly file's "Plans" goes into the yearly series.
    const yearly = await t.call('series/previewImport', { source: { path: csvFile('Year,Plans\n2023/24,31\n', 'f.csv') } });
    expect(yearly.proposedMapping?.valueColumns[0]?.into).toBe(yearly.existingSeries.find((s) => s.period === 'year')?.id);
    // Two series of one name, neither imported from a column of it: no guess.
    await t.call('series/create', { title: 'Short breaks', unit: 'count', period: 'month', better: 'higher', values: [] });
    await t.call('series/create', { title: 'short  breaks', unit: 'count', period: 'month', better: 'higher', values: [] });
    const ambiguous = await t.call('series/previewImport', { source: { path: csvFile('Month,Short breaks\nJan 2024,31\n', 'h.csv') } });
    expect(ambiguous.proposedMapping?.valueColumns[0]?.into).toBeUndefined();
  });

  it('refuses, writing nothing, figures of other periods, two columns into one series, or a series that has gone', async () => {
    const { t, plans } = await libraryWithJune();
    const values = countOf(t, 'series_value');
    const quarters = await t.fails('series/import', {
      source: { path: csvFile('Quarter,Plans on time\nQ2 2024,44%\nQ3 2024,50%\n', 'q.csv') },
      mapping: { dateColumn: 0, valueColumns: [{ column: 1, into: plans }] },
    });
    expect(quarters.message).toBe(
      '“EHC plans issued within 20 weeks” has a figure for each month, but the dates in this file are quarters, so its figures cannot be added to it. Nothing was imported.',
    );
    const told = await t.fails('series/import', {
      source: { path: csvFile(july, 'q2.csv') },
      mapping: { dateColumn: 0, period: 'year', valueColumns: [{ column: 1, into: plans }] },
    });
    expect(told.message).toMatch(/^“EHC plans issued within 20 weeks” has a figure for each month, but the dates in this file are years/);
    const twice = await t.fails('series/import', {
      source: { path: csvFile(july, 'x.csv') },
      mapping: { dateColumn: 0, valueColumns: [{ column: 1, into: plans }, { column: 2, into: plans }] },
    });
    expect(twice.message).toBe('Two columns are set to add their figures to “EHC plans issued within 20 weeks”. Choose one of them. Nothing was imported.');
    await t.call('evidence/delete', { id: plans });
    const gone = await t.fails('series/import', { source: { path: csvFile(july, 'y.csv') }, mapping: { dateColumn: 0, valueColumns: [{ column: 1, into: plans }] } });
    expect(gone).toEqual({ code: 'not-found', message: 'A data series chosen to add figures to could not be found. It may have been deleted. Nothing was imported.' });
    expect(countOf(t, 'series_value')).toBe(values - 3);
    expect(countOf(t, 'blob')).toBe(1);
  });
});
