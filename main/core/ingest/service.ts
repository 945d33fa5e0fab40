import { availableParallelism } from 'node:os';
import type { z } from 'zod';
import type { importInput } from '../../../shared/schemas/ingest.ts';
import { CoreError } from '../errors.ts';
import { codeCacheFolder } from '../paths.ts';
import type { Session } from '../session.ts';
import { failures } from './failure.ts';
import { ImportJob } from './job.ts';
import { defaultLimits, type IngestLimits } from './limits.ts';
import { WorkerPool } from './pool.ts';
import { expandSources } from './sources.ts';

export interface IngestOptions {
  limits: IngestLimits;
  /** Worker threads reading files; by default one per core, at most four. */
  poolSize: number;
  /** The worker script (tests substitute one that misbehaves). */
  workerUrl: URL;
  idleMs: number;
}

export const defaultIngestOptions = (): IngestOptions => ({
  limits: defaultLimits,
  poolSize: Math.max(1, Math.min(4, availableParallelism())),
  workerUrl: new URL('./worker/extract-worker.ts', import.meta.url),
  idleMs: 15_000,
});

const KEEP_FINISHED_JOBS = 20;

/** A session's imports: its worker pool and its jobs. */
export class IngestService {
  readonly options: IngestOptions;
  private poolInstance: WorkerPool | null = null;
  private readonly jobs = new Map<string, ImportJob>();
  private readonly session: Session;

  constructor(session: Session, options: IngestOptions) {
    this.session = session;
    this.options = options;
  }

  get pool(): WorkerPool {
    this.poolInstance ??= new WorkerPool({
      size: this.options.poolSize,
      workerUrl: this.options.workerUrl,
      heapMb: this.options.limits.workerHeapMb,
      idleMs: this.options.idleMs,
      logger: this.session.env.logger,
      codeCacheDir: codeCacheFolder(this.session.env.dataRoot),
    });
    return this.poolInstance;
  }

  /** Checks the request, lists the files, and makes the job (not yet running). */
  async createJob(input: z.output<typeof importInput>): Promise<ImportJob> {
    const s = this.session;
    const lib = s.requireLibrary();
    if (input.kind !== 'document') throw new CoreError('invalid-input', failures.notAvailable(input.kind === 'data' ? 'data series' : 'feedback'));
    const known = new Set((lib.db.prepare('SELECT id FROM area').all() as { id: string }[]).map((a) => a.id));
    if (input.areaIds.some((id) => !known.has(id))) throw new CoreError('not-found', 'One of the chosen areas of concern could not be found. It may have been deleted.');
    const units = await expandSources(input.sources);
    const details = s.info().details;
    const job = new ImportJob({ session: s, lib, pool: this.pool, limits: this.options.limits, input, partners: details.partners, addedBy: details.userName }, units);
    this.jobs.set(job.id, job);
    this.prune();
    return job;
  }

  job(jobId: string): ImportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new CoreError('not-found', 'That import could not be found. It may have finished a while ago.');
    return job;
  }

  private prune() {
    const finished = [...this.jobs.values()].filter((j) => j.state().state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_JOBS))) this.jobs.delete(j.id);
  }

  async close() {
    for (const j of this.jobs.values()) j.cancel();
    await this.poolInstance?.close();
    this.poolInstance = null;
  }
}

const services = new WeakMap<Session, IngestService>();

export function ingestFor(session: Session): IngestService {
  let service = services.get(session);
  if (!service) {
    const options = defaultIngestOptions();
    service = new IngestService(session, { ...options, workerUrl: session.env.extractWorkerUrl ?? options.workerUrl });
    services.set(session, service);
  }
  return service;
}

/** Stops a session's imports and worker threads, if it ever started any. */
export async function closeIngestFor(session: Session): Promise<void> {
  await services.get(session)?.close();
  services.delete(session);
}

/** Replaces a session's import settings (tests: small limits, a misbehaving worker). */
export function configureIngest(session: Session, options: Partial<Omit<IngestOptions, 'limits'>> & { limits?: Partial<IngestLimits> }): IngestService {
  const base = defaultIngestOptions();
  const service = new IngestService(session, { ...base, ...options, limits: { ...base.limits, ...options.limits } });
  const old = services.get(session);
  if (old) void old.close();
  services.set(session, service);
  return service;
}
