import type Database from 'better-sqlite3';
import { CoreError } from '../errors.ts';
import { migrations as all, type Migration } from './migrations/index.ts';

/** Marks a SQLite file as a Revisit Ready library ("RRdy"). */
export const APPLICATION_ID = 0x52526479;

export function newerVersionError(found: number, known: number) {
  return new CoreError(
    'library-newer',
    `This library was made by a newer version of Revisit Ready (format ${found}; this version understands up to ${known}). ` +
      'It has not been changed. Update Revisit Ready to open it.',
  );
}

/** Applies every pending migration in one transaction; refuses a newer database. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = all): number {
  const latest = migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw newerVersionError(current, latest);
  if (current === latest) return current;
  // IMMEDIATE: two processes opening an old library at once must not both migrate it.
  db.transaction(() => {
    if ((db.pragma('user_version', { simple: true }) as number) >= latest) return;
    for (const m of migrations.slice(current)) db.exec(m.sql);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
