import { z } from 'zod';
import { id } from '../schemas/common.ts';
import { libraryDetailsInput, libraryUpdateInput, type AppState, type CheckReport, type LibraryInfo } from '../schemas/library.ts';
import { folder, none } from './common.ts';

export const libraryInputs = {
  'app/state': none,
  'library/create': libraryDetailsInput.extend({ path: folder.optional() }),
  'library/open': z.object({ path: folder }),
  /**
   * Opens the example library's copy as the user left it, building it first if there is
   * none; `startAgain` throws the copy away and builds it afresh from what shipped.
   */
  'library/openExample': z.object({ startAgain: z.boolean({ message: 'must be true or false' }).default(false) }).strict(),
  /** Whether there is a copy of the example library (with whatever the user did in it). */
  'library/exampleState': none,
  'library/close': none,
  'library/update': libraryUpdateInput,
  'library/check': none,
  'library/backup': z.object({ path: folder.optional() }),
  'library/restore': z
    .object({ backupPath: folder.optional(), uploadId: id.optional(), path: folder.optional() })
    .refine((v) => (v.backupPath === undefined) !== (v.uploadId === undefined), {
      message: 'name either a backup file or an uploaded backup, not both',
    }),
  /** Adds the evidence in a colleague's backup (a file on this computer, or uploaded) to the library open now. */
  'library/merge': z
    .object({ backupPath: folder.optional(), uploadId: id.optional() })
    .refine((v) => (v.backupPath === undefined) !== (v.uploadId === undefined), {
      message: 'name either a backup file or an uploaded backup, not both',
    }),
  /** Takes back what one 'library/merge' added (its report's `undo`): the items, and the links and excerpts it gave items already here. */
  'library/undoMerge': z.object({
    items: z.array(id).max(100_000, { message: 'lists too many items' }),
    links: z.array(z.object({ evidenceId: id, areaId: id })).max(100_000, { message: 'lists too many links' }),
    excerpts: z.array(id).max(100_000, { message: 'lists too many excerpts' }),
  }),
} as const;

export type LibraryInputs = typeof libraryInputs;

/** What one merge added, so it can be taken back. */
export interface MergeUndo {
  items: string[];
  links: { evidenceId: string; areaId: string }[];
  excerpts: string[];
}

/** What adding a colleague's backup did. */
export interface MergeReport {
  /** Items new to this library. */
  added: { id: string; title: string }[];
  /** Items already here (the same files; with none, the same title, kind and date): their links were added to the item here. */
  duplicates: { id: string; title: string; linksAdded: number }[];
  linksAdded: number;
  /** Area codes the backup links to that this library does not have (those links were left out). */
  missingAreas: string[];
  /** The backup's own assessment, which stays with its owner. */
  leftOut: { findings: number; actions: number; judgements: number };
  /** What to pass to 'library/undoMerge' to take it back. */
  undo: MergeUndo;
}

export interface LibraryOutputs {
  'app/state': AppState;
  'library/create': LibraryInfo;
  'library/open': LibraryInfo;
  'library/openExample': LibraryInfo;
  'library/exampleState': { copyExists: boolean };
  'library/close': AppState;
  'library/update': LibraryInfo;
  'library/check': CheckReport;
  'library/backup': { path: string; files: number; bytes: number };
  'library/restore': LibraryInfo;
  'library/merge': MergeReport;
  'library/undoMerge': { items: number; links: number; excerpts: number };
}
