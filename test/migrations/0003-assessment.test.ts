import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/core/db/migrate.ts';
import { migrations } from '../../main/core/db/migrations/index.ts';
import { at } from './at-version.ts';

const t = '2024-01-01T00:00:00.000Z';

describe('migration 0003 (assessment)', () => {
  it('upgrades a version 2 library: old rows get the defaults, and Dudley’s three statuses are there', () => {
    const db = at(2);
    db.prepare("INSERT INTO library (id, name, created_at) VALUES (1, 'Testshire', ?)").run(t);
    db.prepare("INSERT INTO area VALUES ('a1', 'AOC1', 'Plans', 'Weak plans', 0, ?, ?)").run(t, t);
    db.prepare("INSERT INTO evidence (id, title, kind, created_at, updated_at) VALUES ('e1', 'Minutes', 'document', ?, ?)").run(t, t);
    db.prepare("INSERT INTO link VALUES ('e1', 'a1', 'counters', 'why', ?)").run(t);
    expect(migrate(db, migrations.slice(0, 3))).toBe(3);
    expect(db.prepare('SELECT strength FROM link').get()).toEqual({ strength: 'activity' });
    expect(db.prepare('SELECT workstreams, lead FROM area').get()).toEqual({ workstreams: '[]', lead: '' });
    expect(db.prepare('SELECT voice FROM evidence').get()).toEqual({ voice: null });
    expect(db.prepare('SELECT judgement_wording, freshness_months FROM library').get()).toEqual({ judgement_wording: 'revisit', freshness_months: 6 });
    expect(db.prepare('SELECT label, complete FROM action_status ORDER BY position').all()).toEqual([
      { label: 'Completed', complete: 1 },
      { label: 'In progress', complete: 0 },
      { label: 'Yet to start', complete: 0 },
    ]);
  });

  it('creates tables whose constraints keep the library honest', () => {
    const db = at(3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.prepare("INSERT INTO library (id, name, created_at) VALUES (1, 'Testshire', ?)").run(t);
    db.prepare("INSERT INTO area (id, code, title, weakness, position, created_at, updated_at) VALUES ('a1', 'AOC1', 'Plans', 'x', 0, ?, ?)").run(t, t);
    db.prepare("INSERT INTO evidence (id, title, kind, created_at, updated_at) VALUES ('e1', 'Audit', 'document', ?, ?)").run(t, t);
    db.prepare("INSERT INTO action (id, area_id, text, due_on, status_id, position, created_at, updated_at) VALUES ('x1', 'a1', 'Do it', '2024-03-01', 'completed', 0, ?, ?)").run(t, t);
    db.prepare("INSERT INTO excerpt (id, evidence_id, area_id, quote, page, created_at, updated_at) VALUES ('q1', 'e1', 'a1', 'A quote', 3, ?, ?)").run(t, t);
    db.prepare("INSERT INTO judgement (area_id, outcome, updated_at) VALUES ('a1', 'sufficient', ?)").run(t);
    db.prepare("INSERT INTO finding (id, area_id, text, position, created_at, updated_at) VALUES ('f1', 'a1', 'Better', 0, ?, ?)").run(t, t);
    db.prepare("INSERT INTO finding_citation VALUES ('f1', 0, 'e1', NULL), ('f1', 1, NULL, 'q1')").run();
    db.prepare("INSERT INTO assessment_history (area_id, subject, subject_id, change, before_json, after_json, who, at) VALUES ('a1', 'judgement', 'a1', 'created', NULL, '{}', 'Jo', ?)").run(t);

    const fails = (sql: string, pattern: RegExp) => expect(() => db.prepare(sql).run(), sql).toThrow(pattern);
    fails("INSERT INTO link (evidence_id, area_id, strength, created_at) VALUES ('e1', 'a1', 'huge', 'x')", /CHECK/);
    fails("INSERT INTO evidence (id, title, kind, voice, created_at, updated_at) VALUES ('e2', 't', 'feedback', 'cat', 'x', 'x')", /CHECK/);
    fails("UPDATE library SET freshness_months = 0", /CHECK/);
    fails("UPDATE area SET workstreams = 'not json'", /CHECK/);
    fails("INSERT INTO action_status VALUES ('s9', 'completed', 'green', 1, 9)", /UNIQUE/);
    fails("INSERT INTO action_status VALUES ('s9', 'Purple', 'purple', 0, 9)", /CHECK/);
    fails("INSERT INTO action (id, area_id, text, status_id, position, created_at, updated_at) VALUES ('x2', 'a1', 'y', 'nosuch', 1, 'x', 'x')", /FOREIGN KEY/);
    fails("INSERT INTO action (id, area_id, text, due_on, position, created_at, updated_at) VALUES ('x3', 'a1', 'y', '31/03/2024', 1, 'x', 'x')", /CHECK/);
    fails("INSERT INTO action (id, area_id, text, position, created_at, updated_at) VALUES ('x4', 'a1', '  ', 1, 'x', 'x')", /CHECK/);
    fails("INSERT INTO excerpt (id, evidence_id, quote, page, created_at, updated_at) VALUES ('q2', 'e1', 'q', 0, 'x', 'x')", /CHECK/);
    fails("INSERT INTO judgement (area_id, outcome, updated_at) VALUES ('a1', 'maybe', 'x')", /CHECK/);
    fails("INSERT INTO finding_citation VALUES ('f1', 2, 'e1', 'q1')", /CHECK/);
    fails("INSERT INTO finding_citation VALUES ('f1', 3, 'e1', NULL)", /UNIQUE/);
    fails("INSERT INTO assessment_history (area_id, subject, subject_id, change, who, at) VALUES ('a1', 'mood', 'a1', 'created', 'Jo', 'x')", /CHECK/);
    fails("INSERT INTO action (id, area_id, text, position, created_at, updated_at) VALUES ('x5', 'a1', 'y', 'first', 'x', 'x')", /cannot store TEXT value in INTEGER column/);

    // Deleting the item drops its citations and excerpts; deleting the area drops its actions, judgement, findings and history.
    db.prepare("DELETE FROM evidence WHERE id = 'e1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM finding_citation) + (SELECT count(*) FROM excerpt) AS n').get()).toEqual({ n: 0 });
    db.prepare("DELETE FROM area WHERE id = 'a1'").run();
    expect(
      db.prepare('SELECT (SELECT count(*) FROM action) + (SELECT count(*) FROM judgement) + (SELECT count(*) FROM finding) + (SELECT count(*) FROM assessment_history) AS n').get(),
    ).toEqual({ n: 0 });
  });
});
