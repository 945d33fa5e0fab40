import { extractFile } from '../extract/index.ts';
import type { WorkerTask } from './protocol.ts';
import { copyToStaging } from './write-staged.ts';

/** What a worker does with each task. */
export function runTask(task: WorkerTask): Promise<unknown> {
  switch (task.type) {
    case 'stage':
      return copyToStaging(task.source, task.stagingDir, task.maxFileBytes, task.uploadId);
    case 'extract':
      return extractFile(task);
    default: {
      const never: never = task;
      return never;
    }
  }
}
