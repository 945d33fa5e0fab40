import { z } from 'zod';
import { excerptCreateInput, excerptListInput, excerptSnapshot, excerptUpdateInput, type Excerpt, type ExcerptSnapshot } from '../schemas/assessment.ts';
import { byId } from './common.ts';

export const excerptInputs = {
  'excerpts/list': excerptListInput,
  'excerpts/create': excerptCreateInput,
  'excerpts/update': excerptUpdateInput,
  'excerpts/delete': byId,
  'excerpts/restore': z.object({ excerpt: excerptSnapshot }),
} as const;

export type ExcerptInputs = typeof excerptInputs;

export interface ExcerptOutputs {
  'excerpts/list': Excerpt[];
  'excerpts/create': Excerpt;
  'excerpts/update': Excerpt;
  /** `removed` goes back to excerpts/restore to undo, citations included. */
  'excerpts/delete': { removed: ExcerptSnapshot };
  'excerpts/restore': Excerpt;
}
