/**
 * Packs being written, by the job id the caller chose: export/cancel stops one. A write
 * checks its signal at each step and file boundary; the zip stream also stops at once.
 */
import { CoreError } from '../errors.ts';
import type { Session } from '../session.ts';

const running = new WeakMap<Session, Map<string, AbortController>>();

export const cancelledError = () => new CoreError('cancelled', 'The export was cancelled; no pack was written.');

/** Throws the 'cancelled' error if the signal says the export should stop. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

/** Registers a write under its job id until `end` is called. */
export function startJob(s: Session, jobId: string): { signal: AbortSignal; end: () => void } {
  let jobs = running.get(s);
  if (!jobs) running.set(s, (jobs = new Map()));
  if (jobs.has(jobId)) throw new CoreError('conflict', 'A pack is already being written under that job id. Wait for it to finish, or cancel it.');
  const controller = new AbortController();
  jobs.set(jobId, controller);
  return { signal: controller.signal, end: () => jobs.delete(jobId) };
}

/** Tells a running write to stop; false if no write with that id is running (or it was already told). */
export function cancelJob(s: Session, jobId: string): boolean {
  const controller = running.get(s)?.get(jobId);
  if (!controller || controller.signal.aborted) return false;
  controller.abort();
  return true;
}
