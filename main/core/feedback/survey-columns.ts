/**
 * Reading a survey export's columns: what each seems to hold (free text, the
 * respondent's role, when they answered, consent to quote, a multiple choice), and how
 * its cells read (a role as a voice, a timestamp as a date, yes or no). Pure.
 */
import type { FeedbackVoice, SurveyMapping, SurveyPreviewColumn } from '../../../shared/schemas/feedback.ts';
import { readDueDate } from '../actions/tracker-dates.ts';
import type { Cell } from '../tables/read-table.ts';
import { cellText, type Table } from '../tables/table.ts';

/** Whose voice a role cell names ("Parent/carer", "I'm a SENCo", "Young person"), or null when it names none. */
export function voiceOfRole(role: string): FeedbackVoice | null {
  const r = role.toLowerCase();
  if (r.trim() === '') return null;
  if (/parent\s*carer\s*forum|\bpcf\b/.test(r)) return 'parent-carer-forum';
  if (/sendiass|\bias(?:s)?\b|information,? advice and support/.test(r)) return 'sendiass';
  if (/parent|carer|\bmum\b|\bmother\b|\bdad\b|\bfather\b|guardian|grand(?:parent|mother|father|ma|pa)|foster|\bfamily member\b/.test(r)) return 'parent-carer';
  if (/\bchild\b|children|young (?:person|people|adult)|\bpupil|\bstudent|\bteen|\byouth\b|\bcyp\b|learner/.test(r)) return 'child-young-person';
  if (/senco|\bschool\b|teacher|head ?teacher|\bhead\b|teaching assistant|\bta\b|governor|\bsenco\b|nursery|college|education setting|\bsetting\b|inclusion lead/.test(r)) return 'school-senco';
  if (/practitioner|health|social work|therapist|\bnurse|\bep\b|educational psychologist|psychologist|paediatrician|doctor|\bgp\b|clinician|professional|camhs|health visitor|caseworker|case worker|officer|key worker|keyworker/.test(r))
    return 'practitioner';
  return null;
}

export type DateRead = { ok: true; value: string | null } | { ok: false };

const TIME_SUFFIX = /^(.*?)(?:[ T,]+|\s+at\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:am|pm)?\s*(?:Z|[+-]\d{2}:?\d{2}|GMT|BST|UTC)?$/i;

/** A response's date as form tools write it: a spreadsheet date, 2024-03-15 10:23, 15/03/2024 10:23:45, 2024/03/15… */
export function readSurveyDate(cell: Cell | undefined): DateRead {
  if (cell === undefined || cell === null) return { ok: true, value: null };
  if (typeof cell !== 'string') return readDueDate(cell);
  let s = cell.trim();
  if (s === '') return { ok: true, value: null };
  const timed = TIME_SUFFIX.exec(s);
  if (timed && timed[1]) s = timed[1].trim();
  const ymd = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (ymd) s = `${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`;
  return readDueDate(s);
}

/** Whether a consent cell says yes (true), no (false), or nothing readable (null). */
export function readConsent(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (/^(?:no\b|n$|false$|0$|not\b|don'?t\b|do not\b|i do not\b|i don'?t\b|decline|refuse)/.test(t)) return false;
  if (/^(?:yes\b|y$|true$|1$|agree|i agree|i consent|consent|happy|ok\b|okay|sure|of course)/.test(t)) return true;
  return null;
}

/** Answers that say nothing: left out like blank ones. */
export const isBlankAnswer = (text: string) => text === '' || /^(?:n\/?a|-+|\.+|_+)$/i.test(text);

const DATE_HEADING = /timestamp|submitted|submission|\bdate\b|completion time|start time|end time|completed at|\bcreated\b|response time/i;
const CONSENT_HEADING =
  /consent|happy for (?:us|you) to (?:quote|use|share)|(?:may|can) we (?:quote|use|share)|permission to (?:quote|use|share)|agree to (?:us |being |be )?(?:quot|us|shar)|\bbe quoted\b|(?:ok|okay) (?:for us )?to (?:quote|use|share)/i;
const ROLE_HEADING =
  /\bI am an?\b|\bI'm an?\b|\bare you an?\b|\brole\b|respondent type|respondent category|type of respondent|who are you|describes? you|responding as|completing (?:this|the) (?:survey|form|questionnaire) as|in what capacity|which of (?:these|the following) are you/i;

interface ColumnStats {
  answered: number;
  values: string[];
  cells: Cell[];
}

function statsOf(table: Table, col: number, sampleSize: number): ColumnStats {
  let answered = 0;
  const values: string[] = [];
  const cells: Cell[] = [];
  for (const r of table.rows) {
    const c = r.cells[col];
    const t = cellText(c);
    if (t === '') continue;
    answered++;
    if (values.length < sampleSize) {
      values.push(t);
      cells.push(c ?? null);
    }
  }
  return { answered, values, cells };
}

function looksLike(heading: string, s: ColumnStats): SurveyPreviewColumn['looksLike'] {
  if (s.answered === 0) return 'empty';
  const dates = s.cells.filter((c) => {
    const d = readSurveyDate(c);
    return d.ok && d.value !== null;
  }).length;
  const short = heading.length <= 60;
  if (short && DATE_HEADING.test(heading) && dates > 0 && dates >= s.cells.length / 3) return 'date';
  if (CONSENT_HEADING.test(heading)) return 'consent';
  if (ROLE_HEADING.test(heading)) return 'role';
  if (dates >= s.cells.length * 0.9 && s.cells.some((c) => c instanceof Date || (typeof c === 'string' && /\d:\d\d/.test(c)))) return 'date';
  const distinct = new Set(s.values.map((v) => v.toLowerCase())).size;
  const avg = s.values.reduce((n, v) => n + v.length, 0) / s.values.length;
  const worded = s.values.filter((v) => /\S\s+\S/.test(v)).length / s.values.length;
  const varied = distinct / s.values.length;
  // Free text: answers in words, long or mostly different from each other.
  if (worded >= 0.5 && (avg >= 25 || (varied >= 0.6 && avg >= 12 && s.values.length >= 3))) return 'free-text';
  // A few short values used again and again that name roles: the respondent's role without a telling heading.
  if (distinct <= 12 && s.values.length >= 3) {
    const roles = [...new Set(s.values.map((v) => v.toLowerCase()))].filter((v) => voiceOfRole(v) !== null).length;
    if (roles >= distinct * 0.6 && roles >= 2) return 'role';
  }
  return 'choice';
}

export function describeColumns(table: Table): SurveyPreviewColumn[] {
  return table.columns.map((heading, index) => {
    const stats = statsOf(table, index, 500);
    return { index, heading, looksLike: looksLike(heading, stats), answered: stats.answered };
  });
}

/** Every free-text column as a question; the first role, date and consent columns; null when no column holds free text. */
export function proposeSurveyMapping(columns: SurveyPreviewColumn[]): SurveyMapping | null {
  const questionColumns = columns.filter((c) => c.looksLike === 'free-text').map((c) => c.index);
  if (questionColumns.length === 0) return null;
  const first = (kind: SurveyPreviewColumn['looksLike']) => columns.find((c) => c.looksLike === kind)?.index ?? null;
  return { questionColumns, roleColumn: first('role'), dateColumn: first('date'), consentColumn: first('consent') };
}

/** "How well do you feel listened to by the EHC team when…" : a question cut at a word near `max` characters. */
export function shortenQuestion(question: string, max = 60): string {
  const q = question.replace(/\s+/g, ' ').trim();
  if (q.length <= max) return q;
  const cut = q.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
