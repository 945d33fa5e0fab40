import type { HistoryEntry, JudgementWording } from '../../../shared/schemas/assessment.ts';
import type { Db } from '../db/open.ts';
import { getSettings } from './settings.ts';

type Subject = HistoryEntry['subject'];
type Change = HistoryEntry['change'];

export interface Recorder {
  who: string;
  at: string;
}

/** Adds one history row; call inside the transaction that makes the change. */
export function recordChange(db: Db, by: Recorder, areaId: string, subject: Subject, subjectId: string, change: Change, before: unknown, after: unknown) {
  db.prepare(
    `INSERT INTO assessment_history (area_id, subject, subject_id, change, before_json, after_json, who, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(areaId, subject, subjectId, change, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after), by.who, by.at);
}

/** The library's own words for a judgement, in the middle of a sentence. */
export const outcomeWords = (o: unknown, w: Pick<JudgementWording, 'sufficient' | 'notSufficient'>) =>
  (o === 'sufficient' ? w.sufficient : o === 'not-sufficient' ? w.notSufficient : 'no judgement').toLowerCase();

/** One line for the history list: who did what. */
export function describeChange(e: Omit<HistoryEntry, 'summary'>, wording: Pick<JudgementWording, 'sufficient' | 'notSufficient'>): string {
  const who = e.who.trim() || 'Someone';
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  if (e.subject === 'judgement') {
    if (before['outcome'] !== after['outcome']) return `${who} changed the judgement from ${outcomeWords(before['outcome'], wording)} to ${outcomeWords(after['outcome'], wording)}`;
    return `${who} edited the rationale for the judgement`;
  }
  const text = String(after['text'] ?? before['text'] ?? '');
  const quoted = `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
  switch (e.change) {
    case 'created':
      return `${who} added the finding ${quoted}`;
    case 'updated':
      return `${who} edited the finding ${quoted}`;
    case 'moved':
      return `${who} moved the finding ${quoted} to position ${Number(after['position'] ?? 0) + 1}`;
    case 'deleted':
      return `${who} deleted the finding ${quoted}`;
    case 'restored':
      return `${who} restored the finding ${quoted}`;
    default: {
      const never: never = e.change;
      return never;
    }
  }
}

interface Row {
  id: number;
  area_id: string;
  subject: Subject;
  subject_id: string;
  change: Change;
  before_json: string | null;
  after_json: string | null;
  who: string;
  at: string;
}

export function listHistory(db: Db, areaId: string, limit: number): HistoryEntry[] {
  const rows = db.prepare('SELECT * FROM assessment_history WHERE area_id = ? ORDER BY id DESC LIMIT ?').all(areaId, limit) as Row[];
  const { wording } = getSettings(db);
  return rows.map((r) => {
    const entry = {
      id: r.id,
      areaId: r.area_id,
      subject: r.subject,
      subjectId: r.subject_id,
      change: r.change,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
      who: r.who,
      at: r.at,
    };
    return { ...entry, summary: describeChange(entry, wording) };
  });
}
