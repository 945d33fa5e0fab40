/** A data series: an evidence item of kind 'data', its `series` row and its `series_value` rows. */
import type { z } from 'zod';
import type { Series, SeriesDetails, SeriesValue, seriesCreateInput, seriesSaveInput, seriesValueInput } from '../../../shared/schemas/series.ts';
import { periodEnd, periodLabel } from '../../../shared/series/periods.ts';
import { computeTrend, defaultTrendPeriods } from '../../../shared/series/trend.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError, notFound } from '../errors.ts';
import { setLink } from '../evidence/evidence.ts';
import { newId } from '../ids.ts';

export const defaultDetails: SeriesDetails = {
  unit: 'count',
  period: 'month',
  better: 'higher',
  baseline: null,
  target: null,
  milestone: null,
  englandAverage: null,
  trendPeriods: null,
};

interface SeriesRow {
  unit: SeriesDetails['unit'];
  period: SeriesDetails['period'];
  better: SeriesDetails['better'];
  baseline: number | null;
  target: number | null;
  milestone: number | null;
  england_average: number | null;
  trend_periods: number | null;
}

const kindWords: Record<string, string> = { document: 'a document', feedback: 'a feedback item', 'case-study': 'a case study' };

export function getSeries(db: Db, id: string): Series {
  const item = db.prepare('SELECT id, title, kind, source, description FROM evidence WHERE id = ?').get(id) as
    | { id: string; title: string; kind: string; source: string; description: string }
    | undefined;
  if (!item) throw notFound('That data series');
  if (item.kind !== 'data')
    throw new CoreError('invalid-input', `“${item.title}” is ${kindWords[item.kind] ?? 'not a data item'}, not a data series: only items of kind data have figures.`);
  const row = db.prepare('SELECT * FROM series WHERE evidence_id = ?').get(id) as SeriesRow | undefined;
  const details: SeriesDetails = row
    ? {
        unit: row.unit,
        period: row.period,
        better: row.better,
        baseline: row.baseline,
        target: row.target,
        milestone: row.milestone,
        englandAverage: row.england_average,
        trendPeriods: row.trend_periods,
      }
    : defaultDetails;
  const values = db
    .prepare('SELECT period_start AS periodStart, label, value, note FROM series_value WHERE evidence_id = ? ORDER BY period_start')
    .all(id) as SeriesValue[];
  return {
    ...details,
    id: item.id,
    title: item.title,
    source: item.source,
    description: item.description,
    saved: row !== undefined,
    values,
    defaultTrendPeriods: defaultTrendPeriods[details.period],
    trend: computeTrend(values, details),
  };
}

type ValueInput = z.output<typeof seriesValueInput>;

/** Refuses two values for the same period, naming it and the rows (1-based positions in the list). */
export function checkDuplicatePeriods(values: readonly ValueInput[], period: SeriesDetails['period']) {
  const seen = new Map<string, number>();
  values.forEach((v, i) => {
    const before = seen.get(v.periodStart);
    if (before !== undefined) {
      const label = v.label.trim() || periodLabel(v.periodStart, period);
      throw new CoreError('invalid-input', `Two values are for the same period, ${label} (rows ${before + 1} and ${i + 1}). Nothing was saved.`);
    }
    seen.set(v.periodStart, i);
  });
}

/** Writes (or replaces) a data item's series details. */
export function writeSeriesDetails(db: Db, id: string, d: SeriesDetails) {
  db.prepare(
    `INSERT INTO series (evidence_id, unit, period, better, baseline, target, milestone, england_average, trend_periods)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (evidence_id) DO UPDATE SET unit = excluded.unit, period = excluded.period, better = excluded.better,
       baseline = excluded.baseline, target = excluded.target, milestone = excluded.milestone,
       england_average = excluded.england_average, trend_periods = excluded.trend_periods`,
  ).run(id, d.unit, d.period, d.better, d.baseline, d.target, d.milestone, d.englandAverage, d.trendPeriods);
}

/** Replaces all the values of a series (whose row must exist). */
export function writeValues(db: Db, id: string, values: readonly ValueInput[], period: SeriesDetails['period']) {
  db.prepare('DELETE FROM series_value WHERE evidence_id = ?').run(id);
  const insert = db.prepare('INSERT INTO series_value (evidence_id, period_start, label, value, note) VALUES (?, ?, ?, ?, ?)');
  for (const v of values) insert.run(id, v.periodStart, v.label.trim() || periodLabel(v.periodStart, period), v.value, v.note);
}

const latestStart = (values: readonly { periodStart: string }[]) => values.reduce<string | null>((a, v) => (a === null || v.periodStart > a ? v.periodStart : a), null);

/** A series is as at the last day of its latest figure's period: August's figures are as at 31 August. */
export function asAtOf(values: readonly { periodStart: string }[], period: SeriesDetails['period']): string | null {
  const latest = latestStart(values);
  return latest === null ? null : periodEnd(latest, period);
}

export interface NewSeries extends SeriesDetails {
  title: string;
  source: string;
  description: string;
  asAt: string | null;
  values: ValueInput[];
  areaIds: string[];
}

/** Inserts a data item with its series and values and links; call inside a write transaction. Returns its id. */
export function insertSeries(db: Db, input: NewSeries, now: Date, addedBy: string): string {
  const id = newId();
  const t = now.toISOString();
  db.prepare(
    `INSERT INTO evidence (id, title, kind, as_at, source, description, personal_data, voice, added_by, created_at, updated_at)
     VALUES (?, ?, 'data', ?, ?, ?, 0, NULL, ?, ?, ?)`,
  ).run(id, input.title, input.asAt ?? asAtOf(input.values, input.period), input.source, input.description, addedBy, t, t);
  writeSeriesDetails(db, id, input);
  writeValues(db, id, input.values, input.period);
  for (const areaId of new Set(input.areaIds)) setLink(db, { evidenceId: id, areaId, stance: 'supports', note: '' }, now);
  return id;
}

/** "As at" left empty becomes the end of the latest value's period. */
export function createSeries(db: Db, input: z.output<typeof seriesCreateInput>, now: Date, addedBy: string): Series {
  checkDuplicatePeriods(input.values, input.period);
  return writeTransaction(db, () => getSeries(db, insertSeries(db, input, now, addedBy)));
}

export function saveSeries(db: Db, input: z.output<typeof seriesSaveInput>, now: Date): Series {
  return writeTransaction(db, () => {
    const cur = getSeries(db, input.id);
    const pick = <K extends keyof SeriesDetails>(k: K): SeriesDetails[K] => (input[k] === undefined ? cur[k] : (input[k] as SeriesDetails[K]));
    const details: SeriesDetails = {
      unit: pick('unit'),
      period: pick('period'),
      better: pick('better'),
      baseline: pick('baseline'),
      target: pick('target'),
      milestone: pick('milestone'),
      englandAverage: pick('englandAverage'),
      trendPeriods: pick('trendPeriods'),
    };
    if (input.values !== undefined) checkDuplicatePeriods(input.values, details.period);
    writeSeriesDetails(db, input.id, details);
    if (input.values !== undefined) writeValues(db, input.id, input.values, details.period);
    db.prepare('UPDATE evidence SET updated_at = ? WHERE id = ?').run(now.toISOString(), input.id);
    return getSeries(db, input.id);
  });
}
