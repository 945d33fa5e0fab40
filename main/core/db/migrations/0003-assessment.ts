// Frozen once landed: never edit; add a new numbered migration instead.
// Areas register, WSoA actions and stocktakes, link strength, excerpts, judgements,
// findings and their history, deep-dive notes, and the settings they need.
export default {
  version: 3,
  name: 'assessment',
  sql: `
-- The register: which workstreams carry an area, and who leads it.
ALTER TABLE area ADD COLUMN workstreams TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(workstreams) AND json_type(workstreams) = 'array');
ALTER TABLE area ADD COLUMN lead TEXT NOT NULL DEFAULT '';

-- A link says whether the item shows activity (meetings, documents) or impact (a difference made).
ALTER TABLE link ADD COLUMN strength TEXT NOT NULL DEFAULT 'activity' CHECK (strength IN ('activity', 'impact'));

-- Whose voice an item carries, when it carries one (until the data and voice work adds more).
ALTER TABLE evidence ADD COLUMN voice TEXT
  CHECK (voice IS NULL OR voice IN ('parent-carer', 'child-young-person', 'practitioner'));

-- Library settings: the judgement wording and how old evidence may be before it is stale.
ALTER TABLE library ADD COLUMN judgement_wording TEXT NOT NULL DEFAULT 'revisit'
  CHECK (judgement_wording IN ('revisit', 'monitoring-2023', 'custom'));
ALTER TABLE library ADD COLUMN judgement_labels TEXT NOT NULL DEFAULT '{}'
  CHECK (json_valid(judgement_labels) AND json_type(judgement_labels) = 'object');
ALTER TABLE library ADD COLUMN freshness_months INTEGER NOT NULL DEFAULT 6 CHECK (freshness_months BETWEEN 1 AND 36);

-- The library's status scheme for WSoA actions (default: Dudley's three).
CREATE TABLE action_status (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(label)) > 0),
  colour TEXT NOT NULL CHECK (colour IN ('green', 'amber', 'red', 'blue', 'grey')),
  complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
  position INTEGER NOT NULL
) STRICT;
INSERT INTO action_status (id, label, colour, complete, position) VALUES
  ('completed', 'Completed', 'green', 1, 0),
  ('in-progress', 'In progress', 'amber', 0, 1),
  ('yet-to-start', 'Yet to start', 'grey', 0, 2);

CREATE TABLE action (
  id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,
  ref TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  owner TEXT NOT NULL DEFAULT '',
  due_on TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status_id TEXT REFERENCES action_status(id),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX action_by_area ON action(area_id, position);
CREATE INDEX action_by_status ON action(status_id);

CREATE TABLE action_evidence (
  action_id TEXT NOT NULL REFERENCES action(id) ON DELETE CASCADE,
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, evidence_id)
) STRICT;
CREATE INDEX action_evidence_by_evidence ON action_evidence(evidence_id);

-- A stocktake keeps the counts as they were, with the status wording of the day.
CREATE TABLE stocktake (
  id TEXT PRIMARY KEY,
  taken_on TEXT NOT NULL CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX stocktake_by_date ON stocktake(taken_on, created_at);

CREATE TABLE stocktake_count (
  stocktake_id TEXT NOT NULL REFERENCES stocktake(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  colour TEXT NOT NULL CHECK (colour IN ('green', 'amber', 'red', 'blue', 'grey')),
  complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
  count INTEGER NOT NULL CHECK (count >= 0),
  PRIMARY KEY (stocktake_id, position)
) STRICT;

-- A quoted passage, page or data point of an item, saved for an area.
CREATE TABLE excerpt (
  id TEXT PRIMARY KEY,
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  area_id TEXT REFERENCES area(id) ON DELETE SET NULL,
  quote TEXT NOT NULL CHECK (length(trim(quote)) > 0),
  page INTEGER CHECK (page IS NULL OR page >= 1),
  data_point TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX excerpt_by_evidence ON excerpt(evidence_id);
CREATE INDEX excerpt_by_area ON excerpt(area_id);

CREATE TABLE judgement (
  area_id TEXT PRIMARY KEY REFERENCES area(id) ON DELETE CASCADE,
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('sufficient', 'not-sufficient')),
  rationale TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE finding (
  id TEXT PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  still_to_improve INTEGER NOT NULL DEFAULT 0 CHECK (still_to_improve IN (0, 1)),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX finding_by_area ON finding(area_id, position);

-- Each citation names an item or an excerpt, never both.
CREATE TABLE finding_citation (
  finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  evidence_id TEXT REFERENCES evidence(id) ON DELETE CASCADE,
  excerpt_id TEXT REFERENCES excerpt(id) ON DELETE CASCADE,
  CHECK ((evidence_id IS NULL) <> (excerpt_id IS NULL)),
  PRIMARY KEY (finding_id, position)
) STRICT;
CREATE UNIQUE INDEX finding_citation_of_item ON finding_citation(finding_id, evidence_id) WHERE evidence_id IS NOT NULL;
CREATE UNIQUE INDEX finding_citation_of_excerpt ON finding_citation(finding_id, excerpt_id) WHERE excerpt_id IS NOT NULL;
CREATE INDEX finding_citation_by_evidence ON finding_citation(evidence_id);
CREATE INDEX finding_citation_by_excerpt ON finding_citation(excerpt_id);

-- The deep-dive questions and "even better if" notes, per area.
CREATE TABLE area_review (
  area_id TEXT PRIMARY KEY REFERENCES area(id) ON DELETE CASCADE,
  what_changed TEXT NOT NULL DEFAULT '',
  progress_made TEXT NOT NULL DEFAULT '',
  what_done TEXT NOT NULL DEFAULT '',
  impact_evidence TEXT NOT NULL DEFAULT '',
  next_steps TEXT NOT NULL DEFAULT '',
  even_better_if TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

-- Every change to a judgement or a finding: who, when, before and after.
CREATE TABLE assessment_history (
  id INTEGER PRIMARY KEY,
  area_id TEXT NOT NULL REFERENCES area(id) ON DELETE CASCADE,
  subject TEXT NOT NULL CHECK (subject IN ('judgement', 'finding')),
  subject_id TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('created', 'updated', 'moved', 'deleted', 'restored')),
  before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
  after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
  who TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX assessment_history_by_area ON assessment_history(area_id, id);
`,
};
