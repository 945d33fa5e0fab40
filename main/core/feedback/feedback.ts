/**
 * Feedback items: an evidence item of kind 'feedback' (its quote the description, its
 * date the "as at" date) with a `feedback` row saying whose voice, which channel and so
 * on; "you said, we did" pairs; and the review of survey answers flagged as possible
 * personal data.
 */
import type { z } from 'zod';
import {
  voiceGroup,
  type EvidenceRef,
  type Feedback,
  type FeedbackChannel,
  type FeedbackPairs,
  type FeedbackVoice,
  type FlaggedFeedback,
  type Sentiment,
  type feedbackAnswerInput,
  type feedbackReviewInput,
  type feedbackSaveInput,
  type flaggedListInput,
} from '../../../shared/schemas/feedback.ts';
import { plural } from '../../../shared/format.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError, notFound } from '../errors.ts';

interface ItemRow {
  id: string;
  title: string;
  kind: string;
  as_at: string | null;
  description: string;
  voice: string | null;
}

export interface FeedbackRow {
  voice: FeedbackVoice;
  channel: FeedbackChannel | null;
  sentiment: Sentiment | null;
  consent: number;
  anonymised: number;
  question: string;
  respondent_role: string;
  review: string;
  answered_by: string | null;
}

function itemOf(db: Db, id: string, what = 'That evidence item'): ItemRow {
  const row = db.prepare('SELECT id, title, kind, as_at, description, voice FROM evidence WHERE id = ?').get(id) as ItemRow | undefined;
  if (!row) throw notFound(what);
  return row;
}

function feedbackItemOf(db: Db, id: string): ItemRow {
  const item = itemOf(db, id, 'That feedback item');
  if (item.kind !== 'feedback')
    throw new CoreError('invalid-input', `"${item.title}" is not a feedback item, so it has no voice, channel or quote to show. Change its kind to feedback first.`);
  return item;
}

const refOf = (db: Db, id: string | null): EvidenceRef | null => {
  if (id === null) return null;
  const r = db.prepare('SELECT id, title, kind, as_at AS asAt FROM evidence WHERE id = ?').get(id) as EvidenceRef | undefined;
  return r ?? null;
};

/** The details a feedback item has before any were saved: its broad voice if it had one, else "other". */
const defaultsFor = (item: ItemRow): FeedbackRow => ({
  voice: (item.voice as FeedbackVoice | null) ?? 'other',
  channel: null,
  sentiment: null,
  consent: 0,
  anonymised: 0,
  question: '',
  respondent_role: '',
  review: '',
  answered_by: null,
});

const rowOf = (db: Db, id: string) =>
  db.prepare('SELECT voice, channel, sentiment, consent, anonymised, question, respondent_role, review, answered_by FROM feedback WHERE evidence_id = ?').get(id) as
    | FeedbackRow
    | undefined;

export function getFeedback(db: Db, id: string): Feedback {
  const item = feedbackItemOf(db, id);
  const f = rowOf(db, id) ?? defaultsFor(item);
  return {
    id: item.id,
    title: item.title,
    quote: item.description,
    date: item.as_at,
    voice: f.voice,
    channel: f.channel,
    sentiment: f.sentiment,
    consent: f.consent === 1,
    anonymised: f.anonymised === 1,
    question: f.question,
    respondentRole: f.respondent_role,
    review: f.review,
    answeredBy: refOf(db, f.answered_by),
  };
}

const upsert = `INSERT INTO feedback (evidence_id, voice, channel, sentiment, consent, anonymised, question, respondent_role, review, answered_by)
  VALUES (@id, @voice, @channel, @sentiment, @consent, @anonymised, @question, @respondent_role, @review, @answered_by)
  ON CONFLICT (evidence_id) DO UPDATE SET voice = excluded.voice, channel = excluded.channel, sentiment = excluded.sentiment,
    consent = excluded.consent, anonymised = excluded.anonymised, question = excluded.question,
    respondent_role = excluded.respondent_role, review = excluded.review, answered_by = excluded.answered_by`;

/** Writes (or replaces) a feedback item's details. */
export function writeFeedbackRow(db: Db, id: string, f: FeedbackRow) {
  db.prepare(upsert).run({ id, ...f });
}

