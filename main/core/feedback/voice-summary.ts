/**
 * Whose voice the evidence carries, for the library or one area: counts by voice and
 * sentiment, by calendar quarter, the voices not heard at all, and the newest quotes.
 * Every item of kind feedback counts; one without feedback details counts with its
 * broad voice, or as "other".
 */
import { feedbackVoices, type FeedbackVoice, type Sentiment, type VoiceSummary } from '../../../shared/schemas/feedback.ts';
import type { Db } from '../db/open.ts';
import { notFound } from '../errors.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-Q1" → "Jan–Mar 2024". */
export function quarterLabel(quarter: string): string {
  const [year, q] = quarter.split('-Q');
  const first = (Number(q) - 1) * 3;
  return `${MONTHS[first]}–${MONTHS[first + 2]} ${year}`;
}

export function voiceSummary(db: Db, areaId: string | null): VoiceSummary {
  if (areaId !== null && !db.prepare('SELECT 1 FROM area WHERE id = ?').get(areaId)) throw notFound('That area of concern');
  // The feedback items in scope, with their exact voice.
  const scope = `SELECT e.id, e.as_at, e.description, e.personal_data, e.created_at, e.rowid AS erow, f.sentiment,
      coalesce(f.voice, e.voice, 'other') AS voice
    FROM evidence e LEFT JOIN feedback f ON f.evidence_id = e.id
    WHERE e.kind = 'feedback' ${areaId === null ? '' : 'AND EXISTS (SELECT 1 FROM link l WHERE l.evidence_id = e.id AND l.area_id = @areaId)'}`;
  const params = areaId === null ? {} : { areaId };

  const counts = db
    .prepare(
      `SELECT voice, count(*) AS total,
         sum(sentiment = 'positive') AS positive, sum(sentiment = 'mixed') AS mixed, sum(sentiment = 'negative') AS negative,
         sum(sentiment IS NULL) AS unknown, max(as_at) AS newest
       FROM (${scope}) GROUP BY voice`,
    )
    .all(params) as { voice: FeedbackVoice; total: number; positive: number; mixed: number; negative: number; unknown: number; newest: string | null }[];
  const byVoice = feedbackVoices.map((voice) => {
    const c = counts.find((x) => x.voice === voice);
    return { voice, total: c?.total ?? 0, positive: c?.positive ?? 0, mixed: c?.mixed ?? 0, negative: c?.negative ?? 0, unknown: c?.unknown ?? 0, newest: c?.newest ?? null };
  });

  const quarters = db
    .prepare(
      `SELECT substr(as_at, 1, 4) || '-Q' || ((CAST(substr(as_at, 6, 2) AS INTEGER) + 2) / 3) AS quarter, voice, count(*) AS n
       FROM (${scope}) WHERE as_at IS NOT NULL GROUP BY quarter, voice ORDER BY quarter`,
    )
    .all(params) as { quarter: string; voice: FeedbackVoice; n: number }[];
  const overTime: VoiceSummary['overTime'] = [];
  for (const q of quarters) {
    let entry = overTime[overTime.length - 1];
    if (entry?.quarter !== q.quarter) {
      entry = { quarter: q.quarter, label: quarterLabel(q.quarter), counts: {} };
      overTime.push(entry);
    }
    entry.counts[q.voice] = q.n;
  }

  const recent = (
    db
      .prepare(`SELECT id, voice, as_at AS date, description AS quote, sentiment, personal_data FROM (${scope}) ORDER BY as_at IS NULL, as_at DESC, created_at DESC, erow DESC LIMIT 8`)
      .all(params) as { id: string; voice: FeedbackVoice; date: string | null; quote: string; sentiment: Sentiment | null; personal_data: number }[]
  ).map((r) => ({ id: r.id, voice: r.voice, date: r.date, quote: r.quote.length > 1000 ? `${r.quote.slice(0, 999)}…` : r.quote, sentiment: r.sentiment, personalData: r.personal_data === 1 }));

  return {
    areaId,
    total: byVoice.reduce((n, v) => n + v.total, 0),
    byVoice,
    overTime,
    missing: byVoice.filter((v) => v.total === 0).map((v) => v.voice),
    recent,
  };
}
