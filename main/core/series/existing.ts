/**
 * Adding an import's figures to data series already in the library: next month's KPI file,
 * with the same column headings, goes into the same series rather than making new ones.
 */
import type { z } from 'zod';
import type { ChangedFigure, ExistingSeries, SeriesPeriod, seriesValueInput } from '../../../shared/schemas/series.ts';
import type { Db } from '../db/open.ts';
import { CoreError } from '../errors.ts';

export interface SeriesInLibrary extends ExistingSeries {
  /** The column headings its figures were imported from. */
  headings: string[];
}

const existingSql = `
  SELECT e.id, e.title, s.unit, s.period,
    (SELECT json_group_array(h.heading) FROM series_heading h WHERE h.evidence_id = e.id) AS headings,
    (SELECT count(*) FROM series_value v WHERE v.evidence_id = e.id) AS figures,
    (SELECT v.label FROM series_value v WHERE v.evidence_id = e.id ORDER BY v.period_start DESC LIMIT 1) AS latest
  FROM evidence e JOIN series s ON s.evidence_id = e.id
  WHERE e.kind = 'data'`;

type Row = Omit<SeriesInLibrary, 'headings'> & { headings: string };
const withHeadings = (r: Row): SeriesInLibrary => ({ ...r, headings: JSON.parse(r.headings) as string[] });

/** The library's data series, by title: what an import can add figures to. */
export function seriesInLibrary(db: Db, limit = 2000): SeriesInLibrary[] {
  return (db.prepare(`${existingSql} ORDER BY e.title COLLATE NOCASE, e.id LIMIT ?`).all(limit) as Row[]).map(withHeadings);
}

export function seriesToAddTo(db: Db, id: string): SeriesInLibrary {
  const row = db.prepare(`${existingSql} AND e.id = ?`).get(id) as Row | undefined;
  if (!row) throw new CoreError('not-found', 'A data series chosen to add figures to could not be found. It may have been deleted. Nothing was imported.');
  return withHeadings(row);
}

/**
 * Remembers that a column of this heading goes into this series (call inside a write
 * transaction). A heading belongs to one series: one the user sent elsewhere moves there.
 */
export function rememberHeading(db: Db, id: string, heading: string) {
  const k = key(heading);
  if (!k) return;
  const others = (db.prepare('SELECT evidence_id AS id, heading FROM series_heading WHERE evidence_id <> ?').all(id) as { id: string; heading: string }[]).filter(
    (h) => key(h.heading) === k,
  );
  const drop = db.prepare('DELETE FROM series_heading WHERE evidence_id = ? AND heading = ?');
  for (const h of others) drop.run(h.id, h.heading);
  db.prepare('INSERT INTO series_heading (evidence_id, heading) VALUES (?, ?) ON CONFLICT DO NOTHING').run(id, heading.trim());
}

/** Headings and titles compared as people read them: case, spacing and width aside. */
export const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
/** Headings that say nothing about what is counted: never matched to a series by name. */
const generic = /^(values?|counts?|numbers?|totals?|percent(age)?s?|%|rates?|figures?|amounts?|n|results?|scores?|data|actual|number of)$/;

/**
 * The one series a column's figures belong in: the series last imported from a column of
 * this heading, else the series of this title, among those of the file's period. None when
 * the heading says nothing ("Value") or when two series could be meant.
 */
export function matchSeries(heading: string, existing: readonly SeriesInLibrary[], period: SeriesPeriod | null): SeriesInLibrary | undefined {
  const k = key(heading);
  if (!k || generic.test(k)) return undefined;
  const same = existing.filter((s) => period === null || s.period === period);
  const byHeading = same.filter((s) => s.headings.some((h) => key(h) === k));
  const pool = byHeading.length > 0 ? byHeading : same.filter((s) => key(s.title) === k);
  return pool.length === 1 ? pool[0] : undefined;
}

type ValueInput = z.output<typeof seriesValueInput>;

/**
 * Adds figures to a series (call inside a write transaction): a period it lacks is added, a
 * different figure for a period it has replaces the old one (and is reported), the same figure
 * is left alone. Notes typed on the series' figures are kept.
 */
export function mergeValues(db: Db, id: string, values: readonly ValueInput[]) {
  const current = new Map(
    (db.prepare('SELECT period_start AS periodStart, label, value FROM series_value WHERE evidence_id = ?').all(id) as { periodStart: string; label: string; value: number }[]).map(
      (v) => [v.periodStart, v],
    ),
  );
  const insert = db.prepare("INSERT INTO series_value (evidence_id, period_start, label, value, note) VALUES (?, ?, ?, ?, '')");
  const replace = db.prepare('UPDATE series_value SET value = ? WHERE evidence_id = ? AND period_start = ?');
  const addedLabels: string[] = [];
  let unchanged = 0;
  const changed: ChangedFigure[] = [];
  for (const v of values) {
    const was = current.get(v.periodStart);
    if (!was) {
      insert.run(id, v.periodStart, v.label, v.value);
      addedLabels.push(v.label);
    } else if (Math.abs(was.value - v.value) > 1e-9 * Math.max(1, Math.abs(v.value))) {
      replace.run(v.value, id, v.periodStart);
      changed.push({ label: was.label, before: was.value, after: v.value });
    } else unchanged++;
  }
  return { added: addedLabels.length, addedLabels, changed, unchanged };
}
