/**
 * The API every host carries: method name → input schema (parsed from unknown at the
 * boundary) and output type. IPC, HTTP and the CLI all go through one dispatcher.
 * Each feature declares its methods in shared/api/<feature>.ts; they meet here.
 */
import type { z } from 'zod';
import type { ImportJobState, ImportResult } from './schemas/ingest.ts';
import { actionInputs, type ActionOutputs } from './api/actions.ts';
import { areaInputs, type AreaOutputs } from './api/areas.ts';
import { assessmentInputs, type AssessmentOutputs } from './api/assessment.ts';
import { excerptInputs, type ExcerptOutputs } from './api/excerpts.ts';
import { readinessInputs, type ReadinessOutputs } from './api/readiness.ts';
import { evidenceInputs, type EvidenceOutputs } from './api/evidence.ts';
import { ingestInputs, type IngestOutputs } from './api/ingest.ts';
import { searchInputs, type SearchOutputs } from './api/search.ts';
import { libraryInputs, type LibraryOutputs } from './api/library.ts';
import { exportInputs, type ExportOutputs } from './api/export.ts';
import { seriesInputs, type SeriesOutputs } from './api/series.ts';
import { feedbackInputs, type FeedbackOutputs } from './api/feedback.ts';

export const inputs = {
  ...libraryInputs,
  ...areaInputs,
  ...evidenceInputs,
  ...actionInputs,
  ...assessmentInputs,
  ...excerptInputs,
  ...readinessInputs,
  ...ingestInputs,
  ...searchInputs,
  ...exportInputs,
  ...seriesInputs,
  ...feedbackInputs,
} as const;

export interface Outputs extends LibraryOutputs, AreaOutputs, EvidenceOutputs, ActionOutputs, AssessmentOutputs, ExcerptOutputs, ReadinessOutputs, IngestOutputs, SearchOutputs, ExportOutputs, SeriesOutputs, FeedbackOutputs {}

export type Method = keyof typeof inputs;
export type Input<M extends Method> = z.input<(typeof inputs)[M]>;
export type ParsedInput<M extends Method> = z.output<(typeof inputs)[M]>;
export type Output<M extends Method> = Outputs[M];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(inputs, name);

/** Events pushed from the core to the UI (progress of long work, changes made elsewhere). */
export interface AppEvents {
  'library/changed': { reason: string };
  progress: { task: string; done: number; total: number; label: string };
  /** An import moved on: counts so far and the files being read now. */
  'ingest/progress': Omit<ImportJobState, 'state' | 'results'>;
  /** One file of an import finished (imported, duplicate, failed or cancelled). */
  'ingest/file': { jobId: string; result: ImportResult };
  /** An import finished or was cancelled; every file's result. */
  'ingest/done': ImportJobState;
  /** A pack being written moved on: exhibit files done of total; label says what is happening now. */
  'export/progress': { jobId: string; done: number; total: number; label: string };
}
export type EventName = keyof AppEvents;
export interface AppEvent<E extends EventName = EventName> {
  name: E;
  payload: AppEvents[E];
}
