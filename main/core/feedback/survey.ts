/**
 * Survey import: a survey export (CSV or .xlsx, a header row of questions, one row per
 * response) becomes feedback items, one per response and free-text question answered.
 * Preview first (columns, what they look like, a proposed mapping, unreadable cells),
 * then import all or nothing, streaming rows into prepared statements so 100,000
 * responses never become half a million objects in memory.
 */
import { randomBytes } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { z } from 'zod';
import type { CellProblem } from '../../../shared/schemas/series.ts';
import { voiceGroup, type FeedbackVoice, type SurveyImportResult, type SurveyMapping, type SurveyPreview, type surveyImportInput } from '../../../shared/schemas/feedback.ts';
import { plural } from '../../../shared/format.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Session } from '../session.ts';
import { readTable, type Cell } from '../tables/read-table.ts';
import { discardSource, fileOfSource, type TableSource } from '../tables/source.ts';
import { cellText, columnLetter, splitHeader, type Table } from '../tables/table.ts';
import { setAsideSearchTrigger } from './bulk-search.ts';
import { personalDataReason, reviewNote } from './personal-data.ts';
import { describeColumns, isBlankAnswer, proposeSurveyMapping, readConsent, readSurveyDate, shortenQuestion, voiceOfRole } from './survey-columns.ts';

type ImportInput = z.output<typeof surveyImportInput>;

const WHAT = 'survey export';

async function surveyTable(file: string, sheet: string | undefined) {
  const grid = await readTable(file, sheet, WHAT);
  // A title merged across the top (exceljs repeats a merged cell's value in every cell) is not the header.
  let skip = 0;
  while (skip < grid.rows.length - 1 && isMergedTitle(grid.rows[skip]!.cells)) skip++;
  const table = splitHeader(skip === 0 ? grid : { ...grid, rows: grid.rows.slice(skip) });
  if (!table) throw new CoreError('invalid-input', 'The survey export is empty: there is no header row of questions and there are no responses. Nothing was imported.');
  if (table.rows.length === 0)
    throw new CoreError('invalid-input', `The survey export has a header row (row ${table.headerRow}) but no responses under it. Nothing was imported.`);
  return { grid, table };
}

function isMergedTitle(cells: Cell[]): boolean {
  const filled = cells.map((c) => cellText(c)).filter((c) => c !== '');
  return filled.length >= 2 && filled.every((c) => c === filled[0]);
}

const columnName = (table: Table, col: number) => `${columnLetter(col)}, “${shortenQuestion(table.columns[col] ?? '', 40)}”`;

/** Dates in the date column that cannot be read, each named by row and column. */
function dateProblems(table: Table, dateColumn: number | null, limit: number): { problems: CellProblem[]; total: number } {
  const problems: CellProblem[] = [];
  let total = 0;
  if (dateColumn === null) return { problems, total };
  const heading = table.columns[dateColumn]!;
  for (const r of table.rows) {
    const cell = r.cells[dateColumn];
    if (readSurveyDate(cell).ok) continue;
    total++;
    if (problems.length < limit)
      problems.push({ row: r.row, column: heading, message: `"${cellText(cell).slice(0, 60)}" is not a date; write it like 15/03/2024 or 2024-03-15` });
  }
  return { problems, total };
}

export async function previewSurvey(s: Session, source: TableSource): Promise<SurveyPreview> {
  s.requireLibrary();
  const { grid, table } = await surveyTable(fileOfSource(s, source, WHAT), source.sheet);
  const columns = describeColumns(table);
  const proposedMapping = proposeSurveyMapping(columns);
  return {
    sheets: grid.sheets,
    sheet: grid.sheet,
    columns,
    headerRow: table.headerRow,
    sample: table.rows.slice(0, 10).map((r) => ({ row: r.row, cells: table.columns.map((_, i) => cellText(r.cells[i])) })),
    rowCount: table.rows.length,
    proposedMapping,
    problems: dateProblems(table, proposedMapping?.dateColumn ?? null, 100).problems,
  };
}

/** Checks the mapping against the table: every column chosen must exist. */
function checkMapping(table: Table, mapping: SurveyMapping) {
  const width = table.columns.length;
  const chosen: [string, number | null][] = [
    ...mapping.questionColumns.map((c): [string, number] => ['free-text question', c]),
    ['role', mapping.roleColumn],
    ['date', mapping.dateColumn],
    ['consent', mapping.consentColumn],
  ];
  for (const [what, col] of chosen) {
    if (col !== null && col >= width)
      throw new CoreError(
        'invalid-input',
        `The ${what} column chosen (column ${columnLetter(col)}, number ${col + 1}) is not in the survey export, whose header row (row ${table.headerRow}) has ${plural(width, 'column')}. Nothing was imported.`,
      );
  }
}

/** Ids like newId() makes (same length and alphabet), drawn from one block of random bytes at a time: 500,000 calls to randomBytes cost seconds. */
function idMaker(length = 10): () => string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let pool = randomBytes(length * 4096);
  let at = 0;
  return () => {
    if (at + length > pool.length) {
      pool = randomBytes(length * 4096);
      at = 0;
    }
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[pool[at++]! % alphabet.length];
    return out;
  };
}

const titleBase = (source: TableSource, surveyTitle: string) => {
  if (surveyTitle.trim() !== '') return surveyTitle.trim();
  if (source.path !== undefined) return basename(source.path, extname(source.path)) || 'Survey';
  return 'Survey';
};

