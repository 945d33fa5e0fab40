import Database from 'better-sqlite3';
import { migrate } from '../../main/core/db/migrate.ts';
import { migrations } from '../../main/core/db/migrations/index.ts';

/** A database (in memory unless given) with foreign keys on, migrated up to `version`. */
export function at(version: number, db = new Database(':memory:')) {
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}
