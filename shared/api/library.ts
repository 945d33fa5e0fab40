import { z } from 'zod';
import { id } from '../schemas/common.ts';
import { libraryDetailsInput, libraryUpdateInput, type AppState, type CheckReport, type LibraryInfo } from '../schemas/library.ts';
import { folder, none } from './common.ts';

export const libraryInputs = {
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
} as const;

export type LibraryInputs = typeof libraryInputs;

export interface LibraryOutputs {
  'app/state': AppState;
  'library/create': LibraryInfo;
  'library/open': LibraryInfo;
  'library/openExample': LibraryInfo;
  'library/close': AppState;
  'library/update': LibraryInfo;
  'library/check': CheckReport;
  'library/backup': { path: string; files: number; bytes: number };
  'library/restore': LibraryInfo;
}
