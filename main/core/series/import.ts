/**
 * Importing data series from a CSV or .xlsx file: preview (columns, sample, proposed
 * mapping, problems), then one series per value column, all or nothing.
 *
 * Rows shorter than the header are fine (missing cells are gaps); cells beyond the last
 * heading are ignored. A row with no figures in the chosen columns is skipped, and so is a
 * row whose date cell starts "Total", "Average", "Mean", "Sum", "Median" or "Overall". A formula
 * counts as its saved result, and one never calculated as an empty cell (see readTable).
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import { plural } from '../../../shared/format.ts';
import type {
  CellProblem,
  SeriesImportResult,
  SeriesMapping,
  SeriesPeriod,
  SeriesPreview,
  SeriesPreviewColumn,
  SeriesUnit,
  seriesImportInput,
  seriesValueInput,
} from '../../../shared/schemas/series.ts';
import { inferPeriod, periodAdverbs, readPeriod, readPeriodIn } from '../../../shared/series/periods.ts';
import { periodWords } from '../../../shared/series/trend.ts';
import { notANumber, readValue, readValueColumn } from '../../../shared/series/values.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError } from '../errors.ts';
import { attachFile } from '../evidence/evidence.ts';
import { linkIfMissing } from '../ingest/save.ts';
import { cleanFileName } from '../evidence/attach.ts';
import { mediaTypeFor } from '../files/media-type.ts';
import type { Session } from '../session.ts';
import { readTable, type Cell, type Grid } from '../tables/read-table.ts';
import { fileOfSource, type TableSource } from '../tables/source.ts';
import { cellText, splitHeader, type Table } from '../tables/table.ts';
import { key, matchSeries, mergeValues, rememberHeading, seriesInLibrary, seriesToAddTo, type SeriesInLibrary } from './existing.ts';
import { asAtOf, insertSeries } from './series.ts';

const WHAT = 'data file';
/** The most problems a preview or an error lists in full. */
const MAX_PROBLEMS = 500;

export async function readDataTable(file: string, sheet: string | undefined) {
  return tableOfGrid(await readTable(file, sheet, WHAT));
}

function tableOfGrid(grid: Grid) {
  const table = splitHeader(grid);
  if (!table) throw new CoreError('invalid-input', 'The file is empty: it has no header row and no figures. Nothing was imported.');
  if (table.rows.length === 0) throw new CoreError('invalid-input', `The file has a header row (row ${table.headerRow}) but no figures under it. Nothing was imported.`);
  return { grid, table };
}

const dateHeading = /date|period|month|quarter|term|year|when|as at/i;
const lowerIsBetter = /complaint|upheld|exclu|suspen|absen|tribunal|appeal|wait|delay|overdue|outstanding|late|backlog|\bneet\b|missing|breach|escalat|out of time/i;

/** A "Total" or "Average" row under the figures. */
const isSummary = (cell: Cell | undefined) => /^(total|average|mean|sum|overall|median)\b/i.test(cellText(cell));

const columnCells = (table: Table, i: number) => table.rows.map((r) => r.cells[i] ?? null);

function describeColumn(table: Table, index: number): SeriesPreviewColumn {
  const heading = table.columns[index]!;
  const cells = columnCells(table, index);
  const filled = cells.filter((c) => readValue(c).kind !== 'gap' && !isSummary(c));
  if (filled.length === 0) return { index, heading, looksLike: 'empty', unit: null };
  const periods = filled.filter((c) => readPeriod(c).ok).length;
  const numbers = filled.filter((c) => readValue(c).kind === 'number');
  const years = numbers.map((c) => Number(typeof c === 'string' ? c.trim() : c));
  const allYears = numbers.length === filled.length && years.every((y) => Number.isInteger(y) && y >= 1900 && y <= 2100) && new Set(years).size === years.length;
  const datesOnly = numbers.length < periods || dateHeading.test(heading) || (index === 0 && allYears);
  if (periods >= 0.8 * filled.length && datesOnly) return { index, heading, looksLike: 'dates', unit: null };
  if (numbers.length > 0 && numbers.length >= 0.5 * filled.length) {
    const unit = readValueColumn(cells, heading).unit;
    return { index, heading, looksLike: unit === 'percentage' ? 'percentages' : 'numbers', unit };
  }
  return { index, heading, looksLike: 'text', unit: null };
}

