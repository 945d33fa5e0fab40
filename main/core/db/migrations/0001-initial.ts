// Frozen once landed: never edit; add a new numbered migration instead.
export default {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE library (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  partners TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(partners)),
  initial_inspection_date TEXT,
  wsoa_fit_date TEXT,
  revisit_window_start TEXT,
  revisit_window_end TEXT,
  user_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE area (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL COLLATE NOCASE UNIQUE,
  title TEXT NOT NULL,
  weakness TEXT NOT NULL,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('document', 'data', 'feedback', 'case-study')),
  as_at TEXT CHECK (as_at IS NULL OR as_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  source TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  personal_data INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1)),
  added_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A stored file, named by the SHA-256 of its content; written and synced before this row.
CREATE TABLE blob (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE evidence_file (
  id TEXT PRIMARY KEY,
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL REFERENCES blob(sha256),
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  position INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  UNIQUE (evidence_id, sha256)
) STRICT;
CREATE INDEX evidence_file_by_blob ON evidence_file(sha256);

CREATE TABLE link (
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,
  stance TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports', 'counters')),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (evidence_id, area_id)
) STRICT;
CREATE INDEX link_by_area ON link(area_id);
`,
};
