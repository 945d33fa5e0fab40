// Frozen once landed: never edit; add a new numbered migration instead.
export default {
  version: 7,
  name: 'series-import-heading',
  sql: `
-- The spreadsheet column heading a data series was first imported from ("EHCP_20wk_pct"),
-- so next month's file, with the same headings, adds its figures to the same series even
-- after the series has been given a better name. '' for a series made by hand, or imported
-- before this version (those are matched by their title instead).
ALTER TABLE series ADD COLUMN import_heading TEXT NOT NULL DEFAULT '';
`,
};
