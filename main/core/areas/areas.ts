import type { z } from 'zod';
import type { Area, AreaDependents, Judgement, areaCreateInput, areaUpdateInput } from '../../../shared/schemas/areas.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';

interface Row {
  id: string;
  code: string;
  title: string;
  weakness: string;
  position: number;
  evidence_count: number;
  workstreams: string;
  lead: string;
  outcome: Judgement;
}

const select = `SELECT a.id, a.code, a.title, a.weakness, a.position, a.workstreams, a.lead, j.outcome,
  (SELECT count(*) FROM link l WHERE l.area_id = a.id) AS evidence_count
  FROM area a LEFT JOIN judgement j ON j.area_id = a.id`;

const toArea = (r: Row): Area => ({
  id: r.id,
  code: r.code,
  title: r.title,
  weakness: r.weakness,
  position: r.position,
  evidenceCount: r.evidence_count,
  judgement: r.outcome,
  workstreams: JSON.parse(r.workstreams) as string[],
  lead: r.lead,
});

export function listAreas(db: Db): Area[] {
  return (db.prepare(`${select} ORDER BY a.position, a.code`).all() as Row[]).map(toArea);
}

export function getArea(db: Db, id: string): Area {
  const row = db.prepare(`${select} WHERE a.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('That area of concern');
  return toArea(row);
}

export function findAreaByCode(db: Db, code: string): Area | undefined {
  const row = db.prepare(`${select} WHERE a.code = ? COLLATE NOCASE`).get(code) as Row | undefined;
  return row && toArea(row);
}

function assertCodeFree(db: Db, code: string, exceptId?: string) {
  const other = findAreaByCode(db, code);
  if (other && other.id !== exceptId)
    throw new CoreError('conflict', `code: ${other.code} is already used by "${other.title}". Choose another code.`);
}

const byCode = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' }).compare;

/**
 * Where a new area goes: among the others in code order (AOC3 accepted after AOC9 goes
 * between AOC2 and AOC4) while they are in code order, else at the end, after an order the
 * user chose. Areas from its place on move down one.
 */
function placeFor(db: Db, code: string): number {
  const areas = db.prepare('SELECT id, code FROM area ORDER BY position, code').all() as { id: string; code: string }[];
  const inCodeOrder = areas.every((a, i) => i === 0 || byCode(areas[i - 1]!.code, a.code) <= 0);
  const at = inCodeOrder ? areas.findIndex((a) => byCode(a.code, code) > 0) : -1;
  if (at < 0) return areas.length;
  const set = db.prepare('UPDATE area SET position = ? WHERE id = ?');
  areas.forEach((a, i) => set.run(i < at ? i : i + 1, a.id));
  return at;
}

export function createArea(db: Db, input: z.output<typeof areaCreateInput>, now: Date): Area {
  return writeTransaction(db, () => {
    assertCodeFree(db, input.code);
    const id = newId();
    const t = now.toISOString();
    db.prepare('INSERT INTO area (id, code, title, weakness, position, workstreams, lead, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      id, input.code, input.title, input.weakness, placeFor(db, input.code), JSON.stringify(input.workstreams ?? []), input.lead ?? '', t, t,
    );
    return getArea(db, id);
  });
}

export function updateArea(db: Db, input: z.output<typeof areaUpdateInput>, now: Date): Area {
  return writeTransaction(db, () => {
    const current = getArea(db, input.id);
    if (input.code !== undefined) assertCodeFree(db, input.code, input.id);
    db.prepare('UPDATE area SET code = ?, title = ?, weakness = ?, workstreams = ?, lead = ?, updated_at = ? WHERE id = ?').run(
      input.code ?? current.code,
      input.title ?? current.title,
      input.weakness ?? current.weakness,
      JSON.stringify(input.workstreams ?? current.workstreams),
      input.lead ?? current.lead,
      now.toISOString(),
      input.id,
    );
    return getArea(db, input.id);
  });
}

/** Moves an area to a new place in the register; positions stay 0…n-1. */
export function moveArea(db: Db, id: string, position: number): Area[] {
  return writeTransaction(db, () => {
    const ids = listAreas(db).map((a) => a.id);
    const from = ids.indexOf(id);
    if (from < 0) throw notFound('That area of concern');
    ids.splice(from, 1);
    ids.splice(Math.min(position, ids.length), 0, id);
    const set = db.prepare('UPDATE area SET position = ? WHERE id = ?');
    ids.forEach((areaId, i) => set.run(i, areaId));
    return listAreas(db);
  });
}

/** What deleting the area would remove, so the confirmation can name it. */
export function areaDependents(db: Db, id: string): AreaDependents {
  const area = getArea(db, id);
  const count = (sql: string) => (db.prepare(sql).get(id) as { n: number }).n;
  return {
    id,
    code: area.code,
    links: area.evidenceCount,
    actions: count('SELECT count(*) AS n FROM action WHERE area_id = ?'),
    findings: count('SELECT count(*) AS n FROM finding WHERE area_id = ?'),
    excerpts: count('SELECT count(*) AS n FROM excerpt WHERE area_id = ?'),
    judged: count('SELECT count(*) AS n FROM judgement WHERE area_id = ? AND outcome IS NOT NULL') > 0,
  };
}

/**
 * Deletes an area with its links, actions, judgement, findings and their history; the
 * evidence items stay, and the area's excerpts stay with their items (no longer tied to an area).
 */
export function deleteArea(db: Db, id: string) {
  return writeTransaction(db, () => {
    const gone = areaDependents(db, id);
    db.prepare('DELETE FROM area WHERE id = ?').run(id);
    const rest = db.prepare('SELECT id FROM area ORDER BY position, code').all() as { id: string }[];
    const set = db.prepare('UPDATE area SET position = ? WHERE id = ?');
    rest.forEach((r, i) => set.run(i, r.id));
    return { id, unlinkedEvidence: gone.links, actionsRemoved: gone.actions, findingsRemoved: gone.findings, judgementRemoved: gone.judged };
  });
}
