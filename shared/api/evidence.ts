import { z } from 'zod';
import { id } from '../schemas/common.ts';
import {
  addFileInput,
  evidenceCreateInput,
  evidenceListInput,
  evidenceUpdateInput,
  linkRemoveInput,
  linkSetInput,
  stageFileInput,
  type Evidence,
  type EvidenceLink,
  type EvidenceSummary,
} from '../schemas/evidence.ts';
import { byId } from './common.ts';

export const evidenceInputs = {
  'evidence/list': evidenceListInput,
  'evidence/get': byId,
  'evidence/create': evidenceCreateInput,
  'evidence/update': evidenceUpdateInput,
  'evidence/delete': byId,
  /** Several items, all or none: what an import added, taken back. */
  'evidence/deleteMany': z.object({ ids: z.array(id).min(1, { message: 'name at least one item' }).max(100_000) }),
  'evidence/addFile': addFileInput,
  'evidence/removeFile': z.object({ evidenceId: id, fileId: id }),
  'files/stage': stageFileInput,
  'links/set': linkSetInput,
  'links/remove': linkRemoveInput,
} as const;

export type EvidenceInputs = typeof evidenceInputs;

export interface EvidenceOutputs {
  'evidence/list': EvidenceSummary[];
  'evidence/get': Evidence;
  'evidence/create': Evidence;
  'evidence/update': Evidence;
  'evidence/delete': { id: string; filesRemoved: number; filesKept: number };
  'evidence/deleteMany': { deleted: number; missing: number; filesRemoved: number; filesKept: number };
  'evidence/addFile': Evidence;
  'evidence/removeFile': Evidence;
  'files/stage': { uploadId: string; size: number; sha256: string };
  'links/set': EvidenceLink & { evidenceId: string };
  'links/remove': { evidenceId: string; areaId: string; removed: EvidenceLink };
}
