import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const stage = (t: TestApp, text: string | Uint8Array, name = 'kpis.csv') =>
  t.call('files/stage', { name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

const kpis = [
  '\uFEFFMonth,% within 20 weeks,Complaints,Notes',
  'Jan 2021,20%,12,started',
  'Feb 2021,25%,10,',
  'Mar 2021,-,9,',
  'Apr 2021,31%,,',
  'May 2021,35%,7,',
  'Jun 2021,39%,6,',
].join('\r\n');

describe('series/previewImport', () => {
  it('describes the columns, proposes a mapping and finds no problems in a good file', async () => {
    const t = await withLibrary();
    const p = await t.call('series/previewImport', { source: { path: csvFile(kpis) } });
    expect(p.columns.map((c) => [c.heading, c.looksLike, c.unit])).toEqual([
      ['Month', 'dates', null],
      ['% within 20 weeks', 'percentages', 'percentage'],
      ['Complaints', 'numbers', 'count'],
      ['Notes', 'text', null],
    ]);
    expect(p.proposedMapping).toEqual({
      dateColumn: 0,
      valueColumns: [
        { column: 1, title: '', unit: 'percentage', better: 'higher' },
        { column: 2, title: '', unit: 'count', better: 'lower' },
      ],
    });
    expect(p).toMatchObject({ period: 'month', rowCount: 6, headerRow: 1, problems: [], sheets: [], sheet: null });
    expect(p.sample[0]).toEqual({ row: 2, cells: ['Jan 2021', '20%', '12', 'started'] });
    expect(p.sample).toHaveLength(6);
  });

  it('reads the example library’s quarterly complaints file (financial-year quarters, "2023-24 Q1")', async () => {
    const t = await withLibrary();
    const file = fileURLToPath(new URL('../../../resources/example/files/send-complaints-quarterly.csv', import.meta.url));
    const p = await t.call('series/previewImport', { source: { path: file } });
    expect(p.proposedMapping?.dateColumn).toBe(0);
    expect(p.period).toBe('quarter');
    expect(p.problems).toEqual([]);
    // Fewer complaints, and fewer upheld, is better; more answered on time is better.
    expect(p.proposedMapping?.valueColumns.map((v) => [p.columns[v.column]?.heading, v.better])).toEqual([
      ['Complaints received', 'lower'],
      ['Answered within 20 working days (%)', 'higher'],
      ['Upheld or partly upheld', 'lower'],
    ]);
  });

  it('takes a backlog of annual reviews or a count of suspensions as better when lower', async () => {
    const t = await withLibrary();
    const file = csvFile('Month,EHC plans in 20 weeks (%),Annual reviews outstanding,Suspensions\nJan 2024,40%,312,20\nFeb 2024,45%,290,18\n');
    const p = await t.call('series/previewImport', { source: { path: file } });
    expect(p.proposedMapping?.valueColumns.map((v) => [p.columns[v.column]?.heading, v.better])).toEqual([
      ['EHC plans in 20 weeks (%)', 'higher'],
      ['Annual reviews outstanding', 'lower'],
      ['Suspensions', 'lower'],
    ]);
  });

  it('gives at most 20 sample rows and marks problems with row and column', async () => {
    const t = await withLibrary();
    const rows = ['Quarter,Plans issued'];
    for (let i = 0; i < 30; i++) rows.push(`Q${(i % 4) + 1} ${2000 + Math.floor(i / 4)},${i === 10 ? 'lots' : i}`);
    rows.push('Q9 2030,5');
    rows.push('Q1 2000,5');
    const p = await t.call('series/previewImport', { source: { path: csvFile(rows.join('\n')) } });
    expect(p.sample).toHaveLength(20);
    expect(p.rowCount).toBe(32);
    expect(p.period).toBe('quarter');
    expect(p.problems).toEqual([
      { row: 12, column: 'Plans issued', message: '“lots” is not a number' },
      { row: 32, column: 'Quarter', message: expect.stringMatching(/^“Q9 2030” is not a date or period the app can read/) },
      { row: 33, column: 'Quarter', message: '“Q1 2000” is the same period as row 2' },
    ]);
  });

  it('proposes no mapping when there is no date column', async () => {
    const t = await withLibrary();
    const p = await t.call('series/previewImport', { source: { path: csvFile('Team,Plans\nNorth,3\nSouth,4') } });
    expect(p.proposedMapping).toBeNull();
    expect(p.columns.map((c) => c.looksLike)).toEqual(['text', 'numbers']);
  });
});

describe('series/import', () => {
  it('makes one data item per value column from a staged upload, keeps the file once, links areas and discards the upload', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC2', title: 'Timeliness', weakness: 'Late plans.' });
    const events: unknown[] = [];
    t.app.onEvent((e) => events.push(e));
    const staged = await stage(t, kpis);
    const preview = await t.call('series/previewImport', { source: { uploadId: staged.uploadId } });
    const mapping = { ...preview.proposedMapping!, valueColumns: preview.proposedMapping!.valueColumns.map((v, i) => (i === 0 ? { ...v, title: 'EHC plans on time' } : v)) };
    const result = await t.call('series/import', {
      source: { uploadId: staged.uploadId },
      mapping,
      sourceOrganisation: 'Testshire Council',
      areaIds: [area.id],
      fileName: 'KPIs June.csv',
    });
    expect(result.created.map((c) => [c.title, c.values])).toEqual([
      ['EHC plans on time', 5],
      ['Complaints', 5],
    ]);
    const plans = await t.call('series/get', { id: result.created[0]!.id });
    expect(plans).toMatchObject({ unit: 'percentage', period: 'month', better: 'higher', source: 'Testshire Council', saved: true });
    expect(plans.values.map((v) => [v.label, v.value])).toEqual([
      ['Jan 2021', 20],
      ['Feb 2021', 25],
      ['Apr 2021', 31],
      ['May 2021', 35],
      ['Jun 2021', 39],
    ]);
    const complaints = await t.call('series/get', { id: result.created[1]!.id });
    expect(complaints.better).toBe('lower');
    expect(complaints.values.map((v) => v.periodStart)).toEqual(['2021-01-01', '2021-02-01', '2021-03-01', '2021-05-01', '2021-06-01']);
    expect(complaints.trend.direction).toBe('improving');
    for (const c of result.created) {
      const item = await t.call('evidence/get', { id: c.id });
      expect(item).toMatchObject({ kind: 'data', asAt: '2021-06-30' });
      expect(item.links.map((l) => l.areaCode)).toEqual(['AOC2']);
      expect(item.files.map((f) => [f.name, f.sha256])).toEqual([['KPIs June.csv', staged.sha256]]);
    }
    expect(countOf(t, 'blob')).toBe(1);
    expect(existsSync(join(t.app.session.library!.path, 'files', staged.sha256.slice(0, 2), staged.sha256))).toBe(true);
    expect(() => t.app.session.stagingOf(staged.uploadId)).toThrow();
    expect(events).toContainEqual({ name: 'library/changed', payload: { reason: 'series' } });
  });

  it('reads fractions in a percentage column as percentages', async () => {
    const t = await withLibrary();
    const path = csvFile('Year,Percentage on time\n2021/22,0.04\n2022/23,0.2\n2023/24,0.39');
    const r = await importSeriesFile(t.app.session, path, []);
    const s = await t.call('series/get', { id: r.created[0]!.id });
    expect(s).toMatchObject({ period: 'year', unit: 'percentage' });
    expect(s.values.map((v) => [v.periodStart, v.value])).toEqual([
      ['2021-09-01', 4],
      ['2022-09-01', 20],
      ['2023-09-01', 39],
    ]);
    expect(s.trend.words).toBe('Improving: up from 4% in 2021/22 to 39% in 2023/24 over the last 3 years.');
    expect((await t.call('evidence/get', { id: s.id })).files.map((f) => f.name)).toEqual(['kpis.csv']);
  });

  it('refuses a file with any problem, naming the first and counting the rest, and writes nothing', async () => {
    const t = await withLibrary();
    const rows = ['Month,Complaints'];
    for (let m = 1; m <= 12; m++) rows.push(`2020-${String(m).padStart(2, '0')},${m}`);
    rows.push('2021-01,lots', '2021-02,n/a', 'Febuary 2021,3', '2021-04,about 4', 'Jan 2020,5');
    const before = countOf(t, 'evidence');
    const staged = await stage(t, rows.join('\n'));
    const mapping = { dateColumn: 0, valueColumns: [{ column: 1 }] };
    const e = await t.fails('series/import', { source: { uploadId: staged.uploadId }, mapping });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toBe('Row 14, column “Complaints”: “lots” is not a number (and 3 more problems). Nothing was imported.');
    expect(countOf(t, 'evidence')).toBe(before);
    expect(countOf(t, 'series_value')).toBe(0);
    expect(countOf(t, 'blob')).toBe(0);
    // The upload stays, so the file can be corrected or the columns chosen again.
    expect(t.app.session.stagingOf(staged.uploadId).has(staged.uploadId)).toBe(true);
    const p = await t.call('series/previewImport', { source: { uploadId: staged.uploadId } });
    expect(p.problems.map((x) => [x.row, x.column])).toEqual([
      [14, 'Complaints'],
      [16, 'Month'],
      [17, 'Complaints'],
      [18, 'Month'],
    ]);
  });

  it('refuses an empty file and a header with nothing under it', async () => {
    const t = await withLibrary();
    const before = countOf(t, 'evidence');
    const mapping = { dateColumn: 0, valueColumns: [{ column: 1 }] };
    const empty = await t.fails('series/import', { source: { path: csvFile('') }, mapping });
    expect(empty.message).toBe('The file is empty: it has no header row and no figures. Nothing was imported.');
    expect((await t.fails('series/previewImport', { source: { path: csvFile('\r\n\r\n') } })).message).toBe(empty.message);
    const header = await t.fails('series/import', { source: { path: csvFile('Month,Complaints\r\n') }, mapping });
    expect(header.message).toBe('The file has a header row (row 1) but no figures under it. Nothing was imported.');
    expect(countOf(t, 'evidence')).toBe(before);
  });

  it('reads ragged rows: missing cells are gaps, cells beyond the headings are ignored', async () => {
    const t = await withLibrary();
    const path = csvFile('Month,Plans,Complaints\nJan 2021,5\nFeb 2021,6,2,extra,cells\nMar 2021,,3\nApr 2021');
    const p = await t.call('series/previewImport', { source: { path } });
    expect(p.problems).toEqual([]);
    const r = await importSeriesFile(t.app.session, path, []);
    expect(r.created.map((c) => [c.title, c.values])).toEqual([
      ['Plans', 2],
      ['Complaints', 2],
    ]);
  });

  it('skips a total row under the figures', async () => {
    const t = await withLibrary();
    const r = await importSeriesFile(t.app.session, csvFile('Month,Complaints\nJan 2021,5\nFeb 2021,7\nTotal,12\nAverage (mean),6'), []);
    expect(r.created.map((c) => c.values)).toEqual([2]);
  });

  it('names a row with figures but no date', async () => {
    const t = await withLibrary();
    const e = await t.fails('series/import', {
      source: { path: csvFile('Month,Plans\nJan 2021,5\n,6\nMar 2021,7') },
      mapping: { dateColumn: 0, valueColumns: [{ column: 1 }] },
    });
    expect(e.message).toBe('Row 3, column “Month”: this row has figures but no date. Nothing was imported.');
  });

  it('refuses a mapping that names a column the file does not have', async () => {
    const t = await withLibrary();
    const e = await t.fails('series/import', { source: { path: csvFile('Month,Plans\nJan 2021,5') }, mapping: { dateColumn: 0, valueColumns: [{ column: 4 }] } });
    expect(e.message).toBe('The file has 2 columns, so there is no column 5 to read.');
    const same = await t.fails('series/import', { source: { path: csvFile('Month,Plans\nJan 2021,5') }, mapping: { dateColumn: 0, valueColumns: [{ column: 0 }] } });
    expect(same.message).toBe('The column “Month” cannot be both the dates and a series.');
  });

  it('imports with the proposed mapping for the CLI, or says what is missing', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC3', title: 'Voice', weakness: 'Not heard.' });
    const r = await importSeriesFile(t.app.session, csvFile(kpis), [area.id]);
    expect(r.created.map((c) => c.title)).toEqual(['% within 20 weeks', 'Complaints']);
    expect((await t.call('evidence/get', { id: r.created[0]!.id })).links).toHaveLength(1);
    await expect(importSeriesFile(t.app.session, csvFile('Team,Plans\nNorth,3', 'teams.csv'), [])).rejects.toThrow(
      'No column of dates or periods (such as “Jan 2021”, “Q3 2021” or “2020/21”) was found in teams.csv. Nothing was imported.',
    );
    await expect(importSeriesFile(t.app.session, csvFile('Month,Team\nJan 2021,North', 'words.csv'), [])).rejects.toThrow(
      'No column of figures was found in words.csv. Nothing was imported.',
    );
  });
});