export function proposeSeriesMapping(columns: readonly SeriesPreviewColumn[]): SeriesMapping | null {
  const date = columns.find((c) => c.looksLike === 'dates');
  const values = columns.filter((c) => c !== date && (c.looksLike === 'numbers' || c.looksLike === 'percentages'));
  if (!date || values.length === 0) return null;
  return {
    dateColumn: date.index,
    valueColumns: values.slice(0, 100).map((c) => ({
      column: c.index,
      title: '',
      unit: c.unit ?? 'count',
      // A guess the preview shows: fewer complaints, exclusions, days or weeks waiting is better.
      better: lowerIsBetter.test(c.heading) || c.unit === 'days' || c.unit === 'weeks' ? 'lower' : 'higher',
    })),
  };
}

type ValueInput = z.output<typeof seriesValueInput>;

export interface BuiltSeries {
  column: number;
  heading: string;
  title: string;
  unit: SeriesUnit;
  better: 'higher' | 'lower';
  values: ValueInput[];
}

/** Turns the rows into series with a mapping: pure, so every problem is found (by row and column) before anything is written. */
export function buildSeries(table: Table, mapping: SeriesMapping): { period: SeriesPeriod; series: BuiltSeries[]; problems: CellProblem[] } {
  const width = table.columns.length;
  const outside = [mapping.dateColumn, ...mapping.valueColumns.map((v) => v.column)].find((c) => c >= width);
  if (outside !== undefined) throw new CoreError('invalid-input', `The file has ${plural(width, 'column')}, so there is no column ${outside + 1} to read.`);
  const seenColumns = new Set<number>([mapping.dateColumn]);
  for (const v of mapping.valueColumns) {
    if (seenColumns.has(v.column))
      throw new CoreError(
        'invalid-input',
        v.column === mapping.dateColumn
          ? `The column “${table.columns[v.column]}” cannot be both the dates and a series.`
          : `The column “${table.columns[v.column]}” is chosen twice.`,
      );
    seenColumns.add(v.column);
  }

  const dateName = table.columns[mapping.dateColumn]!;
  const problems: (CellProblem & { col: number })[] = [];
  const columns = mapping.valueColumns.map((v) => ({ ...v, heading: table.columns[v.column]!, read: readValueColumn(columnCells(table, v.column), table.columns[v.column]!, v.unit) }));
  const textAt = columns.map((c) => new Map(c.read.text.map((t) => [t.index, t.text])));
  // Rows with something in a chosen value column; the others, and total or average rows, are skipped.
  const summaryRow = (i: number) => isSummary(table.rows[i]!.cells[mapping.dateColumn]);
  const used = table.rows.map((_, i) => !summaryRow(i) && columns.some((c, ci) => c.read.values[i] !== null || textAt[ci]!.has(i)));

  columns.forEach((c) => {
    for (const t of c.read.text) if (used[t.index]) problems.push({ row: table.rows[t.index]!.row, column: c.heading, col: c.column, message: notANumber(t.text) });
  });

  const period = mapping.period ?? inferPeriod(table.rows.filter((_, i) => used[i]).map((r) => r.cells[mapping.dateColumn] ?? null)) ?? 'month';
  const starts: (ValueInput | null)[] = [];
  const firstRowOf = new Map<string, number>();
  table.rows.forEach((r, i) => {
    starts.push(null);
    if (!used[i]) return;
    const cell = r.cells[mapping.dateColumn] ?? null;
    const p = readPeriodIn(cell, period);
    if (!p.ok) {
      const message = cellText(cell) === '' ? 'this row has figures but no date' : p.reason;
      problems.push({ row: r.row, column: dateName, col: mapping.dateColumn, message });
      return;
    }
    const before = firstRowOf.get(p.value.periodStart);
    if (before !== undefined) {
      problems.push({ row: r.row, column: dateName, col: mapping.dateColumn, message: `“${p.value.label}” is the same period as row ${before}` });
      return;
    }
    firstRowOf.set(p.value.periodStart, r.row);
    starts[i] = { periodStart: p.value.periodStart, label: p.value.label, value: 0, note: '' };
  });

  const series = columns.map((c) => {
    const values: ValueInput[] = [];
    c.read.values.forEach((value, i) => {
      const start = starts[i];
      if (value !== null && start) values.push({ ...start, value });
    });
    values.sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));
    return { column: c.column, heading: c.heading, title: c.title.trim() || c.heading, unit: c.read.unit, better: c.better, values };
  });
  problems.sort((a, b) => a.row - b.row || a.col - b.col);
  return { period, series, problems: problems.map(({ row, column, message }) => ({ row, column, message })) };
}

