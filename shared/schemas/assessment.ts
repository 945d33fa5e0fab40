import { z } from 'zod';
import { id, isoDate, line, longText } from './common.ts';

export const outcomes = ['sufficient', 'not-sufficient'] as const;
export type Outcome = (typeof outcomes)[number];
export const outcome = z.enum(outcomes, { message: 'must be sufficient or not-sufficient' });

/** How a library words its judgements: on buttons, in the dashboard and in the pack. */
export interface JudgementWording {
  /** Short labels, e.g. "Sufficient progress" / "Not sufficient progress". */
  sufficient: string;
  notSufficient: string;
  /** The sentence that closes an area's section in the pack. */
  sufficientSentence: string;
  notSufficientSentence: string;
  /** What the letters call an area of concern. */
  areaTerm: string;
}

export const wordingPresetIds = ['revisit', 'monitoring-2023'] as const;
export type WordingPresetId = (typeof wordingPresetIds)[number];

export const judgementWordingPresets: Record<WordingPresetId, { name: string; wording: JudgementWording }> = {
  revisit: {
    name: 'Revisit (2016 framework)',
    wording: {
      sufficient: 'Sufficient progress',
      notSufficient: 'Not sufficient progress',
      sufficientSentence: 'The area has made sufficient progress to improve this area of weakness.',
      notSufficientSentence: 'The area has not made sufficient progress to improve this area of weakness.',
      areaTerm: 'area of significant weakness',
    },
  },
  'monitoring-2023': {
    name: 'Monitoring inspection (2023 framework)',
    wording: {
      sufficient: 'Sufficient progress',
      notSufficient: 'Insufficient progress',
      sufficientSentence: 'The local area partnership has made sufficient progress in addressing this area for priority action.',
      notSufficientSentence: 'The local area partnership has made insufficient progress in addressing this area for priority action.',
      areaTerm: 'area for priority action',
    },
  },
};

export interface AssessmentSettings {
  wordingPreset: WordingPresetId | 'custom';
  /** The wording in force (the preset's, or the library's own). */
  wording: JudgementWording;
  /** Evidence older than this many months before the revisit is stale. Default 6. */
  freshnessMonths: number;
}

const wordingFields = z.object({
  sufficient: line(100),
  notSufficient: line(100),
  sufficientSentence: line(500),
  notSufficientSentence: line(500),
  areaTerm: line(100),
});

export const settingsUpdateInput = z.object({
  /** A preset, or "custom" with `wording`. */
  wordingPreset: z.enum([...wordingPresetIds, 'custom'], { message: 'must be revisit, monitoring-2023 or custom' }).optional(),
  wording: wordingFields.optional(),
  freshnessMonths: z.number().int().min(1, { message: 'must be at least 1 month' }).max(36, { message: 'must be at most 36 months' }).optional(),
});

export interface JudgementRecord {
  areaId: string;
  outcome: Outcome | null;
  rationale: string;
  updatedBy: string;
  updatedAt: string;
}

export const judgeInput = z.object({
  areaId: id,
  /** null clears the judgement (the rationale stays). */
  outcome: outcome.nullable(),
  /** Left out: keeps the current rationale. */
  rationale: longText(20000).optional(),
});

/** A finding cites an evidence item or an excerpt of one. */
export const citation = z.union([z.object({ evidenceId: id }).strict(), z.object({ excerptId: id }).strict()], {
  message: 'must name an evidenceId or an excerptId',
});
export type Citation = z.output<typeof citation>;

export interface CitationView {
  evidenceId: string;
  /** Set when the citation is an excerpt of the item. */
  excerptId: string | null;
  title: string;
  quote: string | null;
  page: number | null;
}

export interface Finding {
  id: string;
  areaId: string;
  text: string;
  stillToImprove: boolean;
  position: number;
  citations: CitationView[];
  updatedAt: string;
}

export const findingCreateInput = z.object({
  areaId: id,
  text: line(5000),
  stillToImprove: z.boolean({ message: 'must be true or false' }).default(false),
  citations: z.array(citation).max(100).default([]),
  /** Where to put it; left out, at the end. */
  position: z.number().int().min(0).optional(),
});

