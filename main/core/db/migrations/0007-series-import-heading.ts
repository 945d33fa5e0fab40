// Frozen once landed: never edit; add a new numbered migration instead.
export default {
  version: 7,
  name: 'series-import-heading',
  sql: `
-- The spreadsheet column headings a data series' figures were imported from
-- ("EHCP_20wk_pct"), so next month's file, with the same headings, adds its figures to the
-- same series even after the series has been given a better name. A heading belongs to one
-- series at a time: sending it to another series moves it. Series imported before this
-- version have none, and are matched by their title instead.
CREATE TABLE series_heading (
  evidence_id TEXT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  heading TEXT NOT NULL CHECK (heading <> ''),
  PRIMARY KEY (evidence_id, heading)
) STRICT;
`,
};
