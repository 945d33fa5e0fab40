import type { Citation, CitationView, Finding, FindingSnapshot } from '../../../shared/schemas/assessment.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { getArea } from '../areas/areas.ts';
import { CoreError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { recordChange, type Recorder } from './history.ts';

interface Row {
  id: string;
  area_id: string;
  text: string;
  still_to_improve: number;
  position: number;
  updated_at: string;
}

interface CitationRow {
  finding_id: string;
  evidence_id: string;
  excerpt_id: string | null;
  title: string;
  quote: string | null;
  page: number | null;
}

const citationSql = `SELECT c.finding_id, coalesce(c.evidence_id, x.evidence_id) AS evidence_id, c.excerpt_id,
    e.title, x.quote, x.page
  FROM finding_citation c
  LEFT JOIN excerpt x ON x.id = c.excerpt_id
  JOIN evidence e ON e.id = coalesce(c.evidence_id, x.evidence_id)`;

function citationsOf(db: Db, findingIds: string[]): Map<string, CitationView[]> {
  const map = new Map<string, CitationView[]>(findingIds.map((id) => [id, []]));
  if (findingIds.length === 0) return map;
  const rows = db
    .prepare(`${citationSql} WHERE c.finding_id IN (SELECT value FROM json_each(?)) ORDER BY c.finding_id, c.position`)
    .all(JSON.stringify(findingIds)) as CitationRow[];
  for (const r of rows)
    map.get(r.finding_id)?.push({ evidenceId: r.evidence_id, excerptId: r.excerpt_id, title: r.title, quote: r.quote, page: r.page });
  return map;
}

const toFinding = (r: Row, citations: CitationView[]): Finding => ({
  id: r.id,
  areaId: r.area_id,
  text: r.text,
  stillToImprove: r.still_to_improve === 1,
  position: r.position,
  citations,
  updatedAt: r.updated_at,
});

export function listFindings(db: Db, areaId: string): Finding[] {
  const rows = db.prepare('SELECT * FROM finding WHERE area_id = ? ORDER BY position').all(areaId) as Row[];
  const cites = citationsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toFinding(r, cites.get(r.id) ?? []));
}

