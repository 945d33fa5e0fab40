// Frozen once landed: never edit; add a new numbered migration instead.
// Data series (a KPI's details and its dated values) and feedback items (whose voice,
// which channel, sentiment, consent, survey question), and "you said, we did" answers.
export default {
  version: 4,
  name: 'data-voice',
  sql: `
-- A data series is an evidence item of kind 'data' with these details. Its name is the
-- item's title, its source and notes the item's source and description.
CREATE TABLE series (
  evidence_id TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
  unit TEXT NOT NULL DEFAULT 'count' CHECK (unit IN ('percentage', 'count', 'days', 'weeks', 'rate')),
  period TEXT NOT NULL DEFAULT 'month' CHECK (period IN ('month', 'quarter', 'term', 'year')),
  better TEXT NOT NULL DEFAULT 'higher' CHECK (better IN ('higher', 'lower')),
  baseline REAL,
  target REAL,
  milestone REAL,
  england_average REAL,
  -- How many of the latest periods the direction of travel looks at; NULL: the default for the period.
  trend_periods INTEGER CHECK (trend_periods IS NULL OR trend_periods BETWEEN 2 AND 60)
) STRICT;

-- One value per period. A percentage is stored as written on a 0-100 scale (67.7, not 0.677).
CREATE TABLE series_value (
  evidence_id TEXT NOT NULL REFERENCES series(evidence_id) ON DELETE CASCADE,
  period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- The period as the source wrote it or the app named it: "Jan 2021", "2020/21", "Q3 2021".
  label TEXT NOT NULL CHECK (length(trim(label)) > 0),
  value REAL NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (evidence_id, period_start)
) STRICT, WITHOUT ROWID;

-- A feedback item is an evidence item of kind 'feedback'; its quote or summary is the
-- item's description (so search finds it) and its date the item's "as at" date.
-- evidence.voice keeps the broad group (parent-carer, child-young-person, practitioner)
-- that readiness counts; feedback.voice says exactly whose voice it is.
CREATE TABLE feedback (
  evidence_id TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
  voice TEXT NOT NULL CHECK (voice IN ('parent-carer', 'child-young-person', 'practitioner', 'school-senco', 'parent-carer-forum', 'sendiass', 'other')),
  -- NULL: not recorded (feedback items made before this version).
  channel TEXT CHECK (channel IS NULL OR channel IN ('survey', 'event', 'complaint', 'compliment', 'forum-meeting', 'you-said-we-did')),
  sentiment TEXT CHECK (sentiment IS NULL OR sentiment IN ('positive', 'mixed', 'negative')),
  consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
  anonymised INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1)),
  -- From a survey: the question answered and what the respondent said they were.
  question TEXT NOT NULL DEFAULT '',
  respondent_role TEXT NOT NULL DEFAULT '',
  -- Why the text may name a person ("possible personal data — review"); '' once reviewed or never flagged.
  review TEXT NOT NULL DEFAULT '',
  -- "You said, we did": the evidence item that records the action taken.
  answered_by TEXT REFERENCES evidence(id) ON DELETE SET NULL CHECK (answered_by IS NULL OR answered_by <> evidence_id),
  -- The survey import that made it, so an import can be found (and undone) as one.
  import_id TEXT
) STRICT;
CREATE INDEX feedback_by_answer ON feedback(answered_by) WHERE answered_by IS NOT NULL;
CREATE INDEX feedback_to_review ON feedback(import_id) WHERE review <> '';
CREATE INDEX feedback_by_import ON feedback(import_id) WHERE import_id IS NOT NULL;

-- Feedback items made before this version keep the broad voice they had.
INSERT INTO feedback (evidence_id, voice)
  SELECT id, COALESCE(voice, 'other') FROM evidence WHERE kind = 'feedback';
`,
};
