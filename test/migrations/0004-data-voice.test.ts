import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/core/db/migrate.ts';
import { migrations } from '../../main/core/db/migrations/index.ts';
import { at } from './at-version.ts';

const t = '2024-01-01T00:00:00.000Z';
const item = (db: Database.Database, id: string, kind: string, voice: string | null = null) =>
  db.prepare('INSERT INTO evidence (id, title, kind, voice, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, `Item ${id}`, kind, voice, t, t);

describe('migration 0004 (data and voice)', () => {
  it('upgrades a version 3 library: feedback items keep their voice, channel not recorded', () => {
    const db = at(3);
    item(db, 'f1', 'feedback', 'child-young-person');
    item(db, 'f2', 'feedback');
    item(db, 'd1', 'data');
    expect(migrate(db, migrations.slice(0, 4))).toBe(4);
    expect(db.prepare('SELECT evidence_id, voice, channel, sentiment, consent, review FROM feedback ORDER BY 1').all()).toEqual([
      { evidence_id: 'f1', voice: 'child-young-person', channel: null, sentiment: null, consent: 0, review: '' },
      { evidence_id: 'f2', voice: 'other', channel: null, sentiment: null, consent: 0, review: '' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM series').get()).toEqual({ n: 0 });
  });

  it('keeps series values and feedback honest, and cleans up when an item goes', () => {
    const db = at(4);
    item(db, 'd1', 'data');
    item(db, 'f1', 'feedback');
    item(db, 'a1', 'document');
    db.prepare("INSERT INTO series (evidence_id, unit, period, better, target) VALUES ('d1', 'percentage', 'year', 'higher', 60)").run();
    db.prepare("INSERT INTO series_value (evidence_id, period_start, label, value) VALUES ('d1', '2021-09-01', '2021/22', 4), ('d1', '2022-09-01', '2022/23', 20)").run();
    db.prepare("INSERT INTO feedback (evidence_id, voice, channel, sentiment, answered_by) VALUES ('f1', 'sendiass', 'you-said-we-did', 'mixed', 'a1')").run();

    const fails = (sql: string, pattern: RegExp) => expect(() => db.prepare(sql).run(), sql).toThrow(pattern);
    fails("INSERT INTO series_value (evidence_id, period_start, label, value) VALUES ('d1', '2021-09-01', 'again', 5)", /UNIQUE|PRIMARY/);
    fails("INSERT INTO series_value (evidence_id, period_start, label, value) VALUES ('d1', 'Sept 2021', 'x', 5)", /CHECK/);
    fails("INSERT INTO series_value (evidence_id, period_start, label, value) VALUES ('d1', '2023-09-01', ' ', 5)", /CHECK/);
    fails("INSERT INTO series_value (evidence_id, period_start, label, value) VALUES ('d1', '2023-09-01', 'x', 'lots')", /cannot store TEXT value in REAL column|datatype/);
    fails("INSERT INTO series (evidence_id, unit) VALUES ('a1', 'furlongs')", /CHECK/);
    fails("INSERT INTO series (evidence_id, trend_periods) VALUES ('a1', 1)", /CHECK/);
    fails("INSERT INTO series_value (evidence_id, period_start, label, value) VALUES ('a1', '2023-09-01', 'x', 1)", /FOREIGN KEY/);
    fails("INSERT INTO feedback (evidence_id, voice, channel) VALUES ('a1', 'cat', 'survey')", /CHECK/);
    fails("INSERT INTO feedback (evidence_id, voice, channel) VALUES ('a1', 'other', 'letter')", /CHECK/);
    fails("INSERT INTO feedback (evidence_id, voice, sentiment) VALUES ('a1', 'other', 'angry')", /CHECK/);
    fails("UPDATE feedback SET answered_by = 'f1'", /CHECK/);
    fails("UPDATE feedback SET answered_by = 'nosuch'", /FOREIGN KEY/);

    db.prepare("DELETE FROM evidence WHERE id = 'a1'").run();
    expect(db.prepare('SELECT answered_by FROM feedback').get()).toEqual({ answered_by: null });
    db.prepare("DELETE FROM evidence WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM series_value').get()).toEqual({ n: 0 });
  });
});
