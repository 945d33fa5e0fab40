import type { z } from 'zod';
import type { LibraryDetails, libraryDetailsInput, libraryUpdateInput } from '../../../shared/schemas/library.ts';
import type { Db } from '../db/open.ts';
import { CoreError } from '../errors.ts';
import { writeTransaction } from '../db/write.ts';

interface Row {
  name: string;
  partners: string;
  initial_inspection_date: string | null;
  wsoa_fit_date: string | null;
  revisit_window_start: string | null;
  revisit_window_end: string | null;
  user_name: string;
}

export function getDetails(db: Db): LibraryDetails {
  const row = db.prepare('SELECT * FROM library WHERE id = 1').get() as Row | undefined;
  if (!row) throw new CoreError('library-corrupt', 'The library has lost its details (local area name and dates). Restore it from a backup.');
  return {
    name: row.name,
    partners: JSON.parse(row.partners) as string[],
    initialInspectionDate: row.initial_inspection_date,
    wsoaFitDate: row.wsoa_fit_date,
    revisitWindowStart: row.revisit_window_start,
    revisitWindowEnd: row.revisit_window_end,
    userName: row.user_name,
  };
}

function checkWindow(d: LibraryDetails) {
  if (d.revisitWindowStart && d.revisitWindowEnd && d.revisitWindowEnd < d.revisitWindowStart)
    throw new CoreError('invalid-input', 'revisitWindowEnd: must not be before the start of the revisit window');
}

export function insertDetails(db: Db, d: z.output<typeof libraryDetailsInput>, now: Date) {
  checkWindow(d);
  db.prepare(
    `INSERT INTO library (id, name, partners, initial_inspection_date, wsoa_fit_date, revisit_window_start, revisit_window_end, user_name, created_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(d.name, JSON.stringify(d.partners), d.initialInspectionDate, d.wsoaFitDate, d.revisitWindowStart, d.revisitWindowEnd, d.userName, now.toISOString());
}

export function updateDetails(db: Db, patch: z.output<typeof libraryUpdateInput>): LibraryDetails {
  return writeTransaction(db, () => {
    const merged: LibraryDetails = { ...getDetails(db) };
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) (merged as unknown as Record<string, unknown>)[k] = v;
    checkWindow(merged);
    db.prepare(
      `UPDATE library SET name = ?, partners = ?, initial_inspection_date = ?, wsoa_fit_date = ?, revisit_window_start = ?, revisit_window_end = ?, user_name = ? WHERE id = 1`,
    ).run(merged.name, JSON.stringify(merged.partners), merged.initialInspectionDate, merged.wsoaFitDate, merged.revisitWindowStart, merged.revisitWindowEnd, merged.userName);
    return merged;
  });
}
