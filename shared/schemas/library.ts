import { z } from 'zod';
import { isoDate, line, longText } from './common.ts';

export const libraryDetailsInput = z.object({
  name: line(200),
  partners: z.array(line(200)).max(50, { message: 'must list at most 50 organisations' }).default([]),
  initialInspectionDate: isoDate.nullable().default(null),
  wsoaFitDate: isoDate.nullable().default(null),
  revisitWindowStart: isoDate.nullable().default(null),
  revisitWindowEnd: isoDate.nullable().default(null),
  userName: longText(200).default(''),
});
export type LibraryDetailsInput = z.input<typeof libraryDetailsInput>;

export const libraryUpdateInput = libraryDetailsInput.partial();

export interface LibraryDetails {
  name: string;
  partners: string[];
  initialInspectionDate: string | null;
  wsoaFitDate: string | null;
  revisitWindowStart: string | null;
  revisitWindowEnd: string | null;
  userName: string;
}

export interface LibraryInfo {
  path: string;
  schemaVersion: number;
  isExample: boolean;
  /**
   * For the example library only: the day its story is set (its newest evidence date), so
   * readiness can be judged as at then rather than years later. Null for every other library.
   */
  exampleDate: string | null;
  details: LibraryDetails;
}

export interface AppState {
  library: LibraryInfo | null;
  /** Where a new library is created when the user does not choose. */
  defaultLibraryPath: string;
  /** True when a library already exists at the default path. */
  defaultLibraryExists: boolean;
  /** Why the last library could not be opened, if it could not. */
  openError: { code: string; message: string } | null;
  /** Libraries opened lately on this computer, newest first (not the example's copy). */
  recentLibraries: RecentLibrary[];
}

export interface RecentLibrary {
  path: string;
  name: string;
  /** When it was last opened (ISO date and time). */
  openedAt: string;
}

export interface CheckReport {
  ok: boolean;
  problems: string[];
  filesChecked: number;
}
