import type { z } from 'zod';
import type { ColourFamily, Stocktake, StocktakeCount, stocktakeRecordInput } from '../../../shared/schemas/actions.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { listStatuses, sameLabel } from './statuses.ts';
import { describeStocktake, totals } from './stocktake-wording.ts';

interface Row {
  id: string;
  taken_on: string;
  note: string;
  recorded_by: string;
}

function countsOf(db: Db, id: string): StocktakeCount[] {
  return (
    db.prepare('SELECT label, colour, complete, count FROM stocktake_count WHERE stocktake_id = ? ORDER BY position').all(id) as {
      label: string;
      colour: ColourFamily;
      complete: number;
      count: number;
    }[]
  ).map((c) => ({ ...c, complete: c.complete === 1 }));
}

/** Newest first; each stocktake's summary compares it with the one before it. */
export function listStocktakes(db: Db): Stocktake[] {
  const rows = db.prepare('SELECT id, taken_on, note, recorded_by FROM stocktake ORDER BY taken_on DESC, created_at DESC').all() as Row[];
  const tallies = rows.map((r) => ({ row: r, counts: countsOf(db, r.id) }));
  return tallies.map(({ row, counts }, i) => {
    const previous = tallies[i + 1];
    const t = totals(counts);
    return {
      id: row.id,
      takenOn: row.taken_on,
      note: row.note,
      recordedBy: row.recorded_by,
      counts,
      total: t.total,
      completeCount: t.complete,
      completePercent: t.percent,
      summary: describeStocktake({ takenOn: row.taken_on, counts }, previous ? { takenOn: previous.row.taken_on, counts: previous.counts } : null),
      previousId: previous?.row.id ?? null,
    };
  });
}

/** The counts per status of the actions as they are now, in the scheme's order ("No status" last, if any). */
function countsNow(db: Db): StocktakeCount[] {
  const counts: StocktakeCount[] = listStatuses(db).map((s) => ({ label: s.label, colour: s.colour, complete: s.complete, count: s.actionCount }));
  const none = (db.prepare('SELECT count(*) AS n FROM action WHERE status_id IS NULL').get() as { n: number }).n;
  if (none > 0) counts.push({ label: 'No status', colour: 'grey', complete: false, count: none });
  return counts;
}

/** Counts given by hand take their colour and completeness from the status of that name, unless given. */
function countsGiven(db: Db, given: NonNullable<z.output<typeof stocktakeRecordInput>['counts']>): StocktakeCount[] {
  const statuses = listStatuses(db);
  const labels = given.map((g) => g.label.toLowerCase());
  const dup = labels.find((l, i) => labels.indexOf(l) !== i);
  if (dup !== undefined) throw new CoreError('invalid-input', `counts: "${dup}" is counted twice. Give each status once.`);
  return given.map((g) => {
    const status = statuses.find((s) => sameLabel(s.label, g.label));
    return { label: g.label, colour: g.colour ?? status?.colour ?? 'grey', complete: g.complete ?? status?.complete ?? false, count: g.count };
  });
}

export function recordStocktake(db: Db, input: z.output<typeof stocktakeRecordInput>, now: Date, by: string): Stocktake {
  return writeTransaction(db, () => {
    const counts = input.counts ? countsGiven(db, input.counts) : countsNow(db);
    const id = newId();
    db.prepare('INSERT INTO stocktake (id, taken_on, note, recorded_by, created_at) VALUES (?, ?, ?, ?, ?)').run(id, input.takenOn, input.note, by, now.toISOString());
    const insert = db.prepare('INSERT INTO stocktake_count (stocktake_id, position, label, colour, complete, count) VALUES (?, ?, ?, ?, ?, ?)');
    counts.forEach((c, i) => insert.run(id, i, c.label, c.colour, c.complete ? 1 : 0, c.count));
    return listStocktakes(db).find((s) => s.id === id)!;
  });
}

export function deleteStocktake(db: Db, id: string) {
  return writeTransaction(db, () => {
    if (db.prepare('DELETE FROM stocktake WHERE id = ?').run(id).changes === 0) throw notFound('That stocktake');
    return { id };
  });
}
