import { z } from 'zod';
import { id, line, longText } from './common.ts';

export const areaCode = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(20, { message: 'must be at most 20 characters' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: 'may use only letters, numbers, dots, dashes and underscores, such as AOC1',
  })
  // Codes are matched without regard to case, so they are kept in one case: "aoc2" is AOC2.
  .transform((s) => s.toUpperCase());

/** The workstreams that carry an area (e.g. "Co-production and Engagement"). */
export const workstreams = z.array(line(200)).max(20, { message: 'must list at most 20 workstreams' });
export const areaLead = longText(200);

export const areaCreateInput = z.object({
  code: areaCode,
  title: line(200),
  /** Kept exactly as typed or pasted: never trimmed or reflowed. */
  weakness: longText(20000).refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
  workstreams: workstreams.default([]),
  lead: areaLead.default(''),
});

export const areaUpdateInput = z.object({
  id,
  code: areaCode.optional(),
  title: line(200).optional(),
  weakness: longText(20000)
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' })
    .optional(),
  workstreams: workstreams.optional(),
  lead: areaLead.optional(),
});

export const areaMoveInput = z.object({ id, position: z.number().int().min(0) });

export type Judgement = 'sufficient' | 'not-sufficient' | null;

export interface Area {
  id: string;
  code: string;
  title: string;
  weakness: string;
  position: number;
  evidenceCount: number;
  judgement: Judgement;
  workstreams: string[];
  lead: string;
}

/** What deleting an area would take with it (the evidence items themselves always stay). */
export interface AreaDependents {
  id: string;
  code: string;
  links: number;
  actions: number;
  findings: number;
  excerpts: number;
  judged: boolean;
}

export const letterInput = z.object({ text: longText(500000) });

/** One weakness proposed from a pasted letter, for the user to accept, edit or reject. */
export interface WeaknessProposal {
  /** A suggested code (AOC1, AOC2, …) that no area uses yet. */
  code: string;
  /** A short title suggested from the weakness text. */
  title: string;
  /** The weakness as the letter words it (bullet marker removed, wrapped lines joined). */
  weakness: string;
  /** The judgement the letter gives for this weakness, when it is a revisit letter that says. */
  judgement: Judgement;
  /** Which pattern found it. */
  found: 'initial-inspection-found' | 'bulleted-list' | 'headed-section';
  /** The code of an area already in the register with this weakness text, if any. */
  existingAreaCode: string | null;
}

export interface LetterProposals {
  proposals: WeaknessProposal[];
  /** A sentence for the top of the review screen: what was found, or that nothing was. */
  message: string;
  /** The number of weaknesses the letter itself says there are ("each of the nine areas…"), if it says. */
  statedCount: number | null;
}
