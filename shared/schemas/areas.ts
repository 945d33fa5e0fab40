import { z } from 'zod';
import { id, line, longText } from './common.ts';

export const areaCode = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(20, { message: 'must be at most 20 characters' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: 'may use only letters, numbers, dots, dashes and underscores, such as AOC1',
  });

export const areaCreateInput = z.object({
  code: areaCode,
  title: line(200),
  /** Kept exactly as typed or pasted: never trimmed or reflowed. */
  weakness: longText(20000).refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
});

export const areaUpdateInput = z.object({
  id,
  code: areaCode.optional(),
  title: line(200).optional(),
  weakness: longText(20000)
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' })
    .optional(),
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
}
