/**
 * Indexing half a million new items for search at once. The triggers that index each new
 * evidence row (migration 0002, evidence_search_added) and mark it for its whole-item
 * search row (migration 0005, search_item_row_added) cost several times as much per row
 * as an INSERT … SELECT over all of them, so a survey import may set them aside inside its
 * own transaction, index its items in three statements, and put the triggers back, exactly
 * as they were, before commit (DDL is transactional in SQLite: if anything fails, the
 * drops are rolled back with the rest). It only does so while both triggers read exactly
 * as below; if a later migration changes either, `setAside` returns null and the triggers
 * index each row as usual.
 */
import type { Db } from '../db/open.ts';

const TRIGGERS: Record<string, string> = {
  evidence_search_added: `CREATE TRIGGER evidence_search_added AFTER INSERT ON evidence BEGIN
  INSERT INTO search_row (evidence_id) VALUES (new.id);
  INSERT INTO search_text (rowid, title, body)
    VALUES ((SELECT id FROM search_row WHERE evidence_id = new.id AND file_id IS NULL), new.title, new.description);
END`,
  search_item_row_added: `CREATE TRIGGER search_item_row_added AFTER INSERT ON search_row BEGIN
  INSERT OR IGNORE INTO search_item_stale (row_id)
    SELECT id FROM search_row WHERE evidence_id = new.evidence_id AND file_id IS NULL;
END`,
};

const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();

export interface SetAside {
  /** Indexes the items of one survey import (as the triggers would have) and restores the triggers. */
  indexAndRestore(importId: string): void;
}

/** Inside a write transaction: drops the per-row search triggers if they are the ones this code knows, else returns null. */
export function setAsideSearchTrigger(db: Db): SetAside | null {
  const saved = Object.keys(TRIGGERS).map((name) => ({
    name,
    sql: (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(name) as { sql: string } | undefined)?.sql,
  }));
  if (saved.some((t) => !t.sql || squash(t.sql) !== squash(TRIGGERS[t.name]!))) return null;
  for (const t of saved) db.exec(`DROP TRIGGER ${t.name}`);
  return {
    indexAndRestore(importId: string) {
      db.prepare('INSERT INTO search_row (evidence_id) SELECT evidence_id FROM feedback WHERE import_id = ? ORDER BY rowid').run(importId);
      const rows = `FROM feedback f
           JOIN search_row r ON r.evidence_id = f.evidence_id AND r.file_id IS NULL
           JOIN evidence e ON e.id = f.evidence_id
         WHERE f.import_id = ? ORDER BY r.id`;
      db.prepare(`INSERT INTO search_text (rowid, title, body) SELECT r.id, e.title, e.description ${rows}`).run(importId);
      // New items have no pages yet: their whole-item row is their title and description.
      db.prepare(`INSERT INTO search_item (rowid, title, body) SELECT r.id, e.title, e.description ${rows}`).run(importId);
      for (const t of saved) db.exec(t.sql!);
    },
  };
}