export const describeCellProblem = (p: CellProblem) => `Row ${p.row}, column “${p.column}”: ${p.message}`;

export async function previewSeriesImport(s: Session, source: TableSource): Promise<SeriesPreview> {
  s.requireLibrary();
  const file = fileOfSource(s, source, WHAT);
  const grid = await readTable(file, source.sheet, WHAT);
  // A sheet with no figures in a workbook of several: shown empty, so another sheet can be chosen.
  if (grid.sheets.length > 1 && (splitHeader(grid)?.rows.length ?? 0) === 0) {
    const header = splitHeader(grid);
    const columns = (header?.columns ?? []).map((heading, index): SeriesPreviewColumn => ({ index, heading, looksLike: 'empty', unit: null }));
    return {
      sheets: grid.sheets,
      sheet: grid.sheet,
      columns,
      headerRow: header?.headerRow ?? 1,
      sample: [],
      rowCount: 0,
      proposedMapping: null,
      period: null,
      problems: [],
      existingSeries: [],
    };
  }
  const { table } = tableOfGrid(grid);
  const columns = table.columns.map((_, i) => describeColumn(table, i));
  const existing = seriesInLibrary(s.requireLibrary().db);
  const proposed = proposeSeriesMapping(columns);
  const first = proposed ? buildSeries(table, proposed) : null;
  const proposedMapping = proposed && addingToExisting(proposed, columns, existing, first?.period ?? null);
  // Read again only when a column now goes into a series (read in its unit) or was renamed.
  const built = proposedMapping && proposedMapping !== proposed ? buildSeries(table, proposedMapping) : first;
  return {
    sheets: grid.sheets,
    sheet: grid.sheet,
    columns,
    headerRow: table.headerRow,
    sample: table.rows.slice(0, 20).map((r) => ({ row: r.row, cells: table.columns.map((_, i) => cellText(r.cells[i])) })),
    rowCount: table.rows.length,
    proposedMapping,
    period: built?.period ?? null,
    problems: built?.problems.slice(0, MAX_PROBLEMS) ?? [],
    existingSeries: existing.map(({ headings: _, ...e }) => e),
  };
}

/**
 * The proposed mapping, with each column whose heading names a series in the library going
 * into it (read in that series' unit). A new series whose name a series of another period
 * already has is named for its period ("Plans on time (quarterly)"), so the two can be told apart.
 */
function addingToExisting(mapping: SeriesMapping, columns: readonly SeriesPreviewColumn[], existing: readonly SeriesInLibrary[], period: SeriesPeriod | null): SeriesMapping {
  const taken = new Set<string>();
  const titles = new Set(existing.map((s) => key(s.title)));
  const valueColumns = mapping.valueColumns.map((v) => {
    const heading = columns[v.column]?.heading ?? '';
    const match = matchSeries(heading, existing, period);
    if (!match && period && titles.has(key(heading))) return { ...v, title: `${heading} (${periodAdverbs[period]})` };
    if (!match || taken.has(match.id)) return v;
    taken.add(match.id);
    return { ...v, unit: match.unit, into: match.id };
  });
  return valueColumns.every((v, i) => v === mapping.valueColumns[i]) ? mapping : { ...mapping, valueColumns };
}

