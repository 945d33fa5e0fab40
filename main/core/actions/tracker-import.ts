/** Importing WSoA actions from a tracker: preview (columns, sample, proposed mapping), then commit all or nothing. */
import type { z } from 'zod';
import type { ImportResult, TrackerPreview, TrackerProblem, importActionsInput, trackerSource } from '../../../shared/schemas/actions.ts';
import { plural } from '../../../shared/format.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Session } from '../session.ts';
import { insertAction } from './actions.ts';
import { listStatuses } from './statuses.ts';
import { readTable } from '../tables/read-table.ts';
import { fileOfSource } from '../tables/source.ts';
import { cellText, matchStatus, proposeMapping, readActionRows, splitHeader, type TrackerTable } from './tracker-rows.ts';

type Source = z.output<typeof trackerSource>;

const fileOf = (s: Session, source: Source) => fileOfSource(s, source, 'tracker file');

async function tableOf(file: string, sheet: string | undefined) {
  const grid = await readTable(file, sheet, 'tracker file');
  const table = splitHeader(grid);
  if (!table) throw new CoreError('invalid-input', 'The tracker is empty: there is no header row and there are no actions. Nothing was imported.');
  if (table.rows.length === 0)
    throw new CoreError('invalid-input', `The tracker has a header row (row ${table.headerRow}) but no actions under it. Nothing was imported.`);
  return { grid, table };
}

const areasOf = (db: Db) => db.prepare('SELECT id, code, title FROM area ORDER BY position').all() as { id: string; code: string; title: string }[];

function distinctStatuses(db: Db, table: TrackerTable, column: number | null): TrackerPreview['statusValues'] {
  if (column === null) return [];
  const counts = new Map<string, number>();
  for (const r of table.rows) {
    const v = cellText(r.cells[column]);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const statuses = listStatuses(db);
  return [...counts].map(([value, rows]) => ({ value, rows, statusId: matchStatus(value, { statuses, statusMap: {} }) }));
}

export async function previewTracker(s: Session, source: Source): Promise<TrackerPreview> {
  const db = s.requireLibrary().db;
  const { grid, table } = await tableOf(fileOf(s, source), source.sheet);
  const proposedMapping = proposeMapping(table);
  return {
    sheets: grid.sheets,
    sheet: grid.sheet,
    columns: table.columns,
    headerRow: table.headerRow,
    sample: table.rows.slice(0, 10).map((r) => ({ row: r.row, cells: table.columns.map((_, i) => cellText(r.cells[i])) })),
    rowCount: table.rows.length,
    proposedMapping,
    statusValues: distinctStatuses(db, table, proposedMapping?.status ?? null),
  };
}

const describeProblem = (p: TrackerProblem) => `Row ${p.row}, column "${p.column}": ${p.message}.`;

/**
 * Imports every row or none. An action whose reference matches one already in the
 * same area is updated (so a monthly tracker can be imported again); others are added.
 */
export async function importTracker(s: Session, input: z.output<typeof importActionsInput>): Promise<ImportResult> {
  const db = s.requireLibrary().db;
  const file = fileOf(s, input.source);
  const { table } = await tableOf(file, input.source.sheet);
  if (input.areaId !== null && !db.prepare('SELECT 1 FROM area WHERE id = ?').get(input.areaId))
    throw new CoreError('not-found', 'The area chosen for the actions could not be found. It may have been deleted.');
  const t = s.now.toISOString();

  const result = writeTransaction(db, () => {
    // Read and check inside the transaction, so the statuses and areas cannot change under the import.
    const ctx = { statuses: listStatuses(db), areas: areasOf(db), statusMap: input.statusMap, defaultAreaId: input.areaId };
    const { actions, problems, skippedEmpty } = readActionRows(table, input.mapping, ctx);
    if (problems.length > 0) {
      const shown = problems.slice(0, 5).map(describeProblem).join(' ');
      const more = problems.length > 5 ? ` And ${plural(problems.length - 5, 'more problem')}.` : '';
      throw new CoreError(
        'invalid-input',
        `${plural(problems.length, 'problem')} in the tracker, so nothing was imported. ${shown}${more} Correct the tracker or the column choices and import it again.`,
        { problems: problems.slice(0, 500) },
      );
    }
    if (actions.length === 0) throw new CoreError('invalid-input', 'The tracker has no actions in the chosen columns. Nothing was imported.');
    const findByRef = db.prepare('SELECT id FROM action WHERE area_id = ? AND ref = ? COLLATE NOCASE');
    const update = db.prepare('UPDATE action SET text = ?, owner = ?, due_on = ?, status_id = ?, updated_at = ? WHERE id = ?');
    let created = 0;
    let updated = 0;
    for (const a of actions) {
      const existing = a.ref ? (findByRef.get(a.areaId, a.ref) as { id: string } | undefined) : undefined;
      if (existing) {
        update.run(a.text, a.owner, a.dueOn, a.statusId, t, existing.id);
        updated++;
      } else {
        insertAction(db, { id: newId(), areaId: a.areaId, ref: a.ref, text: a.text, owner: a.owner, dueOn: a.dueOn, statusId: a.statusId }, t);
        created++;
      }
    }
    return { created, updated, skippedEmpty };
  });
  if (input.source.uploadId !== undefined) s.stagingOf(input.source.uploadId).discard(input.source.uploadId);
  return result;
}
