import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/core/db/migrate.ts';
import { migrations } from '../../main/core/db/migrations/index.ts';
import { at } from './at-version.ts';

const t = '2024-01-01T00:00:00.000Z';
const sha = 'b'.repeat(64);
const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;
const matches = (db: Database.Database, q: string) =>
  (db.prepare('SELECT r.evidence_id AS id, r.page FROM search_text s JOIN search_row r ON r.id = s.rowid WHERE search_text MATCH ? ORDER BY rank').all(q) as { id: string; page: number | null }[]);

describe('migration 0002 (ingest-search)', () => {
  it('makes items made before it searchable by title and description', () => {
    const db = at(1);
    db.prepare("INSERT INTO evidence (id, title, kind, description, created_at, updated_at) VALUES ('old', 'SEND strategy', 'document', 'Agreed by the board', ?, ?)").run(t, t);
    migrate(db, migrations.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(matches(db, 'board')).toEqual([{ id: 'old', page: null }]);
  });

  it('keeps the index in step with items, files and pages, and relates emails to attachments', () => {
    const db = at(2);
    db.prepare("INSERT INTO evidence (id, title, kind, created_at, updated_at) VALUES ('e1', 'Board minutes', 'document', ?, ?)").run(t, t);
    db.prepare("INSERT INTO evidence (id, title, kind, created_at, updated_at) VALUES ('e2', 'Audit', 'document', ?, ?)").run(t, t);
    db.prepare('INSERT INTO blob VALUES (?, 10, ?)').run(sha, t);
    db.prepare("INSERT INTO evidence_file VALUES ('f1', 'e1', ?, 'm.pdf', 'application/pdf', 0, ?)").run(sha, t);
    db.prepare("INSERT INTO file_text (file_id, format, page_count, part_count, read_at) VALUES ('f1', 'pdf', 2, 1, ?)").run(t);
    const row = db.prepare("INSERT INTO search_row (evidence_id, file_id, page) VALUES ('e1', 'f1', 2)").run().lastInsertRowid;
    db.prepare("INSERT INTO search_text (rowid, title, body) VALUES (?, 'Board minutes', 'EHC plans within twenty weeks')").run(BigInt(row));
    db.prepare("INSERT INTO email_attachment VALUES ('e1', 'e2', 'audit.pdf', 0)").run();

    expect(matches(db, 'twenty')).toEqual([{ id: 'e1', page: 2 }]);
    expect(matches(db, 'minutes').map((m) => m.page)).toEqual(expect.arrayContaining([null, 2]));
    // A new title reaches every row of the item; other edits leave the index alone.
    db.prepare("UPDATE evidence SET title = 'SEND board minutes', personal_data = 1 WHERE id = 'e1'").run();
    expect(matches(db, 'SEND AND twenty')).toEqual([{ id: 'e1', page: 2 }]);
    // Constraints.
    expect(() => db.prepare("INSERT INTO file_text (file_id, format, part_count, read_at) VALUES ('f1', 'poem', 0, ?)").run(t)).toThrow(/CHECK|UNIQUE/);
    expect(() => db.prepare("INSERT INTO search_row (evidence_id, file_id) VALUES ('e1', 'f1')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO search_row (evidence_id) VALUES ('e1')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO email_attachment VALUES ('e1', 'e1', 'self', 1)").run()).toThrow(/CHECK/);
    // Removing a file drops its pages from the index; deleting an item drops everything of it.
    db.prepare("DELETE FROM evidence_file WHERE id = 'f1'").run();
    expect(matches(db, 'twenty')).toEqual([]);
    expect(count(db, 'SELECT count(*) AS n FROM file_text')).toBe(0);
    db.prepare("DELETE FROM evidence WHERE id = 'e2'").run();
    expect(count(db, 'SELECT count(*) AS n FROM email_attachment')).toBe(0);
    db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(count(db, 'SELECT count(*) AS n FROM search_text')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM search_row')).toBe(0);
  });
});
