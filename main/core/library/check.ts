import type { CheckReport } from '../../../shared/schemas/library.ts';
import type { Library } from './library.ts';

/** SQLite's integrity check, the foreign keys, and a re-hash of every stored file. */
export async function checkLibrary(lib: Library): Promise<CheckReport> {
  const problems: string[] = [];
  const integrity = lib.db.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`Database: ${row.integrity_check}`);
  const fk = lib.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of fk) problems.push(`Database: a row in ${row.table} points at a missing ${row.parent}.`);

  const blobs = lib.db
    .prepare(
      `SELECT b.sha256, b.size,
        (SELECT f.name || char(31) || e.title FROM evidence_file f JOIN evidence e ON e.id = f.evidence_id WHERE f.sha256 = b.sha256 LIMIT 1) AS used_by
       FROM blob b ORDER BY b.sha256`,
    )
    .all() as { sha256: string; size: number; used_by: string | null }[];
  for (const blob of blobs) {
    const [name, title] = (blob.used_by ?? '').split('\x1f');
    const what = blob.used_by ? `The file "${name}" of "${title}"` : `Stored file ${blob.sha256.slice(0, 12)}`;
    const actual = await lib.store.rehash(blob.sha256);
    if (actual === null) problems.push(`${what} is missing from the library's files folder.`);
    else if (actual !== blob.sha256) problems.push(`${what} has been changed or damaged since it was stored (its content no longer matches).`);
  }
  return { ok: problems.length === 0, problems, filesChecked: blobs.length };
}
