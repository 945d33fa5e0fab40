/**
 * The pack's annexes drawn from data and voices: each data series among the exhibits
 * (chart, figures, direction of travel), and who the feedback among the exhibits came
 * from, by sentiment. Counts of people in a series (1 or 2) are suppressed as "fewer than 3";
 * counts of feedback items are counts of documents, not of people, and are shown as they are.
 */
import { feedbackVoices, type FeedbackVoice } from '../../../shared/schemas/feedback.ts';
import { formatSeriesValue, isSmallCount, publishedSeriesValue } from '../../../shared/series/format.ts';
import { computeTrend } from '../../../shared/series/trend.ts';
import { describeSeries, referenceLines, valueLabel } from '../../../shared/charts/series-chart.ts';
import type { Db } from '../db/open.ts';
import { getSeries } from '../series/series.ts';
import { chartSvg } from './charts.ts';

export interface PackSeries {
  ref: string;
  title: string;
  source: string;
  /** "Improving: up from 4% in 2021/22 to 39% in 2023/24 over the last 3 years." */
  trend: string;
  /** "Target 60%; England average 50.3%", or '' when none is set. */
  references: string;
  /** [period, value] in order, oldest first; counts of 1 or 2 read "fewer than 3". */
  rows: [string, string][];
  tableCaption: string;
  /** The chart as SVG (counts of 1 or 2 left off), its text alternative and caption; null when there are no figures. */
  chart: { svg: string; alt: string; caption: string } | null;
}

export interface VoiceRow {
  label: string;
  positive: string;
  mixed: string;
  negative: string;
  notRecorded: string;
  total: string;
}

export interface PackVoices {
  sentences: string[];
  rows: VoiceRow[];
}

export const voiceAnnexLabels: Record<FeedbackVoice, string> = {
  'parent-carer': 'Parents and carers',
  'child-young-person': 'Children and young people',
  practitioner: 'Practitioners',
  'school-senco': 'Schools and SENCos',
  'parent-carer-forum': 'The parent carer forum',
  sendiass: 'SENDIASS',
  other: 'Others',
};

/** Every data exhibit, in exhibit order. */
export function seriesAnnex(db: Db, exhibits: readonly { ref: string; members: readonly string[]; kind: string }[]): PackSeries[] {
  return exhibits
    .filter((e) => e.kind === 'data')
    .map((e) => {
      const s = getSeries(db, e.members[0]!);
      const published = (v: number) => publishedSeriesValue(v, s.unit);
      // Small counts are suppressed in every published form: the table, the words and the chart.
      const small = s.values.some((v) => isSmallCount(v.value, s.unit));
      const trend = computeTrend(s.values, { ...s, format: published });
      const drawn = { ...s, trend, values: s.values.filter((v) => !isSmallCount(v.value, s.unit)) };
      const left = small ? ' Counts of 1 or 2 are left off the chart.' : '';
      return {
        ref: e.ref,
        title: s.title,
        source: s.source,
        trend: trend.words,
        references: referenceLines(s)
          .map((r) => `${r.name} ${formatSeriesValue(r.value, s.unit)}`)
          .join('; '),
        rows: s.values.map((v): [string, string] => [valueLabel(v, s), published(v.value)]),
        tableCaption: `The figures of ${s.title}${small ? ' (counts of 1 or 2 are shown as "fewer than 3")' : ''}`,
        chart: drawn.values.length
          ? {
              svg: chartSvg(drawn),
              alt: `${s.title}. ${describeSeries(drawn)}${left}`,
              caption: `Chart of ${s.title}${s.source ? ` (source: ${s.source})` : ''}; the figures are in the table below.${left}`,
            }
          : null,
      };
    });
}

const lower = (s: string) => (s === 'SENDIASS' ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** Who the feedback exhibits came from, by sentiment. */
export function voicesAnnex(db: Db, exhibits: readonly { members: readonly string[]; kind: string }[]): PackVoices {
  const ids = exhibits.filter((e) => e.kind === 'feedback').flatMap((e) => e.members);
  const rows = db
    .prepare(
      `SELECT coalesce(f.voice, CASE e.voice WHEN 'parent-carer' THEN 'parent-carer' WHEN 'child-young-person' THEN 'child-young-person'
         WHEN 'practitioner' THEN 'practitioner' ELSE 'other' END) AS voice, f.sentiment AS sentiment, count(*) AS n
       FROM evidence e LEFT JOIN feedback f ON f.evidence_id = e.id
       WHERE e.id IN (SELECT value FROM json_each(?))
       GROUP BY 1, 2`,
    )
    .all(JSON.stringify(ids)) as { voice: FeedbackVoice; sentiment: string | null; n: number }[];
  const count = (voice: FeedbackVoice, sentiment?: string | null) =>
    rows.filter((r) => r.voice === voice && (sentiment === undefined || r.sentiment === sentiment)).reduce((a, r) => a + r.n, 0);
  const n = (k: number) => String(k);
  // Only the voices heard: the sentence below names those not heard.
  const table: VoiceRow[] = feedbackVoices
    .filter((v) => count(v) > 0)
    .map((v) => ({
      label: voiceAnnexLabels[v],
      positive: n(count(v, 'positive')),
      mixed: n(count(v, 'mixed')),
      negative: n(count(v, 'negative')),
      notRecorded: n(count(v, null)),
      total: n(count(v)),
    }));
  if (ids.length === 0) return { sentences: ['No feedback is among the exhibits of this pack.'], rows: [] };
  const missing = feedbackVoices.filter((v) => v !== 'other' && count(v) === 0).map((v) => lower(voiceAnnexLabels[v]));
  const sentences = [`The exhibits include ${ids.length === 1 ? 'one piece' : `${ids.length} pieces`} of feedback.`];
  if (missing.length)
    sentences.push(`There is no feedback among them from ${missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`}.`);
  sentences.push(VOICE_GROUPS_NOTE);
  return { sentences, rows: table };
}

/** Why this annex's counts differ from the opening's. */
export const VOICE_GROUPS_NOTE =
  'This annex counts only the feedback, by exactly whose voice it is. The count of voices near the start of the pack also takes in documents and case studies that carry a voice, in three groups: parents and carers (with the parent carer forum and SENDIASS), children and young people, and practitioners (with schools and SENCos).';
