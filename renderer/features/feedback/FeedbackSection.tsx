import type { Evidence } from '../../../shared/schemas/evidence.ts';

/** A feedback item's details: whose voice, channel, sentiment, consent, anonymised, survey question. */
export function FeedbackSection(_props: { evidence: Evidence }) {
  return null;
}
