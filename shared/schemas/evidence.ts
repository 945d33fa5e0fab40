import { z } from 'zod';
import { id, isoDate, line, longText } from './common.ts';

export const evidenceKinds = ['document', 'data', 'feedback', 'case-study'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];
export const evidenceKind = z.enum(evidenceKinds, {
  message: 'must be one of document, data, feedback or case-study',
});

export const stances = ['supports', 'counters'] as const;
export type Stance = (typeof stances)[number];
export const stance = z.enum(stances, { message: 'must be supports or counters' });

/** Whether a linked item shows activity (meetings held, documents written) or impact on children and families. */
export const strengths = ['activity', 'impact'] as const;
export type Strength = (typeof strengths)[number];
export const strength = z.enum(strengths, { message: 'must be activity or impact' });

/** Whose voice an item carries, when it carries one. */
export const voices = ['parent-carer', 'child-young-person', 'practitioner'] as const;
export type Voice = (typeof voices)[number];
export const voice = z.enum(voices, { message: 'must be parent-carer, child-young-person or practitioner' });

export const evidenceCreateInput = z.object({
  title: line(2000),
  kind: evidenceKind.default('document'),
  asAt: isoDate.nullable().default(null),
  source: longText(200).default(''),
  description: longText(50000).default(''),
  personalData: z.boolean({ message: 'must be true or false' }).default(false),
  voice: voice.nullable().default(null),
});

export const evidenceUpdateInput = z.object({
  id,
  title: line(2000).optional(),
  kind: evidenceKind.optional(),
  asAt: isoDate.nullable().optional(),
  source: longText(200).optional(),
  description: longText(50000).optional(),
  personalData: z.boolean({ message: 'must be true or false' }).optional(),
  voice: voice.nullable().optional(),
});

/** Which evidence to list: everything, items with no area, or one area's items. */
export const evidenceListInput = z.object({
  scope: z
    .union([
      z.object({ type: z.literal('all') }),
      z.object({ type: z.literal('unlinked') }),
      z.object({ type: z.literal('area'), areaId: id }),
    ])
    .default({ type: 'all' }),
  /** Only these items (within the scope), e.g. a readiness gap's stale items; left out, every item in the scope. */
  ids: z.array(id).max(1000).optional(),
});

export const linkSetInput = z.object({
  evidenceId: id,
  areaId: id,
  stance: stance.default('supports'),
  /** The rationale: how the item evidences the area. */
  note: longText(5000).default(''),
  /** Left out: keeps the link's current strength, or "activity" for a new link. */
  strength: strength.optional(),
});
export const linkRemoveInput = z.object({ evidenceId: id, areaId: id });

export const fileName = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(255, { message: 'must be at most 255 characters' });

export const addFileInput = z.object({ evidenceId: id, uploadId: id, name: fileName });
export const stageFileInput = z.object({
  name: fileName,
  bytes: z.instanceof(Uint8Array, { message: 'must be the bytes of a file' }),
});

export interface EvidenceLink {
  areaId: string;
  areaCode: string;
  stance: Stance;
  note: string;
  strength: Strength;
}

export interface EvidenceFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface EvidenceSummary {
  id: string;
  title: string;
  kind: EvidenceKind;
  asAt: string | null;
  source: string;
  personalData: boolean;
  areaCodes: string[];
  fileCount: number;
  updatedAt: string;
  voice: Voice | null;
}

export interface Evidence extends EvidenceSummary {
  description: string;
  createdAt: string;
  /** Why an imported document may hold personal data, for a person to check; '' once checked or never flagged. */
  personalDataReview: string;
  links: EvidenceLink[];
  files: EvidenceFile[];
}
