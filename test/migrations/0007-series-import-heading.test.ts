import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/core/db/migrate.ts';
import { migrations } from '../../main/core/db/migrations/index.ts';
import { at } from './at-version.ts';

describe('migration 0007 (series import headings)', () => {
  it('upgrades a version 6 library: series made before have no headings, and keep their figures', () => {
    const db = at(6);
    db.prepare("INSERT INTO evidence (id, title, kind, created_at, updated_at) VALUES ('s1', 'Plans on time', 'data', 'x', 'x')").run();
    db.prepare("INSERT INTO series (evidence_id, unit, period) VALUES ('s1', 'percentage', 'month')").run();
    db.prepare("INSERT INTO series_value (evidence_id, period_start, label, value, note) VALUES ('s1', '2024-01-01', 'Jan 2024', 40, '')").run();

    expect(migrate(db, migrations.slice(0, 7))).toBe(7);
    expect(db.prepare('SELECT count(*) AS n FROM series_heading').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT evidence_id, unit FROM series').all()).toEqual([{ evidence_id: 's1', unit: 'percentage' }]);
    expect(db.prepare('SELECT count(*) AS n FROM series_value').get()).toEqual({ n: 1 });
  });

  it('keeps each heading once per series, refuses an empty one, and goes with its series', () => {
    const db = at(7);
    db.prepare("INSERT INTO evidence (id, title, kind, created_at, updated_at) VALUES ('s1', 'Plans on time', 'data', 'x', 'x')").run();
    db.prepare("INSERT INTO series_heading (evidence_id, heading) VALUES ('s1', 'EHCP_20wk_pct'), ('s1', 'EHCPs within 20 wks (%)')").run();
    expect(() => db.prepare("INSERT INTO series_heading (evidence_id, heading) VALUES ('s1', 'EHCP_20wk_pct')").run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("INSERT INTO series_heading (evidence_id, heading) VALUES ('s1', '')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO series_heading (evidence_id, heading) VALUES ('nope', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM evidence WHERE id = 's1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM series_heading').get()).toEqual({ n: 0 });
  });
});