describe('a 100,000-row file', () => {
  it('previews, and is refused in one sentence when its dates repeat, writing nothing', async () => {
    const t = await withLibrary();
    const rows = ['Date,Referrals'];
    // A daily export: 3,000 days from 1 January 2000 (to 18 March 2008, 99 months), over and over.
    const start = Date.UTC(2000, 0, 1);
    for (let i = 0; i < 100_000; i++) rows.push(`${new Date(start + (i % 3000) * 86_400_000).toISOString().slice(0, 10)},${i % 50}`);
    const path = csvFile(rows.join('\n'));
    const p = await t.call('series/previewImport', { source: { path } });
    expect(p.rowCount).toBe(100_000);
    expect(p.sample).toHaveLength(20);
    expect(p.problems).toHaveLength(500);
    expect(p.period).toBe('month');
    expect(p.problems[0]).toEqual({ row: 3, column: 'Date', message: '“Jan 2000” is the same period as row 2' });
    const before = countOf(t, 'evidence');
    const e = await t.fails('series/import', { source: { path }, mapping: p.proposedMapping });
    // 100,000 rows in 99 months: 99,901 rows repeat a month.
    expect(e.message).toBe('Row 3, column “Date”: “Jan 2000” is the same period as row 2 (and 99,900 more problems). Nothing was imported.');
    expect(countOf(t, 'evidence')).toBe(before);
  });

  it('imports a long file of many columns in one go', async () => {
    const t = await withLibrary();
    const rows = ['Month,A,B,C,D'];
    // Every month from 1900 to 2100, about 2,400 rows × 4 series.
    for (let y = 1900; y <= 2100; y++) for (let m = 1; m <= 12; m++) rows.push(`${y}-${String(m).padStart(2, '0')},${m},${y},${m * 2},${y % 7}`);
    const r = await importSeriesFile(t.app.session, csvFile(rows.join('\n')), []);
    expect(r.created.map((c) => c.values)).toEqual([2412, 2412, 2412, 2412]);
    expect(countOf(t, 'series_value')).toBe(4 * 2412);
  });
});