export function getFinding(db: Db, id: string): Finding {
  const row = db.prepare('SELECT * FROM finding WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('That finding');
  return toFinding(row, citationsOf(db, [id]).get(id) ?? []);
}

const toCitation = (c: CitationView): Citation => (c.excerptId ? { excerptId: c.excerptId } : { evidenceId: c.evidenceId });

export const snapshotOf = (f: Finding): FindingSnapshot => ({
  id: f.id,
  areaId: f.areaId,
  text: f.text,
  stillToImprove: f.stillToImprove,
  position: f.position,
  citations: f.citations.map(toCitation),
});

/** What the history keeps of a finding (the area and id are on the history row). */
const historyOf = (f: Finding) => {
  const { id: _id, areaId: _area, ...rest } = snapshotOf(f);
  return rest;
};

function writeCitations(db: Db, findingId: string, citations: readonly Citation[], skipMissing: boolean) {
  db.prepare('DELETE FROM finding_citation WHERE finding_id = ?').run(findingId);
  const insert = db.prepare('INSERT INTO finding_citation (finding_id, position, evidence_id, excerpt_id) VALUES (?, ?, ?, ?)');
  const seen = new Set<string>();
  let position = 0;
  for (const c of citations) {
    const key = 'evidenceId' in c ? `e:${c.evidenceId}` : `x:${c.excerptId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const exists = 'evidenceId' in c
      ? db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(c.evidenceId)
      : db.prepare('SELECT 1 FROM excerpt WHERE id = ?').get(c.excerptId);
    if (!exists) {
      if (skipMissing) continue;
      throw notFound('evidenceId' in c ? `The cited evidence item ${c.evidenceId}` : `The cited excerpt ${c.excerptId}`);
    }
    insert.run(findingId, position++, 'evidenceId' in c ? c.evidenceId : null, 'excerptId' in c ? c.excerptId : null);
  }
}

/** Puts the area's findings in the given order, numbering them 0…n-1. */
function renumber(db: Db, ids: string[]) {
  const set = db.prepare('UPDATE finding SET position = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(i, id));
}

const idsInOrder = (db: Db, areaId: string) =>
  (db.prepare('SELECT id FROM finding WHERE area_id = ? ORDER BY position, created_at').all(areaId) as { id: string }[]).map((r) => r.id);

function insertFinding(db: Db, f: FindingSnapshot, at: string, skipMissing: boolean) {
  const order = idsInOrder(db, f.areaId);
  db.prepare('INSERT INTO finding (id, area_id, text, still_to_improve, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    f.id, f.areaId, f.text, f.stillToImprove ? 1 : 0, order.length, at, at,
  );
  order.splice(Math.min(f.position, order.length), 0, f.id);
  renumber(db, order);
  writeCitations(db, f.id, f.citations, skipMissing);
}

export function createFinding(
  db: Db,
  input: { areaId: string; text: string; stillToImprove: boolean; citations: Citation[]; position?: number | undefined },
  by: Recorder,
): Finding {
  return writeTransaction(db, () => {
    getArea(db, input.areaId);
    const id = newId();
    insertFinding(db, { id, areaId: input.areaId, text: input.text, stillToImprove: input.stillToImprove, position: input.position ?? Number.MAX_SAFE_INTEGER, citations: input.citations }, by.at, false);
    const created = getFinding(db, id);
    recordChange(db, by, input.areaId, 'finding', id, 'created', null, historyOf(created));
    return created;
  });
}

export function updateFinding(
  db: Db,
  input: { id: string; text?: string | undefined; stillToImprove?: boolean | undefined; citations?: Citation[] | undefined },
  by: Recorder,
): Finding {
  return writeTransaction(db, () => {
    const before = getFinding(db, input.id);
    db.prepare('UPDATE finding SET text = ?, still_to_improve = ?, updated_at = ? WHERE id = ?').run(
      input.text ?? before.text,
      (input.stillToImprove ?? before.stillToImprove) ? 1 : 0,
      by.at,
      input.id,
    );
    if (input.citations) writeCitations(db, input.id, input.citations, false);
    const after = getFinding(db, input.id);
    if (JSON.stringify(historyOf(before)) !== JSON.stringify(historyOf(after)))
      recordChange(db, by, after.areaId, 'finding', after.id, 'updated', historyOf(before), historyOf(after));
    return after;
  });
}

export function moveFinding(db: Db, id: string, position: number, by: Recorder): Finding[] {
  return writeTransaction(db, () => {
    const before = getFinding(db, id);
    const order = idsInOrder(db, before.areaId).filter((x) => x !== id);
    order.splice(Math.min(position, order.length), 0, id);
    renumber(db, order);
    const after = getFinding(db, id);
    if (after.position !== before.position) recordChange(db, by, before.areaId, 'finding', id, 'moved', historyOf(before), historyOf(after));
    return listFindings(db, before.areaId);
  });
}

export function deleteFinding(db: Db, id: string, by: Recorder): { removed: FindingSnapshot } {
  return writeTransaction(db, () => {
    const before = getFinding(db, id);
    db.prepare('DELETE FROM finding WHERE id = ?').run(id);
    renumber(db, idsInOrder(db, before.areaId));
    recordChange(db, by, before.areaId, 'finding', id, 'deleted', historyOf(before), null);
    return { removed: snapshotOf(before) };
  });
}

/** Puts a deleted finding back where it was; citations of items deleted since are left out. */
export function restoreFinding(db: Db, snapshot: FindingSnapshot, by: Recorder): Finding {
  return writeTransaction(db, () => {
    getArea(db, snapshot.areaId);
    if (db.prepare('SELECT 1 FROM finding WHERE id = ?').get(snapshot.id))
      throw new CoreError('conflict', 'That finding is already there, so there is nothing to undo.');
    insertFinding(db, snapshot, by.at, true);
    const restored = getFinding(db, snapshot.id);
    recordChange(db, by, snapshot.areaId, 'finding', snapshot.id, 'restored', null, historyOf(restored));
    return restored;
  });
}