/** The name the imported file is kept under. */
function fileNameOf(file: string, input: z.output<typeof seriesImportInput>, isWorkbook: boolean) {
  if (input.fileName) return cleanFileName(input.fileName);
  if (input.source.path !== undefined) return cleanFileName(basename(file));
  return isWorkbook ? 'Imported data.xlsx' : 'Imported data.csv';
}

/** The period a date column's own cells say (full dates, such as 1 July 2024, say none), or null. */
function periodOfDates(table: Table, column: number): SeriesPeriod | null {
  const fullDate = (c: Cell) => {
    const r = readPeriod(c);
    return r.ok && r.value.fromDate;
  };
  return inferPeriod(columnCells(table, column).filter((c) => !isSummary(c) && !fullDate(c)));
}

/** The series the mapping adds figures to, by column; refused when one is missing or chosen twice. */
function seriesAddedTo(db: Db, mapping: SeriesMapping) {
  const targets = new Map<number, SeriesInLibrary>();
  const seen = new Set<string>();
  for (const v of mapping.valueColumns) {
    if (v.into === undefined) continue;
    const target = seriesToAddTo(db, v.into);
    if (seen.has(target.id)) throw new CoreError('invalid-input', `Two columns are set to add their figures to “${target.title}”. Choose one of them. Nothing was imported.`);
    seen.add(target.id);
    targets.set(v.column, target);
  }
  return targets;
}

/**
 * Makes one data item per value column, or adds the column's figures to the series it names
 * (`into`), all or nothing: refused, naming the first problem, if any cell cannot be read.
 * Each item made or changed keeps the imported file as a source file.
 */
