// Frozen once landed: never edit; add a new numbered migration instead.
export default {
  version: 5,
  name: 'search-items',
  sql: `
-- Every word of an item in one row (its title, description and every page), so a search
-- ranks items with bm25 over one row each instead of over every page. Its rowid is the
-- item's own search_row (the one with no file). Contentless: the words are already kept
-- in search_text, so only the index is stored here.
CREATE VIRTUAL TABLE search_item USING fts5(title, body, content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
INSERT INTO search_item (search_item, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

-- Items whose words changed since their search_item row was written (by item search_row id).
-- Triggers mark them; the core rewrites their rows before the transaction commits.
CREATE TABLE search_item_stale (row_id INTEGER PRIMARY KEY) STRICT;

CREATE TRIGGER search_item_row_added AFTER INSERT ON search_row BEGIN
  INSERT OR IGNORE INTO search_item_stale (row_id)
    SELECT id FROM search_row WHERE evidence_id = new.evidence_id AND file_id IS NULL;
END;

CREATE TRIGGER search_item_page_removed AFTER DELETE ON search_row WHEN old.file_id IS NOT NULL BEGIN
  INSERT OR IGNORE INTO search_item_stale (row_id)
    SELECT id FROM search_row WHERE evidence_id = old.evidence_id AND file_id IS NULL;
END;

CREATE TRIGGER search_item_removed AFTER DELETE ON search_row WHEN old.file_id IS NULL BEGIN
  DELETE FROM search_item WHERE rowid = old.id;
  DELETE FROM search_item_stale WHERE row_id = old.id;
END;

CREATE TRIGGER search_item_described AFTER UPDATE OF title, description ON evidence
WHEN old.title IS NOT new.title OR old.description IS NOT new.description BEGIN
  INSERT OR IGNORE INTO search_item_stale (row_id)
    SELECT id FROM search_row WHERE evidence_id = new.id AND file_id IS NULL;
END;

-- Every item there is now.
INSERT INTO search_item (rowid, title, body)
  SELECT r.id, t.title, concat_ws(char(10), t.body,
    (SELECT group_concat(pt.body, char(10) ORDER BY p.id) FROM search_row p JOIN search_text pt ON pt.rowid = p.id
      WHERE p.evidence_id = r.evidence_id AND p.file_id IS NOT NULL))
  FROM search_row r JOIN search_text t ON t.rowid = r.id
  WHERE r.file_id IS NULL;
`,
};
