/**
 * Indexing half a million new items for search at once. The trigger that indexes each
 * new evidence row (migration 0002, evidence_search_added) costs about four times as
 * much per row as one INSERT … SELECT over all of them, so a survey import may set it
 * aside inside its own transaction, index its items in two statements, and put the
 * trigger back, exactly as it was, before commit (DDL is transactional in SQLite: if
 * anything fails, the drop is rolled back with the rest). It only does so while the
 * trigger reads exactly as below; if a later migration changes it, `setAside` returns
 * null and the trigger indexes each row as usual.
 */
import type { Db } from '../db/open.ts';

const NAME = 'evidence_search_added';
const EXPECTED = `CREATE TRIGGER evidence_search_added AFTER INSERT ON evidence BEGIN
  INSERT INTO search_row (evidence_id) VALUES (new.id);
  INSERT INTO search_text (rowid, title, body)
    VALUES ((SELECT id FROM search_row WHERE evidence_id = new.id AND file_id IS NULL), new.title, new.description);
END`;

const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();

export interface SetAside {
  /** Indexes the items of one survey import (as the trigger would have) and restores the trigger. */
  indexAndRestore(importId: string): void;
}

/** Inside a write transaction: drops the per-row search trigger if it is the one this code knows, else returns null. */
export function setAsideSearchTrigger(db: Db): SetAside | null {
  const row = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(NAME) as { sql: string } | undefined;
  if (!row || squash(row.sql) !== squash(EXPECTED)) return null;
  db.exec(`DROP TRIGGER ${NAME}`);
  return {
    indexAndRestore(importId: string) {
      db.prepare('INSERT INTO search_row (evidence_id) SELECT evidence_id FROM feedback WHERE import_id = ? ORDER BY rowid').run(importId);
      db.prepare(
        `INSERT INTO search_text (rowid, title, body)
         SELECT r.id, e.title, e.description FROM feedback f
           JOIN search_row r ON r.evidence_id = f.evidence_id AND r.file_id IS NULL
           JOIN evidence e ON e.id = f.evidence_id
         WHERE f.import_id = ? ORDER BY r.id`,
      ).run(importId);
      db.exec(row.sql);
    },
  };
}
