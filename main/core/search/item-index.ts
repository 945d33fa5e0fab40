import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

// search_item holds every word of an item in one row (migration 0005). Triggers list the
// items whose words changed in search_item_stale; these statements rewrite their rows.
const REWRITE = [
  'DELETE FROM search_item WHERE rowid IN (SELECT row_id FROM search_item_stale)',
  `INSERT INTO search_item (rowid, title, body)
     SELECT r.id, t.title, concat_ws(char(10), t.body,
       (SELECT group_concat(pt.body, char(10) ORDER BY p.id) FROM search_row p JOIN search_text pt ON pt.rowid = p.id
         WHERE p.evidence_id = r.evidence_id AND p.file_id IS NOT NULL))
     FROM search_item_stale s JOIN search_row r ON r.id = s.row_id JOIN search_text t ON t.rowid = r.id`,
  'DELETE FROM search_item_stale',
];

/** Whether any item's whole-item search row is out of step (a writer forgot to refresh it). */
export function itemSearchIsStale(db: Db): boolean {
  return prepared(db, 'SELECT 1 FROM search_item_stale LIMIT 1').get() !== undefined;
}

/**
 * Rewrites the whole-item search rows of items whose words changed. Call it inside the
 * write transaction that changed them, so the index never commits out of step.
 */
export function refreshItemSearch(db: Db): void {
  if (!itemSearchIsStale(db)) return;
  for (const sql of REWRITE) prepared(db, sql).run();
}

/**
 * Writes one item's whole-item search row from words the caller already holds (all of
 * them: title, then description and every page), and clears its mark.
 */
export function writeItemSearch(db: Db, evidenceId: string, title: string, body: string): void {
  const row = prepared(db, 'SELECT id FROM search_row WHERE evidence_id = ? AND file_id IS NULL').pluck().get(evidenceId) as number;
  prepared(db, 'DELETE FROM search_item WHERE rowid = ?').run(row);
  prepared(db, 'INSERT INTO search_item (rowid, title, body) VALUES (?, ?, ?)').run(row, title, body);
  prepared(db, 'DELETE FROM search_item_stale WHERE row_id = ?').run(row);
}
