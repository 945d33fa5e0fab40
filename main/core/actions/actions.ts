import type { z } from 'zod';
import type { Action, ColourFamily, actionCreateInput, actionRestoreInput, actionUpdateInput } from '../../../shared/schemas/actions.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';

interface Row {
  id: string;
  area_id: string;
  area_code: string;
  ref: string;
  text: string;
  owner: string;
  due_on: string | null;
  status_id: string | null;
  status_label: string | null;
  status_colour: ColourFamily | null;
  complete: number | null;
  position: number;
  evidence_ids: string | null;
  updated_at: string;
}

const select = `SELECT x.*, a.code AS area_code, s.label AS status_label, s.colour AS status_colour, s.complete,
    (SELECT group_concat(evidence_id, ' ') FROM action_evidence ae WHERE ae.action_id = x.id) AS evidence_ids
  FROM action x JOIN area a ON a.id = x.area_id LEFT JOIN action_status s ON s.id = x.status_id`;

const toAction = (r: Row, today: string): Action => ({
  id: r.id,
  areaId: r.area_id,
  areaCode: r.area_code,
  ref: r.ref,
  text: r.text,
  owner: r.owner,
  dueOn: r.due_on,
  statusId: r.status_id,
  statusLabel: r.status_label,
  statusColour: r.status_colour ?? 'grey',
  complete: r.complete === 1,
  pastDue: r.complete !== 1 && r.due_on !== null && r.due_on < today,
  position: r.position,
  evidenceIds: r.evidence_ids ? r.evidence_ids.split(' ').sort() : [],
  updatedAt: r.updated_at,
});

export function listActions(db: Db, areaId: string | undefined, today: string): Action[] {
  const rows = db.prepare(`${select} WHERE (@areaId IS NULL OR x.area_id = @areaId) ORDER BY a.position, a.code, x.position`).all({ areaId: areaId ?? null }) as Row[];
  return rows.map((r) => toAction(r, today));
}

export function getAction(db: Db, id: string, today: string): Action {
  const row = db.prepare(`${select} WHERE x.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('That action');
  return toAction(row, today);
}

function requireArea(db: Db, areaId: string) {
  if (!db.prepare('SELECT 1 FROM area WHERE id = ?').get(areaId)) throw notFound('That area of concern');
}

function requireStatus(db: Db, statusId: string | null) {
  if (statusId !== null && !db.prepare('SELECT 1 FROM action_status WHERE id = ?').get(statusId))
    throw new CoreError('not-found', 'That status is not in the library’s status scheme. Choose one of the statuses listed.');
}

function writeEvidence(db: Db, actionId: string, evidenceIds: readonly string[]) {
  db.prepare('DELETE FROM action_evidence WHERE action_id = ?').run(actionId);
  const insert = db.prepare('INSERT INTO action_evidence (action_id, evidence_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  for (const e of evidenceIds) {
    if (!db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(e)) throw notFound(`The evidence item ${e}`);
    insert.run(actionId, e);
  }
}

const nextPosition = (db: Db, areaId: string) => (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM action WHERE area_id = ?').get(areaId) as { p: number }).p;

export function insertAction(
  db: Db,
  a: { id: string; areaId: string; ref: string; text: string; owner: string; dueOn: string | null; statusId: string | null; position?: number },
  at: string,
) {
  db.prepare('INSERT INTO action (id, area_id, ref, text, owner, due_on, status_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    a.id, a.areaId, a.ref, a.text, a.owner, a.dueOn, a.statusId, a.position ?? nextPosition(db, a.areaId), at, at,
  );
}

export function createAction(db: Db, input: z.output<typeof actionCreateInput>, now: Date, today: string): Action {
  return writeTransaction(db, () => {
    requireArea(db, input.areaId);
    requireStatus(db, input.statusId);
    const id = newId();
    insertAction(db, { id, ...input }, now.toISOString());
    writeEvidence(db, id, input.evidenceIds);
    return getAction(db, id, today);
  });
}

export function updateAction(db: Db, input: z.output<typeof actionUpdateInput>, now: Date, today: string): Action {
  return writeTransaction(db, () => {
    const cur = getAction(db, input.id, today);
    const areaId = input.areaId ?? cur.areaId;
    if (areaId !== cur.areaId) requireArea(db, areaId);
    const statusId = input.statusId === undefined ? cur.statusId : input.statusId;
    requireStatus(db, statusId);
    db.prepare('UPDATE action SET area_id = ?, ref = ?, text = ?, owner = ?, due_on = ?, status_id = ?, position = ?, updated_at = ? WHERE id = ?').run(
      areaId,
      input.ref ?? cur.ref,
      input.text ?? cur.text,
      input.owner ?? cur.owner,
      input.dueOn === undefined ? cur.dueOn : input.dueOn,
      statusId,
      areaId === cur.areaId ? cur.position : nextPosition(db, areaId),
      now.toISOString(),
      input.id,
    );
    if (input.evidenceIds) writeEvidence(db, input.id, input.evidenceIds);
    return getAction(db, input.id, today);
  });
}

export function deleteAction(db: Db, id: string, today: string) {
  return writeTransaction(db, () => {
    const removed = getAction(db, id, today);
    db.prepare('DELETE FROM action WHERE id = ?').run(id);
    const restore = {
      id: removed.id, areaId: removed.areaId, ref: removed.ref, text: removed.text, owner: removed.owner,
      dueOn: removed.dueOn, statusId: removed.statusId, position: removed.position, evidenceIds: removed.evidenceIds,
    };
    return { removed, restore };
  });
}

/** Undoes a delete; links to items deleted since, and a status removed since, are left out. */
export function restoreAction(db: Db, a: z.output<typeof actionRestoreInput>['action'], now: Date, today: string): Action {
  return writeTransaction(db, () => {
    if (db.prepare('SELECT 1 FROM action WHERE id = ?').get(a.id)) throw new CoreError('conflict', 'That action is already there, so there is nothing to undo.');
    requireArea(db, a.areaId);
    const statusId = a.statusId && db.prepare('SELECT 1 FROM action_status WHERE id = ?').get(a.statusId) ? a.statusId : null;
    insertAction(db, { ...a, statusId }, now.toISOString());
    writeEvidence(db, a.id, a.evidenceIds.filter((e) => db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(e)));
    return getAction(db, a.id, today);
  });
}
