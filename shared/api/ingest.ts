import type { ImportJobState, IngestDetails } from '../schemas/ingest.ts';
import { evidenceIdInput, importInput, jobIdInput } from '../schemas/ingest.ts';

export const ingestInputs = {
  /** Starts importing in the background; follow 'ingest/progress', 'ingest/file' and 'ingest/done'. */
  'ingest/start': importInput,
  /** Imports and answers when every file is done (the command line, scripts, tests). */
  'ingest/run': importInput,
  /** Stops a job: files already imported stay; nothing is left half-imported. */
  'ingest/cancel': jobIdInput,
  /** A job's state and results so far (e.g. after the window reloads). */
  'ingest/status': jobIdInput,
  /** What was read from an item's files, and its email/attachment relations. */
  'ingest/details': evidenceIdInput,
} as const;

export type IngestInputs = typeof ingestInputs;

export interface IngestOutputs {
  'ingest/start': { jobId: string; total: number };
  'ingest/run': ImportJobState;
  'ingest/cancel': { jobId: string; cancelled: boolean };
  'ingest/status': ImportJobState;
  'ingest/details': IngestDetails;
}
