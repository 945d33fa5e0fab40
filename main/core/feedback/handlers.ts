import type { FeedbackInputs } from '../../../shared/api/feedback.ts';
import { CoreError } from '../errors.ts';
import type { HandlersFor } from '../handler.ts';

const todo = (): never => {
  throw new CoreError('invalid-input', 'Feedback details are not available yet.');
};

export const feedbackHandlers: HandlersFor<FeedbackInputs> = {
  'feedback/get': todo,
  'feedback/save': todo,
  'feedback/answer': todo,
  'feedback/pairs': todo,
  'feedback/previewSurvey': todo,
  'feedback/importSurvey': todo,
  'feedback/flagged': todo,
  'feedback/review': todo,
  'voice/summary': todo,
};
