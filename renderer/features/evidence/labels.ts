import type { EvidenceKind, Strength, Voice } from '../../../shared/schemas/evidence.ts';
import { stanceLabels } from '../../../shared/stance.ts';

export const kindLabels: Record<EvidenceKind, string> = {
  document: 'Document',
  data: 'Data',
  feedback: 'Feedback or voice',
  'case-study': 'Case study',
};

/** In the order offered in choices. Kept here so the renderer does not bundle zod. */
const kinds: readonly EvidenceKind[] = ['document', 'data', 'feedback', 'case-study'];
export const kindOptions = kinds.map((k) => ({ id: k, label: kindLabels[k] }));

export { stanceLabels };

export const stanceOptions = (['supports', 'counters'] as const).map((s) => ({ id: s, label: stanceLabels[s] }));

export const strengthOptions: { id: Strength; label: string }[] = [
  { id: 'activity', label: 'Activity' },
  { id: 'impact', label: 'Impact' },
];

/** Whose voice an item carries; "none" stands for no voice (null). */
export const NO_VOICE = 'none';
export const voiceOptions: { id: Voice | typeof NO_VOICE; label: string }[] = [
  { id: NO_VOICE, label: 'None' },
  { id: 'parent-carer', label: 'Parents and carers' },
  { id: 'child-young-person', label: 'Children and young people' },
  { id: 'practitioner', label: 'Practitioners' },
];

/** Labels for the core's field names, used to place its error messages beside fields. */
export const evidenceFieldLabels = {
  title: 'Title',
  kind: 'Kind',
  asAt: 'As at',
  source: 'Source organisation',
  description: 'Description',
  personalData: 'Contains personal data',
  voice: 'Whose voice',
} as const;
export type EvidenceField = keyof typeof evidenceFieldLabels;
