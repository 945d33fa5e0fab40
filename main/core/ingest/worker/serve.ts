import { parentPort } from 'node:worker_threads';
import { ImportFailure } from '../failure.ts';
import type { TaskReply, TaskRequest, WorkerTask } from './protocol.ts';

/** Answers tasks from the pool, one at a time, with `run`. */
export function serveTasks(run: (task: WorkerTask) => Promise<unknown>) {
  const port = parentPort;
  if (!port) throw new Error('This module runs only inside a worker thread.');
  port.on('message', async ({ id, task }: TaskRequest) => {
    let reply: TaskReply;
    try {
      reply = { id, ok: true, value: await run(task) };
    } catch (e) {
      const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
      reply = { id, ok: false, failure: e instanceof ImportFailure ? e.message : null, detail };
    }
    port.postMessage(reply);
  });
}
