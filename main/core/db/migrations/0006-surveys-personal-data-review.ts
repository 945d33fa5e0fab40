// Frozen once landed: never edit; add a new numbered migration instead.
export default {
  version: 6,
  name: 'surveys-personal-data-review',
  sql: `
-- One row per survey import, so its answers can be told as one survey (in the pack, one
-- exhibit rather than one per answer). Not a foreign key from feedback: answers keep their
-- import_id as before, and a survey whose answers were all deleted simply matches none.
CREATE TABLE survey (
  import_id TEXT PRIMARY KEY,
  -- The survey's title as given at import, else its file's name.
  title TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;

-- Surveys imported before this version: the title is read back from the first answer's
-- title, which the import wrote as '“answer” — <survey title>, response <n>'. An answer
-- retitled since gives '' (the pack then names the survey by its date).
INSERT INTO survey (import_id, title, imported_at)
SELECT f.import_id,
  CASE WHEN instr(e.title, '” — ') > 0
        AND rtrim(substr(e.title, instr(e.title, '” — ') + 4), '0123456789') LIKE '%, response '
       THEN substr(rtrim(substr(e.title, instr(e.title, '” — ') + 4), '0123456789'), 1,
                   length(rtrim(substr(e.title, instr(e.title, '” — ') + 4), '0123456789')) - length(', response '))
       ELSE '' END,
  e.created_at
FROM feedback f JOIN evidence e ON e.id = f.evidence_id
WHERE f.import_id IS NOT NULL
  AND f.rowid = (SELECT min(g.rowid) FROM feedback g WHERE g.import_id = f.import_id);

-- Why an imported document may hold personal data ("is marked OFFICIAL-SENSITIVE"), for a
-- person to check; '' once someone has said whether it does, or when never flagged. Survey
-- answers keep theirs in feedback.review, as before.
ALTER TABLE evidence ADD COLUMN personal_data_review TEXT NOT NULL DEFAULT '';
`,
};
