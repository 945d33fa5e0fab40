/** Words for feedback: whose voice, channel and sentiment, as the officer would say them. */
import type { FeedbackChannel, FeedbackVoice, Sentiment } from '../../../shared/schemas/feedback.ts';

/** In the order of feedbackVoices (kept here so the renderer does not bundle zod). */
export const voices: readonly FeedbackVoice[] = ['parent-carer', 'child-young-person', 'practitioner', 'school-senco', 'parent-carer-forum', 'sendiass', 'other'];

/** One person's voice: "Parent or carer". */
export const voiceLabels: Record<FeedbackVoice, string> = {
  'parent-carer': 'Parent or carer',
  'child-young-person': 'Child or young person',
  practitioner: 'Practitioner',
  'school-senco': 'School or SENCo',
  'parent-carer-forum': 'Parent carer forum',
  sendiass: 'SENDIASS',
  other: 'Other',
};

/** The group, as a heading or in "No feedback from …": "parents and carers". */
export const voiceGroupLabels: Record<FeedbackVoice, string> = {
  'parent-carer': 'parents and carers',
  'child-young-person': 'children and young people',
  practitioner: 'practitioners',
  'school-senco': 'schools and SENCos',
  'parent-carer-forum': 'the parent carer forum',
  sendiass: 'SENDIASS',
  other: 'anyone else',
};

export const groupHeading = (v: FeedbackVoice) => {
  const words = voiceGroupLabels[v];
  return v === 'other' ? 'Others' : v === 'sendiass' ? words : words.replace(/^the /, 'The ').replace(/^./, (c) => c.toUpperCase());
};

export const voiceOptions = voices.map((v) => ({ id: v, label: voiceLabels[v] }));

export const channels: readonly FeedbackChannel[] = ['survey', 'event', 'complaint', 'compliment', 'forum-meeting', 'you-said-we-did'];
export const channelLabels: Record<FeedbackChannel, string> = {
  survey: 'Survey',
  event: 'Event or coffee morning',
  complaint: 'Complaint',
  compliment: 'Compliment',
  'forum-meeting': 'Forum meeting',
  'you-said-we-did': '“You said, we did”',
};
export const NOT_RECORDED = 'not-recorded';
export const channelOptions = [{ id: NOT_RECORDED, label: 'Not recorded' }, ...channels.map((c) => ({ id: c, label: channelLabels[c] }))];

export const sentimentLabels: Record<Sentiment, string> = { positive: 'Positive', mixed: 'Mixed', negative: 'Negative' };
export const sentimentOptions = [
  { id: 'positive', label: 'Positive' },
  { id: 'mixed', label: 'Mixed' },
  { id: 'negative', label: 'Negative' },
  { id: NOT_RECORDED, label: 'Not recorded' },
];
export const sentimentTone: Record<Sentiment, string> = { positive: 'green', mixed: 'amber', negative: 'red' };

/** A flagged item's review note without its "Possible personal data — review:" start: "names a child (“Jacob Smith”)". */
export const reasonOf = (review: string) => review.replace(/^possible personal data\s*[—–-]\s*review:?\s*/i, '').trim();
