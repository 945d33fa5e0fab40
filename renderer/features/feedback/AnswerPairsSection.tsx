import type { Evidence } from '../../../shared/schemas/evidence.ts';

/** "You said, we did": the action answering this feedback, or the feedback this item answers. */
export function AnswerPairsSection(_props: { evidence: Evidence }) {
  return null;
}
