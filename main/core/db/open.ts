import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { CoreError } from '../errors.ts';
import { APPLICATION_ID, migrate, newerVersionError } from './migrate.ts';
import { latestVersion } from './migrations/index.ts';

export type Db = Database.Database;

const damaged = (file: string) =>
  new CoreError(
    'library-corrupt',
    `The library database at ${file} is damaged or is not a Revisit Ready library, so it was not opened and has not been changed. ` +
      'Restore it from a backup, or open another library.',
  );

export const isCorruptionError = (e: unknown) =>
  e instanceof Error &&
  'code' in e &&
  typeof e.code === 'string' &&
  ['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CANTOPEN'].some((c) => (e.code as string).startsWith(c));

/**
 * Looks at an existing database read-only before anything writes to it, so a damaged
 * library or one from a newer version is refused untouched.
 */
function inspect(file: string) {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = (probe.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
    if (appId !== APPLICATION_ID && !(appId === 0 && tables === 0)) throw damaged(file);
    if (version > latestVersion) throw newerVersionError(version, latestVersion);
  } catch (e) {
    if (e instanceof CoreError) throw e;
    throw damaged(file);
  } finally {
    probe?.close();
  }
}

export function applyPragmas(db: Db) {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
}

/** Opens (and if asked, creates) a library database, migrated to the latest version. */
export function openDatabase(file: string, opts: { create: boolean }): Db {
  const exists = file !== ':memory:' && existsSync(file);
  if (exists) inspect(file);
  else if (!opts.create && file !== ':memory:')
    throw new CoreError('not-found', `There is no library database at ${file}.`);
  const db = new Database(file);
  try {
    applyPragmas(db);
    migrate(db);
  } catch (e) {
    db.close();
    if (e instanceof CoreError) throw e;
    if (isCorruptionError(e)) throw damaged(file);
    throw e;
  }
  return db;
}
