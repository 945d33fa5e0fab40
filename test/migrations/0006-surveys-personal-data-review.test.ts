import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/core/db/migrate.ts';
import { migrations } from '../../main/core/db/migrations/index.ts';
import { at } from './at-version.ts';

function addAnswer(db: Database.Database, id: string, title: string, importId: string | null, createdAt: string) {
  db.prepare("INSERT INTO evidence (id, title, kind, description, created_at, updated_at) VALUES (?, ?, 'feedback', 'An answer', ?, ?)").run(id, title, createdAt, createdAt);
  db.prepare("INSERT INTO feedback (evidence_id, voice, channel, import_id) VALUES (?, 'parent-carer', 'survey', ?)").run(id, importId);
}

const surveys = (db: Database.Database) => db.prepare('SELECT import_id, title, imported_at FROM survey ORDER BY import_id').all();

describe('migration 0006 (surveys, personal data review)', () => {
  it('upgrades a version 5 library: each earlier survey import gets its title back from its first answer', () => {
    const db = at(5);
    addAnswer(db, 'a1', '“Waited too long” — Parent carer survey, spring 2024, response 1', 'imp-1', '2024-03-01T10:00:00.000Z');
    addAnswer(db, 'a2', '“The key worker helped” — Parent carer survey, spring 2024, response 12', 'imp-1', '2024-03-01T10:00:00.000Z');
    // A survey title may itself hold digits and dashes; only the trailing ", response <n>" goes.
    addAnswer(db, 'b1', '“Yes” — Year 9 — transition 2023, response 40', 'imp-2', '2024-05-02T09:00:00.000Z');
    // An answer retitled by hand: the title cannot be read back.
    addAnswer(db, 'c1', 'Comment about transport', 'imp-3', '2024-06-03T08:00:00.000Z');
    // Feedback not from a survey import has no survey.
    addAnswer(db, 'd1', 'Forum notes', null, '2024-06-03T08:00:00.000Z');

    expect(migrate(db, migrations.slice(0, 6))).toBe(6);
    expect(surveys(db)).toEqual([
      { import_id: 'imp-1', title: 'Parent carer survey, spring 2024', imported_at: '2024-03-01T10:00:00.000Z' },
      { import_id: 'imp-2', title: 'Year 9 — transition 2023', imported_at: '2024-05-02T09:00:00.000Z' },
      { import_id: 'imp-3', title: '', imported_at: '2024-06-03T08:00:00.000Z' },
    ]);
  });

  it('gives every item, old and new, an empty personal data review', () => {
    const db = at(5);
    addAnswer(db, 'a1', 'An answer', null, '2024-03-01T10:00:00.000Z');
    migrate(db, migrations.slice(0, 6));
    db.prepare("INSERT INTO evidence (id, title, kind, created_at, updated_at) VALUES ('n1', 'New', 'document', 'x', 'x')").run();
    expect(db.prepare('SELECT id, personal_data_review FROM evidence ORDER BY id').all()).toEqual([
      { id: 'a1', personal_data_review: '' },
      { id: 'n1', personal_data_review: '' },
    ]);
    expect(() => db.prepare("UPDATE evidence SET personal_data_review = NULL WHERE id = 'n1'").run()).toThrow(/NOT NULL/);
  });

  it('keeps one row per import and refuses a survey without a title', () => {
    const db = at(6);
    db.prepare("INSERT INTO survey (import_id, title, imported_at) VALUES ('x', 'Survey', '2024-01-01')").run();
    expect(() => db.prepare("INSERT INTO survey (import_id, title, imported_at) VALUES ('x', 'Again', '2024-01-02')").run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("INSERT INTO survey (import_id, title, imported_at) VALUES ('y', NULL, '2024-01-02')").run()).toThrow(/NOT NULL/);
  });
});
