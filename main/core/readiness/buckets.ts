import type { EvidenceKind, Voice } from '../../../shared/schemas/evidence.ts';
import type { EvidenceBucket } from '../../../shared/schemas/readiness.ts';

/** Which column of the dashboard an item counts in: its voice if it has one, else by kind. */
export function bucketOf(kind: EvidenceKind, voice: Voice | null): EvidenceBucket {
  if (voice) return voice;
  switch (kind) {
    case 'data':
      return 'data';
    case 'feedback':
      return 'voice-unattributed';
    case 'document':
    case 'case-study':
      return 'documents';
    default: {
      const never: never = kind;
      return never;
    }
  }
}

export const isFamilyVoice = (b: EvidenceBucket) => b === 'parent-carer' || b === 'child-young-person';
