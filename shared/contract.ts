/**
 * The API every host carries: method name → input schema (parsed from unknown at the
 * boundary) and output type. IPC, HTTP and the CLI all go through one dispatcher.
 */
import { z } from 'zod';
import { id } from './schemas/common.ts';
import {
  libraryDetailsInput,
  libraryUpdateInput,
  type AppState,
  type CheckReport,
  type LibraryInfo,
} from './schemas/library.ts';
import { areaCreateInput, areaMoveInput, areaUpdateInput, type Area } from './schemas/areas.ts';
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
} from './schemas/evidence.ts';

const none = z.object({}).strict();
const byId = z.object({ id });
const folder = z.string().min(1, { message: 'must name a folder' }).max(4096, { message: 'is too long' });

export const inputs = {
  'app/state': none,
  'library/create': libraryDetailsInput.extend({ path: folder.optional() }),
  'library/open': z.object({ path: folder }),
  'library/openExample': none,
  'library/close': none,
  'library/update': libraryUpdateInput,
  'library/check': none,
  'library/backup': z.object({ path: folder.optional() }),
  'library/restore': z
    .object({ backupPath: folder.optional(), uploadId: id.optional(), path: folder.optional() })
    .refine((v) => (v.backupPath === undefined) !== (v.uploadId === undefined), {
      message: 'name either a backup file or an uploaded backup, not both',
    }),
  'areas/list': none,
  'areas/create': areaCreateInput,
  'areas/update': areaUpdateInput,
  'areas/move': areaMoveInput,
  'areas/delete': byId,
  'evidence/list': evidenceListInput,
  'evidence/get': byId,
  'evidence/create': evidenceCreateInput,
  'evidence/update': evidenceUpdateInput,
  'evidence/delete': byId,
  'evidence/addFile': addFileInput,
  'evidence/removeFile': z.object({ evidenceId: id, fileId: id }),
  'files/stage': stageFileInput,
  'links/set': linkSetInput,
  'links/remove': linkRemoveInput,
} as const;

export interface Outputs {
  'app/state': AppState;
  'library/create': LibraryInfo;
  'library/open': LibraryInfo;
  'library/openExample': LibraryInfo;
  'library/close': AppState;
  'library/update': LibraryInfo;
  'library/check': CheckReport;
  'library/backup': { path: string; files: number; bytes: number };
  'library/restore': LibraryInfo;
  'areas/list': Area[];
  'areas/create': Area;
  'areas/update': Area;
  'areas/move': Area[];
  'areas/delete': { id: string; unlinkedEvidence: number };
  'evidence/list': EvidenceSummary[];
  'evidence/get': Evidence;
  'evidence/create': Evidence;
  'evidence/update': Evidence;
  'evidence/delete': { id: string; filesRemoved: number; filesKept: number };
  'evidence/addFile': Evidence;
  'evidence/removeFile': Evidence;
  'files/stage': { uploadId: string; size: number; sha256: string };
  'links/set': EvidenceLink & { evidenceId: string };
  'links/remove': { evidenceId: string; areaId: string; removed: EvidenceLink };
}

export type Method = keyof typeof inputs;
export type Input<M extends Method> = z.input<(typeof inputs)[M]>;
export type ParsedInput<M extends Method> = z.output<(typeof inputs)[M]>;
export type Output<M extends Method> = Outputs[M];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(inputs, name);

/** Events pushed from the core to the UI (progress of long work, changes made elsewhere). */
export interface AppEvents {
  'library/changed': { reason: string };
  'progress': { task: string; done: number; total: number; label: string };
}
export type EventName = keyof AppEvents;
export interface AppEvent<E extends EventName = EventName> {
  name: E;
  payload: AppEvents[E];
}
