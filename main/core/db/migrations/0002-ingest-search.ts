// Frozen once landed: never edit; add a new numbered migration instead.
export default {
  version: 2,
  name: 'ingest-search',
  sql: `
-- What was read from a stored file when it was imported: one row per attached file.
CREATE TABLE file_text (
  file_id TEXT PRIMARY KEY REFERENCES evidence_file(id) ON DELETE CASCADE,
  format TEXT NOT NULL CHECK (format IN ('pdf', 'word', 'spreadsheet', 'text', 'email', 'image', 'other')),
  page_count INTEGER CHECK (page_count IS NULL OR page_count >= 0),
  part_count INTEGER NOT NULL CHECK (part_count >= 0),
  note TEXT NOT NULL DEFAULT '',
  document_title TEXT,
  document_date TEXT CHECK (document_date IS NULL OR document_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  author TEXT,
  read_at TEXT NOT NULL
) STRICT;

-- An email and the items made from its attachments (an attachment may be an item that existed before).
CREATE TABLE email_attachment (
  email_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  attachment_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (email_id, attachment_id),
  CHECK (email_id <> attachment_id)
) STRICT;
CREATE INDEX email_attachment_by_attachment ON email_attachment(attachment_id);

-- One search row per item (its title and description) and one per page or part of a file's text.
-- search_text holds the words; its rowid is search_row.id.
CREATE TABLE search_row (
  id INTEGER PRIMARY KEY,
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  file_id TEXT REFERENCES evidence_file(id) ON DELETE CASCADE,
  page INTEGER CHECK (page IS NULL OR page >= 1),
  label TEXT,
  CHECK ((file_id IS NULL) = (page IS NULL))
) STRICT;
CREATE INDEX search_row_by_evidence ON search_row(evidence_id);
CREATE INDEX search_row_by_file ON search_row(file_id, page);
CREATE UNIQUE INDEX search_row_one_per_item ON search_row(evidence_id) WHERE file_id IS NULL;

-- Page rows carry the item's title too, so a search can match words from both.
-- Prefix indexes make "prefix*" searches quick.
CREATE VIRTUAL TABLE search_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

CREATE TRIGGER search_row_deleted AFTER DELETE ON search_row BEGIN
  DELETE FROM search_text WHERE rowid = old.id;
END;

CREATE TRIGGER evidence_search_added AFTER INSERT ON evidence BEGIN
  INSERT INTO search_row (evidence_id) VALUES (new.id);
  INSERT INTO search_text (rowid, title, body)
    VALUES ((SELECT id FROM search_row WHERE evidence_id = new.id AND file_id IS NULL), new.title, new.description);
END;

CREATE TRIGGER evidence_search_described AFTER UPDATE OF title, description ON evidence
WHEN old.title IS NOT new.title OR old.description IS NOT new.description BEGIN
  UPDATE search_text SET title = new.title, body = new.description
    WHERE rowid = (SELECT id FROM search_row WHERE evidence_id = new.id AND file_id IS NULL);
END;

CREATE TRIGGER evidence_search_retitled AFTER UPDATE OF title ON evidence
WHEN old.title IS NOT new.title BEGIN
  UPDATE search_text SET title = new.title
    WHERE rowid IN (SELECT id FROM search_row WHERE evidence_id = new.id AND file_id IS NOT NULL);
END;

-- Items made before this version become searchable by title and description.
INSERT INTO search_row (evidence_id) SELECT id FROM evidence;
INSERT INTO search_text (rowid, title, body)
  SELECT r.id, e.title, e.description FROM search_row r JOIN evidence e ON e.id = r.evidence_id;
`,
};
