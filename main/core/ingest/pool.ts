import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.ts';
import type { TaskOutput, TaskReply, WorkerTask } from './worker/protocol.ts';

/**
 * The readers make a great deal of short-lived garbage (Word and spreadsheet XML, email
 * parts). Measured when PDFs were still read with pdf.js (arrays for every glyph): on the
 * import benchmark a 24 MB young generation took about 5-10% less CPU than 12 MB, for about
 * 20 MB more peak memory; 48 MB was no faster and cost about 50 MB more.
 */
const YOUNG_GENERATION_MB = 24;

export class TaskTimeout extends Error {
  override readonly name = 'TaskTimeout';
}
export class TaskCancelled extends Error {
  override readonly name = 'TaskCancelled';
}
/** The worker died (out of memory, or a crash in a parser); `failure` is set when a sentence was sent. */
export class TaskFailed extends Error {
  override readonly name = 'TaskFailed';
  readonly failure: string | null;
  readonly outOfMemory: boolean;
  constructor(message: string, failure: string | null, outOfMemory = false) {
    super(message);
    this.failure = failure;
    this.outOfMemory = outOfMemory;
  }
}

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  heapMb: number;
  /** An idle worker is stopped after this long. */
  idleMs: number;
  logger: Logger;
  /** Where worker threads keep their compiled code between runs (see code-cache.ts). */
  codeCacheDir?: string | null;
}

interface Pending {
  id: number;
  order: number;
  task: WorkerTask;
  tag: string;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

/**
 * A fixed number of worker threads reading files one task each. A task that runs past
 * its time limit has its worker terminated (a parser stuck in a loop cannot be
 * interrupted any other way) and a fresh worker takes the next task.
 */
export class WorkerPool {
  private readonly options: PoolOptions;
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: PoolOptions) {
    this.options = options;
  }

  get size() {
    return this.options.size;
  }

  /** Runs a task; queued tasks start lowest `order` first (by default, in the order they came). */
  run<T extends WorkerTask>(task: T, opts: { timeoutMs: number; tag: string; order?: number }): Promise<TaskOutput<T>> {
    if (this.closed) return Promise.reject(new TaskCancelled('The pool is closed.'));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, order: opts.order ?? id, task, tag: opts.tag, timeoutMs: opts.timeoutMs, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /** Drops queued tasks with this tag and stops the workers running them. */
  cancel(tag: string) {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const p = this.queue[i]!;
      if (p.tag === tag) {
        this.queue.splice(i, 1);
        p.reject(new TaskCancelled('Cancelled.'));
      }
    }
    for (const slot of [...this.slots]) {
      if (slot.current?.tag === tag) this.retire(slot, new TaskCancelled('Cancelled.'));
    }
  }

  async close() {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new TaskCancelled('The pool is closed.'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new TaskCancelled('The pool is closed.'))));
  }

  private pump() {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.current === null) ?? (this.slots.size < this.options.size ? this.spawn() : null);
      if (!slot) return;
      let first = 0;
      for (let i = 1; i < this.queue.length; i++) if (this.queue[i]!.order < this.queue[first]!.order) first = i;
      this.assign(slot, this.queue.splice(first, 1)[0]!);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: true,
      stderr: true,
      workerData: { codeCacheDir: this.options.codeCacheDir ?? null },
    });
    const slot: Slot = { worker, current: null, timer: null };
    const log = (chunk: Buffer) => this.options.logger.info('worker output', { text: chunk.toString('utf8').slice(0, 2000) });
    worker.stdout.on('data', log);
    worker.stderr.on('data', log);
    worker.on('message', (reply: TaskReply) => this.settle(slot, reply));
    worker.on('error', (e: Error & { code?: string }) => {
      const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.retire(slot, new TaskFailed(e.message, null, oom));
    });
    worker.on('exit', () => {
      if (this.slots.has(slot)) this.retire(slot, new TaskFailed('The worker stopped.', null));
    });
    this.slots.add(slot);
    return slot;
  }

  private assign(slot: Slot, p: Pending) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = p;
    slot.worker.ref();
    slot.timer = setTimeout(() => this.retire(slot, new TaskTimeout(`Took longer than ${p.timeoutMs} ms.`)), p.timeoutMs);
    slot.worker.postMessage({ id: p.id, task: p.task });
  }

  private settle(slot: Slot, reply: TaskReply) {
    const p = slot.current;
    if (!p || p.id !== reply.id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = null;
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new TaskFailed(reply.detail, reply.failure));
    this.idle(slot);
    this.pump();
  }

  private idle(slot: Slot) {
    if (slot.current) return;
    slot.worker.unref();
    slot.timer = setTimeout(() => void this.retire(slot, null), this.options.idleMs);
    slot.timer.unref();
  }

  /** Stops a worker; its task (if any) fails with `reason`; queued work moves to a fresh worker. */
  private retire(slot: Slot, reason: Error | null): Promise<number> {
    if (!this.slots.has(slot)) return Promise.resolve(0);
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    const p = slot.current;
    slot.current = null;
    if (p) p.reject(reason ?? new TaskCancelled('Stopped.'));
    const stopped = slot.worker.terminate();
    if (!this.closed) this.pump();
    return stopped;
  }
}
