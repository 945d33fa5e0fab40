import type { z } from 'zod';
import type { Excerpt, ExcerptSnapshot, excerptCreateInput, excerptUpdateInput } from '../../../shared/schemas/assessment.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { getSeries } from '../series/series.ts';
import { formatSeriesValue } from '../../../shared/series/format.ts';
import { valueLabel } from '../../../shared/series/periods.ts';

interface Row {
  id: string;
  evidence_id: string;
  evidence_title: string;
  area_id: string | null;
  area_code: string | null;
  quote: string;
  page: number | null;
  data_point: string | null;
  note: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  cited_by: number;
  evidence_kind: string;
}

const select = `SELECT x.*, e.title AS evidence_title, e.kind AS evidence_kind, a.code AS area_code,
    (SELECT count(*) FROM finding_citation c WHERE c.excerpt_id = x.id) AS cited_by
  FROM excerpt x JOIN evidence e ON e.id = x.evidence_id LEFT JOIN area a ON a.id = x.area_id`;

/**
 * For an excerpt of one figure of a data series ("…: 52.4% in Mar 2024"): a sentence when
 * the figure has changed or gone since, so a finding does not cite a number the series no
 * longer holds; null otherwise.
 */
function figureChanged(db: Db, r: Row): string | null {
  if (r.evidence_kind !== 'data' || !r.data_point) return null;
  const series = getSeries(db, r.evidence_id);
  const now = series.values.find((v) => valueLabel(v, series) === r.data_point);
  if (!now) return `The figure for ${r.data_point} has since been removed from the series.`;
  const figure = `${formatSeriesValue(now.value, series.unit)} in ${r.data_point}`;
  return r.quote.includes(figure) ? null : `The figure has changed since this excerpt was taken: now ${figure}.`;
}

const toExcerpt = (db: Db, r: Row): Excerpt => ({
  id: r.id,
  evidenceId: r.evidence_id,
  evidenceTitle: r.evidence_title,
  areaId: r.area_id,
  areaCode: r.area_code,
  quote: r.quote,
  page: r.page,
  dataPoint: r.data_point,
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  citedBy: r.cited_by,
  figureChanged: figureChanged(db, r),
});

export function listExcerpts(db: Db, filter: { evidenceId?: string | undefined; areaId?: string | undefined }): Excerpt[] {
  const rows = db
    .prepare(`${select} WHERE (@evidenceId IS NULL OR x.evidence_id = @evidenceId) AND (@areaId IS NULL OR x.area_id = @areaId)
      ORDER BY e.title, x.page IS NULL, x.page, x.created_at`)
    .all({ evidenceId: filter.evidenceId ?? null, areaId: filter.areaId ?? null }) as Row[];
  return rows.map((r) => toExcerpt(db, r));
}

export function getExcerpt(db: Db, id: string): Excerpt {
  const row = db.prepare(`${select} WHERE x.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('That excerpt');
  return toExcerpt(db, row);
}

function requireItem(db: Db, evidenceId: string) {
  if (!db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(evidenceId)) throw notFound('That evidence item');
}

/** An excerpt for an area makes sure the item is linked to the area (supporting, until the user says otherwise). */
function ensureLink(db: Db, evidenceId: string, areaId: string | null, at: string) {
  if (areaId === null) return;
  if (!db.prepare('SELECT 1 FROM area WHERE id = ?').get(areaId)) throw notFound('That area of concern');
  db.prepare(`INSERT INTO link (evidence_id, area_id, created_at) VALUES (?, ?, ?) ON CONFLICT (evidence_id, area_id) DO NOTHING`).run(evidenceId, areaId, at);
}

export function createExcerpt(db: Db, input: z.output<typeof excerptCreateInput>, now: Date, by: string): Excerpt {
  return writeTransaction(db, () => {
    requireItem(db, input.evidenceId);
    const t = now.toISOString();
    ensureLink(db, input.evidenceId, input.areaId, t);
    const id = newId();
    db.prepare(
      `INSERT INTO excerpt (id, evidence_id, area_id, quote, page, data_point, note, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.evidenceId, input.areaId, input.quote, input.page, input.dataPoint, input.note, by, t, t);
    return getExcerpt(db, id);
  });
}

export function updateExcerpt(db: Db, input: z.output<typeof excerptUpdateInput>, now: Date): Excerpt {
  return writeTransaction(db, () => {
    const cur = getExcerpt(db, input.id);
    const t = now.toISOString();
    const areaId = input.areaId === undefined ? cur.areaId : input.areaId;
    if (areaId !== cur.areaId) ensureLink(db, cur.evidenceId, areaId, t);
    db.prepare('UPDATE excerpt SET area_id = ?, quote = ?, page = ?, data_point = ?, note = ?, updated_at = ? WHERE id = ?').run(
      areaId,
      input.quote ?? cur.quote,
      input.page === undefined ? cur.page : input.page,
      input.dataPoint === undefined ? cur.dataPoint : input.dataPoint,
      input.note ?? cur.note,
      t,
      input.id,
    );
    return getExcerpt(db, input.id);
  });
}

/** Deletes an excerpt (findings stop citing it) and returns all that excerpts/restore needs to undo it. */
export function deleteExcerpt(db: Db, id: string): { removed: ExcerptSnapshot } {
  return writeTransaction(db, () => {
    const x = getExcerpt(db, id);
    const citedByFindings = db.prepare('SELECT finding_id AS findingId, position FROM finding_citation WHERE excerpt_id = ? ORDER BY finding_id').all(id) as ExcerptSnapshot['citedByFindings'];
    db.prepare('DELETE FROM excerpt WHERE id = ?').run(id);
    const removed: ExcerptSnapshot = {
      id: x.id,
      evidenceId: x.evidenceId,
      areaId: x.areaId,
      quote: x.quote,
      page: x.page,
      dataPoint: x.dataPoint,
      note: x.note,
      createdBy: x.createdBy,
      createdAt: x.createdAt,
      citedByFindings,
    };
    return { removed };
  });
}

/** Undoes a delete: the same excerpt, and its citations in findings that still exist. */
export function restoreExcerpt(db: Db, s: ExcerptSnapshot, now: Date): Excerpt {
  return writeTransaction(db, () => {
    if (db.prepare('SELECT 1 FROM excerpt WHERE id = ?').get(s.id)) throw new CoreError('conflict', 'That excerpt is already there, so there is nothing to undo.');
    requireItem(db, s.evidenceId);
    const areaId = s.areaId && db.prepare('SELECT 1 FROM area WHERE id = ?').get(s.areaId) ? s.areaId : null;
    db.prepare(
      `INSERT INTO excerpt (id, evidence_id, area_id, quote, page, data_point, note, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(s.id, s.evidenceId, areaId, s.quote, s.page, s.dataPoint, s.note, s.createdBy, s.createdAt, now.toISOString());
    const nextPosition = db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM finding_citation WHERE finding_id = ?');
    const taken = db.prepare('SELECT 1 FROM finding_citation WHERE finding_id = ? AND position = ?');
    const insert = db.prepare('INSERT INTO finding_citation (finding_id, position, evidence_id, excerpt_id) VALUES (?, ?, NULL, ?)');
    for (const c of s.citedByFindings) {
      if (!db.prepare('SELECT 1 FROM finding WHERE id = ?').get(c.findingId)) continue;
      const position = taken.get(c.findingId, c.position) ? (nextPosition.get(c.findingId) as { p: number }).p : c.position;
      insert.run(c.findingId, position, s.id);
    }
    return getExcerpt(db, s.id);
  });
}
