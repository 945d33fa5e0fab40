import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/core/db/migrate.ts';
import { migrations } from '../../main/core/db/migrations/index.ts';
import { at } from './at-version.ts';

describe('migration 0001 (initial)', () => {
  it('creates the tables, and their rows behave', () => {
    const db = at(1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const t = '2024-01-01T00:00:00.000Z';
    db.prepare("INSERT INTO library (id, name, created_at) VALUES (1, 'Testshire', ?)").run(t);
    db.prepare("INSERT INTO area VALUES ('a1', 'AOC1', 'Plans', 'Weak plans', 0, ?, ?)").run(t, t);
    db.prepare("INSERT INTO evidence (id, title, kind, as_at, created_at, updated_at) VALUES ('e1', 'Minutes', 'document', '2023-05-01', ?, ?)").run(t, t);
    db.prepare("INSERT INTO blob VALUES (?, 3, ?)").run('a'.repeat(64), t);
    db.prepare("INSERT INTO evidence_file VALUES ('f1', 'e1', ?, 'a.pdf', 'application/pdf', 0, ?)").run('a'.repeat(64), t);
    db.prepare("INSERT INTO link VALUES ('e1', 'a1', 'counters', 'why', ?)").run(t);
    expect(db.prepare('SELECT stance FROM link').get()).toEqual({ stance: 'counters' });

    // Constraints that keep the library honest.
    expect(() => db.prepare("INSERT INTO library (id, name, created_at) VALUES (2, 'x', ?)").run(t)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO area VALUES ('a2', 'aoc1', 'Dup', 'x', 1, ?, ?)").run(t, t)).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO evidence (id, title, kind, created_at, updated_at) VALUES ('e2', 't', 'poem', ?, ?)").run(t, t)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO evidence (id, title, kind, as_at, created_at, updated_at) VALUES ('e3', 't', 'data', '1 May', ?, ?)").run(t, t)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO area VALUES ('a3', 'AOC3', 'x', 'x', 'first', ?, ?)").run(t, t)).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => db.prepare("INSERT INTO link VALUES ('e1', 'nope', 'supports', '', ?)").run(t)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO blob VALUES ('short', 1, ?)").run(t)).toThrow(/CHECK/);

    // Deleting an item removes its links and file rows, not the blob row.
    db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM link').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM evidence_file').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM blob').get()).toEqual({ n: 1 });
  });

  it('is recorded so it is never applied twice', () => {
    const db = at(1);
    expect(() => migrate(db, migrations.slice(0, 1))).not.toThrow();
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'evidence'").get()).toEqual({ n: 1 });
  });
});
