import type { FeedbackInputs } from '../../../shared/api/feedback.ts';
import type { HandlersFor } from '../handler.ts';
import { answerFeedback, feedbackPairs, getFeedback, listFlagged, reviewFlagged, saveFeedback } from './feedback.ts';
import { importSurvey, previewSurvey } from './survey.ts';
import { voiceSummary } from './voice-summary.ts';
import { tidySearchSoon } from '../search/tidy.ts';

export { importSurveyFile } from './survey.ts';

export const feedbackHandlers: HandlersFor<FeedbackInputs> = {
  'feedback/get': (input, s) => getFeedback(s.requireLibrary().db, input.id),
  'feedback/save': (input, s) => saveFeedback(s.requireLibrary().db, input, s.now),
  'feedback/answer': (input, s) => answerFeedback(s.requireLibrary().db, input, s.now),
  'feedback/pairs': (input, s) => feedbackPairs(s.requireLibrary().db, input.id),
  'feedback/previewSurvey': (input, s) => previewSurvey(s, input.source),
  'feedback/importSurvey': async (input, s) => {
    const result = await importSurvey(s, input);
    tidySearchSoon(s.requireLibrary(), s.env.logger);
    s.env.emit('library/changed', { reason: 'feedback-imported' });
    return result;
  },
  'feedback/flagged': (input, s) => listFlagged(s.requireLibrary().db, input),
  'feedback/review': (input, s) => reviewFlagged(s.requireLibrary().db, input, s.now),
  'voice/summary': (input, s) => voiceSummary(s.requireLibrary().db, input.areaId),
};