export const findingUpdateInput = z.object({
  id,
  text: line(5000).optional(),
  stillToImprove: z.boolean({ message: 'must be true or false' }).optional(),
  /** Replaces the citations when given. */
  citations: z.array(citation).max(100).optional(),
});

export const findingMoveInput = z.object({ id, position: z.number().int().min(0) });

/** What findings/delete returns, and findings/restore takes back. */
export const findingSnapshot = z.object({
  id,
  areaId: id,
  text: line(5000),
  stillToImprove: z.boolean(),
  position: z.number().int().min(0),
  citations: z.array(citation),
});
export type FindingSnapshot = z.output<typeof findingSnapshot>;

export const reviewFields = ['whatChanged', 'progressMade', 'whatDone', 'impactEvidence', 'nextSteps', 'evenBetterIf'] as const;
export type ReviewField = (typeof reviewFields)[number];

/** The deep-dive questions, as DfE and NHS England advisors ask them. */
export const deepDiveQuestions: Record<Exclude<ReviewField, 'evenBetterIf'>, string> = {
  whatChanged: 'What has changed?',
  progressMade: 'What progress has been made?',
  whatDone: 'What has been done?',
  impactEvidence: 'What is the evidence of impact on the ground?',
  nextSteps: 'What are the next steps?',
};

export type AreaReview = Record<ReviewField, string> & { areaId: string; updatedAt: string | null };

export const reviewUpdateInput = z.object({
  areaId: id,
  whatChanged: longText(20000).optional(),
  progressMade: longText(20000).optional(),
  whatDone: longText(20000).optional(),
  impactEvidence: longText(20000).optional(),
  nextSteps: longText(20000).optional(),
  evenBetterIf: longText(20000).optional(),
});

export interface AreaAssessment {
  areaId: string;
  judgement: JudgementRecord | null;
  findings: Finding[];
  review: AreaReview;
  wording: JudgementWording;
}

export interface HistoryEntry {
  id: number;
  areaId: string;
  subject: 'judgement' | 'finding';
  subjectId: string;
  change: 'created' | 'updated' | 'moved' | 'deleted' | 'restored';
  before: unknown;
  after: unknown;
  who: string;
  at: string;
  /** "Jo Bloggs judged sufficient progress" — one line for the history list. */
  summary: string;
}

export const historyInput = z.object({ areaId: id, limit: z.number().int().min(1).max(1000).default(200) });

export interface Excerpt {
  id: string;
  evidenceId: string;
  evidenceTitle: string;
  areaId: string | null;
  areaCode: string | null;
  quote: string;
  page: number | null;
  dataPoint: string | null;
  note: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** How many findings cite this excerpt. */
  citedBy: number;
  /** For an excerpt of a figure: a sentence when the figure has changed or gone since; else null. */
  figureChanged: string | null;
}

export const excerptListInput = z.object({ evidenceId: id.optional(), areaId: id.optional() });

export const excerptCreateInput = z.object({
  evidenceId: id,
  /** The area it evidences; the item is linked to the area too if it is not already. */
  areaId: id.nullable().default(null),
  quote: line(20000),
  page: z.number().int().min(1, { message: 'must be 1 or more' }).nullable().default(null),
  /** A data point of a series, e.g. "2023-03" or "Q2 2023/24". */
  dataPoint: longText(200).nullable().default(null),
  note: longText(5000).default(''),
});

export const excerptUpdateInput = z.object({
  id,
  areaId: id.nullable().optional(),
  quote: line(20000).optional(),
  page: z.number().int().min(1, { message: 'must be 1 or more' }).nullable().optional(),
  dataPoint: longText(200).nullable().optional(),
  note: longText(5000).optional(),
});

/** Everything needed to put a deleted excerpt back, with the findings that cited it. */
export const excerptSnapshot = z.object({
  id,
  evidenceId: id,
  areaId: id.nullable(),
  quote: line(20000),
  page: z.number().int().min(1).nullable(),
  dataPoint: z.string().nullable(),
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  citedByFindings: z.array(z.object({ findingId: id, position: z.number().int().min(0) })),
});
export type ExcerptSnapshot = z.output<typeof excerptSnapshot>;

export const readinessInput = z.object({
  /** The day to judge freshness and due dates from; default today. */
  today: isoDate.optional(),
});
