import type { Extracted, ExtractTask } from '../extract/types.ts';
import type { WrittenFile } from './write-staged.ts';

/** Copy a file into staging (hashing it), or read a staged file's text. */
export type WorkerTask =
  | { type: 'stage'; source: string; stagingDir: string; maxFileBytes: number; uploadId: string }
  | ({ type: 'extract' } & ExtractTask);

export type TaskOutput<T extends WorkerTask> = T extends { type: 'stage' } ? WrittenFile & { mtimeMs: number } : Extracted;

export interface TaskRequest {
  id: number;
  task: WorkerTask;
}

/** `failure` carries the sentence for the results list; any other error is unexpected. */
export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: string | null; detail: string };
