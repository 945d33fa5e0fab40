import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/core/db/migrate.ts';
import { migrations } from '../../main/core/db/migrations/index.ts';
import { at } from './at-version.ts';
import type { Db } from '../../main/core/db/open.ts';
import { refreshItemSearch } from '../../main/core/search/item-index.ts';

const t = '2024-01-01T00:00:00.000Z';

function addItem(db: Database.Database, id: string, title: string, pages: string[]) {
  db.prepare("INSERT INTO evidence (id, title, kind, description, created_at, updated_at) VALUES (?, ?, 'document', 'About it', ?, ?)").run(id, title, t, t);
  db.prepare("INSERT INTO blob (sha256, size, created_at) VALUES (?, 1, ?)").run(id.padEnd(64, '0'), t);
  db.prepare("INSERT INTO evidence_file (id, evidence_id, sha256, name, media_type, position, added_at) VALUES (?, ?, ?, 'f.pdf', 'application/pdf', 0, ?)").run(`f-${id}`, id, id.padEnd(64, '0'), t);
  pages.forEach((text, i) => {
    const row = db.prepare('INSERT INTO search_row (evidence_id, file_id, page) VALUES (?, ?, ?)').run(id, `f-${id}`, i + 1);
    db.prepare('INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)').run(row.lastInsertRowid, title, text);
  });
}

const itemRow = (db: Database.Database, id: string) => (db.prepare('SELECT id FROM search_row WHERE evidence_id = ? AND file_id IS NULL').get(id) as { id: number }).id;
const found = (db: Database.Database, query: string) => db.prepare('SELECT rowid FROM search_item WHERE search_item MATCH ? ORDER BY rowid').pluck().all(query);
const stale = (db: Database.Database) => db.prepare('SELECT row_id FROM search_item_stale ORDER BY row_id').pluck().all();

describe('migration 0005 (search items)', () => {
  it('upgrades a version 4 library: every item gets one row holding its title, description and every page', () => {
    const db = at(4);
    addItem(db, 'e1', 'Board minutes', ['Tribunal appeals fell.', 'Short breaks grew.']);
    addItem(db, 'e2', 'Forum survey', ['Parents were heard.']);
    expect(migrate(db, migrations.slice(0, 5))).toBe(5);
    expect(found(db, 'tribunal AND breaks AND minutes AND about')).toEqual([itemRow(db, 'e1')]);
    expect(found(db, 'parents')).toEqual([itemRow(db, 'e2')]);
    expect(found(db, 'about')).toEqual([itemRow(db, 'e1'), itemRow(db, 'e2')]);
    expect(stale(db)).toEqual([]);
    db.exec("INSERT INTO search_item (search_item) VALUES ('integrity-check')");
  });

  it('marks an item whose words change, and the rewrite brings its row back in step', () => {
    const db = at(5);
    addItem(db, 'e1', 'Board minutes', ['Tribunal appeals fell.']);
    addItem(db, 'e2', 'Forum survey', ['Parents were heard.']);
    const [r1, r2] = [itemRow(db, 'e1'), itemRow(db, 'e2')];
    expect(stale(db)).toEqual([r1, r2]); // new items and their pages
    refreshItemSearch(db as unknown as Db);
    expect(stale(db)).toEqual([]);
    expect(found(db, 'tribunal')).toEqual([r1]);

    db.prepare("UPDATE evidence SET title = 'Panel notes' WHERE id = 'e1'").run();
    db.prepare("UPDATE evidence SET kind = 'case-study' WHERE id = 'e2'").run(); // not words: not marked
    expect(stale(db)).toEqual([r1]);
    refreshItemSearch(db as unknown as Db);
    expect(found(db, 'panel')).toEqual([r1]);
    expect(found(db, 'minutes')).toEqual([]);

    db.prepare("DELETE FROM evidence_file WHERE id = 'f-e1'").run(); // its pages go with it
    expect(stale(db)).toEqual([r1]);
    refreshItemSearch(db as unknown as Db);
    expect(found(db, 'tribunal')).toEqual([]);
    expect(found(db, 'panel')).toEqual([r1]);

    db.prepare("INSERT INTO search_row (evidence_id, file_id, page) VALUES ('e2', 'f-e2', 2)").run();
    expect(stale(db)).toEqual([r2]);
    db.prepare("DELETE FROM evidence WHERE id = 'e2'").run(); // the item goes, and so does its mark
    expect(stale(db)).toEqual([]);
    expect(found(db, 'parents')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM search_item').get()).toEqual({ n: 1 });
    db.exec("INSERT INTO search_item (search_item) VALUES ('integrity-check')");
  });
});
