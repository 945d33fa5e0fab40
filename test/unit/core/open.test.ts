import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/core/db/open.ts';
import { APPLICATION_ID, migrate } from '../../../main/core/db/migrate.ts';
import { latestVersion, type Migration } from '../../../main/core/db/migrations/index.ts';
import { CoreError } from '../../../main/core/errors.ts';
import { tempDir } from '../../helpers/temp.ts';

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

function refusal(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('opening a library database', () => {
  it('creates a new database in WAL mode with foreign keys on, at the latest version', () => {
    const file = join(tempDir(), 'library.sqlite');
    const db = openDatabase(file, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('refuses a library from a newer version, naming both versions, and leaves it byte for byte as it was', () => {
    const file = join(tempDir(), 'library.sqlite');
    openDatabase(file, { create: true }).close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${latestVersion + 5}`);
    raw.close();
    const before = sha(file);
    const e = refusal(() => openDatabase(file, { create: false }));
    expect(e.code).toBe('library-newer');
    expect(e.message).toContain(`format ${latestVersion + 5}`);
    expect(e.message).toContain('Update Revisit Ready');
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a damaged file and leaves it untouched', () => {
    const file = join(tempDir(), 'library.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000, 0x41)]));
    const before = sha(file);
    const e = refusal(() => openDatabase(file, { create: false }));
    expect(e.code).toBe('library-corrupt');
    expect(e.message).toMatch(/damaged/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a SQLite database that is not a Revisit Ready library', () => {
    const file = join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER)');
    other.close();
    const before = sha(file);
    expect(refusal(() => openDatabase(file, { create: false })).code).toBe('library-corrupt');
    expect(sha(file)).toBe(before);
  });

  it('applies pending migrations in one transaction: a failing one leaves the database at its old version', () => {
    const db = new Database(':memory:');
    const good: Migration = { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER) STRICT;' };
    migrate(db, [good]);
    const bad: Migration = { version: 2, name: 'b', sql: 'CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' };
    expect(() => migrate(db, [good, bad])).toThrow(/no such table: nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
  });
});