describe('.xlsx files', () => {
  async function workbook(build: (wb: import('exceljs').Workbook) => void): Promise<Uint8Array> {
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    build(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads the chosen sheet, date cells, formula results and merged cells', async () => {
    const t = await withLibrary();
    const bytes = await workbook((wb) => {
      const notes = wb.addWorksheet('Notes');
      notes.addRow(['Read me', 'first']);
      const ws = wb.addWorksheet('KPIs');
      ws.addRow(['Timeliness dashboard']);
      ws.addRow(['Date', '% on time', 'Total']);
      ws.addRow([new Date(Date.UTC(2021, 8, 1)), 0.04, { formula: 'B3*100', result: 4 }]);
      ws.addRow([new Date(Date.UTC(2022, 8, 1)), 0.2, { formula: 'B4*100' }]);
      ws.addRow([new Date(Date.UTC(2023, 8, 1)), 0.39, { formula: 'B5*100', result: 39 }]);
    });
    const staged = await stage(t, bytes, 'dash.xlsx');
    // The first sheet has no figures: the preview still lists the sheets, so another can be chosen.
    const first = await t.call('series/previewImport', { source: { uploadId: staged.uploadId } });
    expect(first).toMatchObject({ sheets: ['Notes', 'KPIs'], sheet: 'Notes', proposedMapping: null, rowCount: 0, problems: [] });
    expect((await t.fails('series/import', { source: { uploadId: staged.uploadId }, mapping: { dateColumn: 0, valueColumns: [{ column: 1 }] } })).message).toBe(
      'The file has a header row (row 1) but no figures under it. Nothing was imported.',
    );
    const p = await t.call('series/previewImport', { source: { uploadId: staged.uploadId, sheet: 'KPIs' } });
    expect(p).toMatchObject({ sheet: 'KPIs', headerRow: 2, period: 'year', rowCount: 3, problems: [] });
    expect(p.columns.map((c) => c.looksLike)).toEqual(['dates', 'percentages', 'numbers']);
    const r = await t.call('series/import', { source: { uploadId: staged.uploadId, sheet: 'KPIs' }, mapping: p.proposedMapping });
    const pct = await t.call('series/get', { id: r.created[0]!.id });
    expect(pct.values.map((v) => [v.label, v.value])).toEqual([
      ['2021/22', 4],
      ['2022/23', 20],
      ['2023/24', 39],
    ]);
    const total = await t.call('series/get', { id: r.created[1]!.id });
    // The formula never calculated is a gap.
    expect(total.values.map((v) => v.value)).toEqual([4, 39]);
    expect((await t.call('evidence/get', { id: total.id })).files.map((f) => f.name)).toEqual(['Imported data.xlsx']);
  });

  it('names the cell when a merged date cell makes two rows the same period', async () => {
    const t = await withLibrary();
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addRow(['Term', 'Attendance %']);
      ws.addRow(['Autumn 2021', 91]);
      ws.addRow(['Spring 2022', 90]);
      ws.addRow([null, 89]);
      ws.mergeCells('A3:A4');
    });
    const before = countOf(t, 'evidence');
    const staged = await stage(t, bytes, 'terms.xlsx');
    const e = await t.fails('series/import', { source: { uploadId: staged.uploadId }, mapping: { dateColumn: 0, valueColumns: [{ column: 1 }] } });
    expect(e.message).toMatch(/^Row 4, column “Term”: /);
    expect(e.message).toMatch(/Nothing was imported\.$/);
    expect(countOf(t, 'evidence')).toBe(before);
  });
});
