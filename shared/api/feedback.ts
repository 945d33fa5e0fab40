import { z } from 'zod';
import {
  feedbackAnswerInput,
  feedbackReviewInput,
  feedbackSaveInput,
  flaggedListInput,
  surveyImportInput,
  voiceSummaryInput,
  type Feedback,
  type FeedbackPairs,
  type FlaggedFeedback,
  type SurveyImportResult,
  type SurveyPreview,
  type VoiceSummary,
} from '../schemas/feedback.ts';
import { tableSource } from '../schemas/series.ts';
import { byId } from './common.ts';

export const feedbackInputs = {
  /** A feedback item's details (defaults when none were saved yet). */
  'feedback/get': byId,
  'feedback/save': feedbackSaveInput,
  /** "You said, we did": pair a feedback item with the item recording the action taken. */
  'feedback/answer': feedbackAnswerInput,
  /** For any item: the action answering it, and the feedback it answers. */
  'feedback/pairs': byId,
  'feedback/previewSurvey': z.object({ source: tableSource }),
  /** One feedback item per response and free-text question, all or nothing. */
  'feedback/importSurvey': surveyImportInput,
  /** Items flagged "possible personal data — review", oldest import first. */
  'feedback/flagged': flaggedListInput,
  'feedback/review': feedbackReviewInput,
  'voice/summary': voiceSummaryInput,
} as const;

export type FeedbackInputs = typeof feedbackInputs;

export interface FeedbackOutputs {
  'feedback/get': Feedback;
  'feedback/save': Feedback;
  'feedback/answer': Feedback;
  'feedback/pairs': FeedbackPairs;
  'feedback/previewSurvey': SurveyPreview;
  'feedback/importSurvey': SurveyImportResult;
  'feedback/flagged': { items: FlaggedFeedback[]; total: number };
  'feedback/review': { reviewed: number };
  'voice/summary': VoiceSummary;
}