export async function importSeries(s: Session, input: z.output<typeof seriesImportInput>): Promise<SeriesImportResult> {
  const lib = s.requireLibrary();
  const db = lib.db;
  const file = fileOfSource(s, input.source, WHAT);
  const { grid, table } = await readDataTable(file, input.source.sheet);
  const targets = seriesAddedTo(db, input.mapping);
  const first = [...targets.values()][0];
  // Figures going into a series are read in its unit, and the dates in its period; dates that
  // plainly are of another period (quarters for a monthly series) are refused.
  const own = input.mapping.period ?? (first ? periodOfDates(table, input.mapping.dateColumn) : null);
  for (const t of targets.values())
    if (own !== null && own !== t.period)
      throw new CoreError(
        'invalid-input',
        `“${t.title}” has a figure for each ${periodWords[t.period][0]}, but the dates in this file are ${periodWords[own][1]}, so its figures cannot be added to it. Nothing was imported.`,
      );
  const mapping: SeriesMapping = {
    ...input.mapping,
    valueColumns: input.mapping.valueColumns.map((v) => ({ ...v, unit: targets.get(v.column)?.unit ?? v.unit })),
    period: input.mapping.period ?? first?.period,
  };
  const { period, series, problems } = buildSeries(table, mapping);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${plural(problems.length - 1, 'more problem')})` : '';
    throw new CoreError('invalid-input', `${describeCellProblem(problems[0]!)}${more}. Nothing was imported.`, { problems: problems.slice(0, MAX_PROBLEMS) });
  }
  if (series.every((x) => x.values.length === 0)) throw new CoreError('invalid-input', 'There are no figures in the chosen columns. Nothing was imported.');
  for (const areaId of input.areaIds)
    if (!db.prepare('SELECT 1 FROM area WHERE id = ?').get(areaId)) throw new CoreError('not-found', 'An area chosen for the series could not be found. It may have been deleted. Nothing was imported.');

  // The file goes into the store once; every series made or changed points at it.
  const name = fileNameOf(file, input, grid.sheet !== null || grid.sheets.length > 0);
  const blob =
    input.source.uploadId !== undefined
      ? lib.store.commit(input.source.uploadId, s.stagingOf(input.source.uploadId))
      : lib.store.commit((await lib.store.staging.stageFile(file)).uploadId, lib.store.staging);
  const now = s.now;
  const addedBy = s.info().details.userName;
  const sourceFile = { sha256: blob.sha256, size: blob.size, name, mediaType: mediaTypeFor(name) };
  try {
    return writeTransaction(db, (): SeriesImportResult => {
      const fresh = series.filter((x) => !targets.has(x.column));
      // The same file imported again as new series gives the same series twice: refuse, naming what is there.
      // (Another column of a file imported before is new, and is imported.)
      const before = db
        .prepare(
          `SELECT e.id, e.title FROM evidence e JOIN evidence_file f ON f.evidence_id = e.id
           WHERE e.kind = 'data' AND f.sha256 = ? AND e.title IN (SELECT value FROM json_each(?)) ORDER BY e.title`,
        )
        .all(blob.sha256, JSON.stringify(fresh.map((x) => x.title))) as { id: string; title: string }[];
      if (before.length > 0)
        throw new CoreError(
          'conflict',
          `This file was imported before as ${before.map((b) => `“${b.title}”`).join(', ')}, so nothing was imported. Open ${before.length === 1 ? 'that series' : 'those series'} to add figures, or untick ${before.length === 1 ? 'its column' : 'their columns'}.`,
          { existing: before },
        );
      const created = fresh.map((x) => {
        const id = insertSeries(
          db,
          {
            title: x.title,
            source: input.sourceOrganisation,
            description: '',
            asAt: null,
            unit: x.unit,
            period,
            better: x.better,
            baseline: null,
            target: null,
            milestone: null,
            englandAverage: null,
            trendPeriods: null,
            values: x.values,
            areaIds: input.areaIds,
          },
          now,
          addedBy,
        );
        rememberHeading(db, id, x.heading);
        attachFile(db, id, sourceFile, now);
        return { id, title: x.title, values: x.values.length };
      });
      const updated = series.flatMap((x) => {
        const target = targets.get(x.column);
        return target ? [{ id: target.id, title: target.title, unit: target.unit, ...addTo(db, target, x, input.areaIds, sourceFile, now) }] : [];
      });
      return { created, updated };
    });
  } finally {
    // A file no series points at (refused, or only figures the series had already) is not kept.
    if (blob.isNew && !db.prepare('SELECT 1 FROM blob WHERE sha256 = ?').get(blob.sha256)) lib.store.remove(blob.sha256);
  }
}

/** Adds a column's figures to a series in the library; the file and areas are added only when a figure is. */
function addTo(db: Db, target: SeriesInLibrary, column: BuiltSeries, areaIds: readonly string[], file: Parameters<typeof attachFile>[2], now: Date) {
  const merged = mergeValues(db, target.id, column.values);
  rememberHeading(db, target.id, column.heading);
  if (merged.added + merged.changed.length === 0) return merged;
  const latest = asAtOf(column.values, target.period);
  db.prepare('UPDATE evidence SET as_at = CASE WHEN as_at IS NULL OR as_at < ? THEN ? ELSE as_at END, updated_at = ? WHERE id = ?').run(latest, latest, now.toISOString(), target.id);
  attachFile(db, target.id, file, now);
  linkIfMissing(db, target.id, areaIds, now);
  return merged;
}

/** For the CLI: imports a file with the mapping the preview proposes, or says why it cannot. */
export async function importSeriesFile(s: Session, path: string, areaIds: string[]): Promise<SeriesImportResult> {
  const preview = await previewSeriesImport(s, { path });
  if (!preview.proposedMapping) {
    const hasDates = preview.columns.some((c) => c.looksLike === 'dates');
    throw new CoreError(
      'invalid-input',
      hasDates
        ? `No column of figures was found in ${basename(path)}. Nothing was imported.`
        : `No column of dates or periods (such as “Jan 2021”, “Q3 2021” or “2020/21”) was found in ${basename(path)}. Nothing was imported.`,
    );
  }
  return importSeries(s, { source: { path }, mapping: preview.proposedMapping, sourceOrganisation: '', areaIds });
}
