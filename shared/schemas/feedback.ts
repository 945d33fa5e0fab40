import { z } from 'zod';
import { id, isoDate, longText } from './common.ts';
import { tableSource, type CellProblem } from './series.ts';

/** Whose voice a feedback item carries, as DOMAIN.md names them. */
export const feedbackVoices = ['parent-carer', 'child-young-person', 'practitioner', 'school-senco', 'parent-carer-forum', 'sendiass', 'other'] as const;
export type FeedbackVoice = (typeof feedbackVoices)[number];
export const feedbackVoice = z.enum(feedbackVoices, {
  message: 'must be parent-carer, child-young-person, practitioner, school-senco, parent-carer-forum, sendiass or other',
});

export const feedbackChannels = ['survey', 'event', 'complaint', 'compliment', 'forum-meeting', 'you-said-we-did'] as const;
export type FeedbackChannel = (typeof feedbackChannels)[number];
export const feedbackChannel = z.enum(feedbackChannels, {
  message: 'must be survey, event, complaint, compliment, forum-meeting or you-said-we-did',
});

export const sentiments = ['positive', 'mixed', 'negative'] as const;
export type Sentiment = (typeof sentiments)[number];
export const sentiment = z.enum(sentiments, { message: 'must be positive, mixed or negative' });

/** The broad group readiness counts (evidence.voice) for each exact voice. */
export const voiceGroup: Record<FeedbackVoice, 'parent-carer' | 'child-young-person' | 'practitioner' | null> = {
  'parent-carer': 'parent-carer',
  'child-young-person': 'child-young-person',
  practitioner: 'practitioner',
  'school-senco': 'practitioner',
  'parent-carer-forum': 'parent-carer',
  sendiass: 'parent-carer',
  other: null,
};

export interface FeedbackDetails {
  voice: FeedbackVoice;
  channel: FeedbackChannel | null;
  sentiment: Sentiment | null;
  consent: boolean;
  anonymised: boolean;
  question: string;
  respondentRole: string;
  /** Why the text may name a person; '' when never flagged or already reviewed. */
  review: string;
}

export interface EvidenceRef {
  id: string;
  title: string;
  kind: string;
  asAt: string | null;
}

export interface Feedback extends FeedbackDetails {
  /** The evidence item's id; its quote is the item's description, its date the item's "as at" date. */
  id: string;
  title: string;
  quote: string;
  date: string | null;
  /** "You said, we did": the item recording the action taken, if any. */
  answeredBy: EvidenceRef | null;
}

export const feedbackDetailsInput = z.object({
  voice: feedbackVoice,
  channel: feedbackChannel.nullable().default(null),
  sentiment: sentiment.nullable().default(null),
  consent: z.boolean({ message: 'must be true or false' }).default(false),
  anonymised: z.boolean({ message: 'must be true or false' }).default(false),
  question: longText(2000).default(''),
  respondentRole: longText(200).default(''),
});

/**
 * Sets a feedback item's details (the item must be of kind feedback); what is left out
 * stays as it was (no defaults here, or a partial save would reset the other fields).
 */
export const feedbackSaveInput = z.object({
  id,
  voice: feedbackVoice.optional(),
  channel: feedbackChannel.nullable().optional(),
  sentiment: sentiment.nullable().optional(),
  consent: z.boolean({ message: 'must be true or false' }).optional(),
  anonymised: z.boolean({ message: 'must be true or false' }).optional(),
  question: longText(2000).optional(),
  respondentRole: longText(200).optional(),
  quote: longText(50000).optional(),
  date: isoDate.nullable().optional(),
});

/** "You said, we did": `answeredBy` is the item recording the action taken; null removes the pairing. */
export const feedbackAnswerInput = z.object({ id, answeredBy: id.nullable() });

/** What an item takes part in as "you said, we did": the action answering it, and the feedback it answers. */
export interface FeedbackPairs {
  answeredBy: EvidenceRef | null;
  answers: EvidenceRef[];
}

