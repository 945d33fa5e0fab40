import type { z } from 'zod';
import { statusPresets, type ActionStatus, type ColourFamily, type StatusPresetId, type setStatusesInput } from '../../../shared/schemas/actions.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError } from '../errors.ts';
import { newId } from '../ids.ts';
import { plural } from '../../../shared/format.ts';

interface Row {
  id: string;
  label: string;
  colour: ColourFamily;
  complete: number;
  position: number;
  action_count: number;
}

export function listStatuses(db: Db): ActionStatus[] {
  const rows = db
    .prepare('SELECT s.*, (SELECT count(*) FROM action a WHERE a.status_id = s.id) AS action_count FROM action_status s ORDER BY s.position')
    .all() as Row[];
  return rows.map((r) => ({ id: r.id, label: r.label, colour: r.colour, complete: r.complete === 1, position: r.position, actionCount: r.action_count }));
}

/** "Completed", "completed " and "COMPLETED" are the same status. */
export const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

type Input = z.output<typeof setStatusesInput>;

/**
 * Replaces the scheme: statuses with an id are kept (relabelled, recoloured), new ones
 * added, missing ones removed. Actions with a removed status move to the status named
 * in `replacements`; without one, nothing changes and the error names the status.
 */
export function setStatuses(db: Db, input: Input): ActionStatus[] {
  return writeTransaction(db, () => {
    const current = listStatuses(db);
    const labels = input.statuses.map((s) => s.label.trim().toLowerCase());
    const dup = labels.find((l, i) => labels.indexOf(l) !== i);
    if (dup !== undefined) throw new CoreError('invalid-input', `statuses: "${dup}" is listed twice. Each status needs its own wording.`);
    for (const s of input.statuses)
      if (s.id !== undefined && !current.some((c) => c.id === s.id)) throw new CoreError('not-found', `The status ${s.id} could not be found. It may have been removed already.`);

    const kept = new Set(input.statuses.flatMap((s) => (s.id ? [s.id] : [])));
    const removed = current.filter((c) => !kept.has(c.id));
    // Park every label first so that swapping two labels never trips the unique rule.
    db.prepare("UPDATE action_status SET label = '~' || id").run();
    const ids: string[] = input.statuses.map((s, position) => {
      const id = s.id ?? newId();
      if (s.id) db.prepare('UPDATE action_status SET label = ?, colour = ?, complete = ?, position = ? WHERE id = ?').run(s.label, s.colour, s.complete ? 1 : 0, position, id);
      else db.prepare('INSERT INTO action_status (id, label, colour, complete, position) VALUES (?, ?, ?, ?, ?)').run(id, s.label, s.colour, s.complete ? 1 : 0, position);
      return id;
    });
    for (const old of removed) {
      if (old.actionCount > 0) {
        const rule = input.replacements.find((r) => r.fromStatusId === old.id);
        const to = rule ? input.statuses.findIndex((s) => sameLabel(s.label, rule.toLabel)) : -1;
        if (to < 0)
          throw new CoreError(
            'conflict',
            `${plural(old.actionCount, 'action has', 'actions have')} the status "${old.label}", which the new scheme leaves out. ` +
              'Say which status they should move to, then try again. Nothing was changed.',
            { statusId: old.id, label: old.label, actions: old.actionCount },
          );
        db.prepare('UPDATE action SET status_id = ? WHERE status_id = ?').run(ids[to]!, old.id);
      }
      db.prepare('DELETE FROM action_status WHERE id = ?').run(old.id);
    }
    return listStatuses(db);
  });
}

/** Switches to a preset; statuses worded like one of the preset's keep their actions. */
export function applyPreset(db: Db, preset: StatusPresetId, replacements: Input['replacements']): ActionStatus[] {
  const chosen = statusPresets.find((p) => p.id === preset)!;
  const current = listStatuses(db);
  const statuses = chosen.statuses.map((s) => ({ ...s, id: current.find((c) => sameLabel(c.label, s.label))?.id }));
  return setStatuses(db, { statuses, replacements });
}