export function saveFeedback(db: Db, input: z.output<typeof feedbackSaveInput>, now: Date): Feedback {
  return writeTransaction(db, () => {
    const item = feedbackItemOf(db, input.id);
    const cur = rowOf(db, input.id) ?? defaultsFor(item);
    const next: FeedbackRow = {
      ...cur,
      voice: input.voice ?? cur.voice,
      channel: input.channel === undefined ? cur.channel : input.channel,
      sentiment: input.sentiment === undefined ? cur.sentiment : input.sentiment,
      consent: input.consent === undefined ? cur.consent : input.consent ? 1 : 0,
      anonymised: input.anonymised === undefined ? cur.anonymised : input.anonymised ? 1 : 0,
      question: input.question ?? cur.question,
      respondent_role: input.respondentRole ?? cur.respondent_role,
    };
    writeFeedbackRow(db, input.id, next);
    db.prepare('UPDATE evidence SET description = ?, as_at = ?, voice = ?, updated_at = ? WHERE id = ?').run(
      input.quote ?? item.description,
      input.date === undefined ? item.as_at : input.date,
      // Readiness counts the broad group; saving an exact voice keeps the two in step.
      input.voice === undefined ? item.voice : voiceGroup[input.voice],
      now.toISOString(),
      input.id,
    );
    return getFeedback(db, input.id);
  });
}

/** "You said, we did": `answeredBy` records the action taken for feedback item `id` (null removes it). */
export function answerFeedback(db: Db, input: z.output<typeof feedbackAnswerInput>, now: Date): Feedback {
  return writeTransaction(db, () => {
    const item = feedbackItemOf(db, input.id);
    if (input.answeredBy !== null) {
      if (input.answeredBy === input.id)
        throw new CoreError('invalid-input', 'A feedback item cannot answer itself: choose the item that records the action taken.');
      itemOf(db, input.answeredBy, 'The item recording the action taken');
    }
    const cur = rowOf(db, input.id) ?? defaultsFor(item);
    writeFeedbackRow(db, input.id, { ...cur, answered_by: input.answeredBy });
    db.prepare('UPDATE evidence SET updated_at = ? WHERE id = ?').run(now.toISOString(), input.id);
    return getFeedback(db, input.id);
  });
}

export function feedbackPairs(db: Db, id: string): FeedbackPairs {
  itemOf(db, id);
  const own = db.prepare('SELECT answered_by FROM feedback WHERE evidence_id = ?').get(id) as { answered_by: string | null } | undefined;
  const answers = db
    .prepare(
      `SELECT e.id, e.title, e.kind, e.as_at AS asAt FROM feedback f JOIN evidence e ON e.id = f.evidence_id
       WHERE f.answered_by = ? ORDER BY e.as_at IS NULL, e.as_at DESC, e.title`,
    )
    .all(id) as EvidenceRef[];
  return { answeredBy: refOf(db, own?.answered_by ?? null), answers };
}

export function listFlagged(db: Db, input: z.output<typeof flaggedListInput>): { items: FlaggedFeedback[]; total: number } {
  const where = input.importId === undefined ? "f.review <> ''" : "f.review <> '' AND f.import_id = @importId";
  const params = input.importId === undefined ? {} : { importId: input.importId };
  const { total } = db.prepare(`SELECT count(*) AS total FROM feedback f WHERE ${where}`).get(params) as { total: number };
  const rows = db
    .prepare(
      `SELECT e.id, e.title, e.description AS quote, f.question, f.review, e.personal_data AS personalData
       FROM feedback f JOIN evidence e ON e.id = f.evidence_id WHERE ${where} ORDER BY f.rowid LIMIT @limit`,
    )
    .all({ ...params, limit: input.limit }) as (Omit<FlaggedFeedback, 'personalData'> & { personalData: number })[];
  return { items: rows.map((r) => ({ ...r, personalData: r.personalData === 1 })), total };
}

/** Clears the review note on each item and marks it as holding personal data or not, all or none. */
export function reviewFlagged(db: Db, input: z.output<typeof feedbackReviewInput>, now: Date): { reviewed: number } {
  return writeTransaction(db, () => {
    const ids = JSON.stringify([...new Set(input.ids)]);
    const { found, wanted } = db
      .prepare('SELECT (SELECT count(*) FROM feedback WHERE evidence_id IN (SELECT value FROM json_each(@ids))) AS found, (SELECT count(*) FROM json_each(@ids)) AS wanted')
      .get({ ids }) as { found: number; wanted: number };
    if (found < wanted)
      throw new CoreError(
        'not-found',
        `${plural(wanted - found, 'of the items', 'of the items')} to review could not be found as feedback items (they may have been deleted), so nothing was changed.`,
      );
    db.prepare("UPDATE feedback SET review = '' WHERE evidence_id IN (SELECT value FROM json_each(@ids))").run({ ids });
    db.prepare('UPDATE evidence SET personal_data = @pd, updated_at = @t WHERE id IN (SELECT value FROM json_each(@ids))').run({
      ids,
      pd: input.personalData ? 1 : 0,
      t: now.toISOString(),
    });
    return { reviewed: wanted };
  });
}