/** Review of flagged survey answers: mark them as personal data (or not); either way the flag is cleared. */
export const feedbackReviewInput = z.object({
  ids: z.array(id).min(1, { message: 'must name at least one item' }).max(10_000),
  personalData: z.boolean({ message: 'must be true or false' }),
});

export const flaggedListInput = z.object({
  importId: id.optional(),
  limit: z.number().int().min(1).max(5000).default(500),
});

export interface FlaggedFeedback {
  id: string;
  title: string;
  quote: string;
  question: string;
  review: string;
  personalData: boolean;
}

/** How a survey export's columns become feedback items. */
export const surveyMapping = z.object({
  /** The free-text questions: each non-empty answer becomes one feedback item. */
  questionColumns: z.array(z.number().int().min(0)).min(1, { message: 'must name at least one free-text question' }).max(200),
  /** The respondent's role ("Parent or carer", "Young person"…), used to choose whose voice. */
  roleColumn: z.number().int().min(0).nullable().default(null),
  /** When the response was given; otherwise `defaults.date`. */
  dateColumn: z.number().int().min(0).nullable().default(null),
  /** A yes/no column saying whether the respondent agreed to be quoted. */
  consentColumn: z.number().int().min(0).nullable().default(null),
});
export type SurveyMapping = z.output<typeof surveyMapping>;

export const surveyImportInput = z.object({
  source: tableSource,
  mapping: surveyMapping,
  defaults: z
    .object({
      /** The survey's name, the start of every item's title. */
      surveyTitle: longText(300).default(''),
      /** Whose voice when there is no role column or its cell says nothing recognisable. */
      voice: feedbackVoice.default('parent-carer'),
      date: isoDate.nullable().default(null),
      anonymised: z.boolean().default(true),
      consent: z.boolean().default(false),
      source: longText(200).default(''),
    })
    .default({ surveyTitle: '', voice: 'parent-carer', date: null, anonymised: true, consent: false, source: '' }),
  areaIds: z.array(id).max(200).default([]),
});

export interface SurveyPreviewColumn {
  index: number;
  heading: string;
  /** What the column seems to hold. */
  looksLike: 'free-text' | 'role' | 'date' | 'consent' | 'choice' | 'empty';
  /** How many rows have something in this column. */
  answered: number;
}

export interface SurveyPreview {
  sheets: string[];
  sheet: string | null;
  columns: SurveyPreviewColumn[];
  headerRow: number;
  sample: { row: number; cells: string[] }[];
  rowCount: number;
  proposedMapping: SurveyMapping | null;
  /** Cells that cannot be read (e.g. a date column with "next Tuesday"). */
  problems: CellProblem[];
}

export interface SurveyImportResult {
  importId: string;
  /** Feedback items made (one per response and free-text question with an answer). */
  created: number;
  responses: number;
  /** Answers left blank, skipped. */
  skippedBlank: number;
  /** Items flagged "possible personal data — review". */
  flagged: number;
  byVoice: Partial<Record<FeedbackVoice, number>>;
}

export const voiceSummaryInput = z.object({ areaId: id.nullable().default(null) });

export interface VoiceSummary {
  areaId: string | null;
  total: number;
  /** Every voice, in the order of feedbackVoices, with counts by sentiment (unknown: no sentiment recorded). */
  byVoice: { voice: FeedbackVoice; total: number; positive: number; mixed: number; negative: number; unknown: number; newest: string | null }[];
  /** Counts per quarter ("2024-Q1"), oldest first, by voice. */
  overTime: { quarter: string; label: string; counts: Partial<Record<FeedbackVoice, number>> }[];
  /** Voices with no feedback at all here. */
  missing: FeedbackVoice[];
  /** The most recent quotes (up to 8), newest first; `personalData` marks items holding personal data. */
  recent: { id: string; voice: FeedbackVoice; date: string | null; quote: string; sentiment: Sentiment | null; personalData: boolean }[];
}