/** One feedback item per response and free-text question answered, all or nothing; the staged upload is discarded after. */
export async function importSurvey(s: Session, input: ImportInput): Promise<SurveyImportResult> {
  const lib = s.requireLibrary();
  const db = lib.db;
  const { table } = await surveyTable(fileOfSource(s, input.source, WHAT), input.source.sheet);
  const mapping = { ...input.mapping, questionColumns: [...new Set(input.mapping.questionColumns)] };
  checkMapping(table, mapping);
  const dates = dateProblems(table, mapping.dateColumn, 5);
  if (dates.total > 0) {
    const shown = dates.problems.map((p) => `Row ${p.row}, column "${p.column}": ${p.message}.`).join(' ');
    const more = dates.total > dates.problems.length ? ` And ${plural(dates.total - dates.problems.length, 'more date')} like these.` : '';
    throw new CoreError(
      'invalid-input',
      `${plural(dates.total, 'date')} in the survey export cannot be read, so nothing was imported. ${shown}${more} Correct them, or choose no date column and give one date for every response.`,
      { problems: dates.problems },
    );
  }

  const d = input.defaults;
  const base = titleBase(input.source, d.surveyTitle);
  const importId = newId();
  const t = s.now.toISOString();
  const addedBy = s.info().details.userName;
  const questions = mapping.questionColumns.map((col) => ({ col, text: table.columns[col]! }));

  const result = writeTransaction(db, () => {
    for (const areaId of input.areaIds) {
      if (!db.prepare('SELECT 1 FROM area WHERE id = ?').get(areaId))
        throw new CoreError('not-found', 'An area of concern chosen for the survey answers could not be found (it may have been deleted). Nothing was imported.');
    }
    // Search entries are written in bulk after the rows (see bulk-search.ts), or by the trigger as usual.
    const search = setAsideSearchTrigger(db);
    const insertItem = db.prepare(
      `INSERT INTO evidence (id, title, kind, as_at, source, description, personal_data, voice, added_by, created_at, updated_at)
       VALUES (?, ?, 'feedback', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertFeedback = db.prepare(
      `INSERT INTO feedback (evidence_id, voice, channel, consent, anonymised, question, respondent_role, review, import_id)
       VALUES (?, ?, 'survey', ?, ?, ?, ?, ?, ?)`,
    );
    const anonymised = d.anonymised ? 1 : 0;
    const nextId = idMaker();
    const byVoice: Partial<Record<FeedbackVoice, number>> = {};
    let created = 0;
    let skippedBlank = 0;
    let flagged = 0;
    let responses = 0;
    table.rows.forEach((r, i) => {
      responses++;
      const role = mapping.roleColumn === null ? '' : cellText(r.cells[mapping.roleColumn]).slice(0, 200);
      const voice = voiceOfRole(role) ?? d.voice;
      const date = mapping.dateColumn === null ? null : readSurveyDate(r.cells[mapping.dateColumn]);
      const asAt = (date?.ok ? date.value : null) ?? d.date;
      const consentCell = mapping.consentColumn === null ? null : readConsent(cellText(r.cells[mapping.consentColumn]));
      const consent = (consentCell ?? d.consent) ? 1 : 0;
      for (const q of questions) {
        const answer = cellText(r.cells[q.col]);
        if (isBlankAnswer(answer)) {
          skippedBlank++;
          continue;
        }
        const reason = personalDataReason(answer);
        let id = nextId();
        // The answer's own words first, so a list of answers can be told apart at a glance.
        const title = `“${shortenQuestion(answer, 70)}” — ${base}, response ${i + 1}`;
        try {
          insertItem.run(id, title, asAt, d.source, answer, reason ? 1 : 0, voiceGroup[voice], addedBy, t, t);
        } catch (e) {
          // Half a million random ids can, rarely, repeat one already used: draw another.
          if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw e;
          id = nextId();
          insertItem.run(id, title, asAt, d.source, answer, reason ? 1 : 0, voiceGroup[voice], addedBy, t, t);
        }
        insertFeedback.run(id, voice, consent, anonymised, q.text, role, reason ? reviewNote(reason) : '', importId);
        created++;
        if (reason) flagged++;
        byVoice[voice] = (byVoice[voice] ?? 0) + 1;
      }
    });
    if (created === 0)
      throw new CoreError(
        'invalid-input',
        `None of the ${plural(responses, 'response')} answers the chosen ${questions.length === 1 ? `question (column ${columnName(table, questions[0]!.col)})` : 'questions'}, so nothing was imported. Choose the columns that hold the free-text answers.`,
      );
    search?.indexAndRestore(importId);
    db.prepare('INSERT INTO survey (import_id, title, imported_at) VALUES (?, ?, ?)').run(importId, base, t);
    // Every answer links to the chosen areas; one statement per area rather than one per item.
    const link = db.prepare(
      `INSERT INTO link (evidence_id, area_id, stance, note, strength, created_at)
       SELECT evidence_id, ?, 'supports', '', 'activity', ? FROM feedback WHERE import_id = ?`,
    );
    for (const areaId of new Set(input.areaIds)) link.run(areaId, t, importId);
    return { importId, created, responses, skippedBlank, flagged, byVoice };
  });
  discardSource(s, input.source);
  return result;
}

/** For the command line: imports a survey export at `path` with the proposed mapping. */
export async function importSurveyFile(s: Session, path: string, areaIds: string[]): Promise<SurveyImportResult> {
  const preview = await previewSurvey(s, { path });
  if (!preview.proposedMapping)
    throw new CoreError(
      'invalid-input',
      `No column of ${basename(path)} looks like free-text answers (long answers in words), so nothing was imported. Import it in the app to choose the columns yourself.`,
    );
  return importSurvey(s, {
    source: { path },
    mapping: preview.proposedMapping,
    defaults: { surveyTitle: '', voice: 'parent-carer', date: null, anonymised: true, consent: false, source: '' },
    areaIds,
  });
}
