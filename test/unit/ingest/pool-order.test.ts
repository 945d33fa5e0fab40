// The worker pool starts queued tasks lowest `order` first, so an import finishes the files it
// already holds (earliest first) before a later file's task takes the worker.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../main/core/ingest/limits.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import { WorkerPool } from '../../../main/core/ingest/pool.ts';
import { defaultIngestOptions } from '../../../main/core/ingest/service.ts';
import { tempDir } from '../../helpers/temp.ts';

const pools: WorkerPool[] = [];
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close();
});

function onePool() {
  const pool = new WorkerPool({ size: 1, workerUrl: defaultIngestOptions().workerUrl, heapMb: 256, idleMs: 60_000, logger: silentLogger });
  pools.push(pool);
  return pool;
}

describe('the worker pool', () => {
  it('starts the queued task with the lowest order first, and otherwise in the order they came', async () => {
    const dir = tempDir();
    const pool = onePool();
    const finished: string[] = [];
    const read = (name: string, order?: number) => {
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, name);
      return pool
        .run({ type: 'extract', path, name: `${name}.txt`, limits: defaultLimits, stagingDir: dir }, { timeoutMs: 60_000, tag: 't', ...(order === undefined ? {} : { order }) })
        .then(() => finished.push(name));
    };
    // The first task takes the only worker; the rest wait in the queue.
    await Promise.all([read('busy', 0), read('fifth', 50), read('second', 10), read('fourth', 30), read('third', 20)]);
    expect(finished).toEqual(['busy', 'second', 'third', 'fourth', 'fifth']);

    const unordered: Promise<number>[] = [];
    for (const name of ['a', 'b', 'c']) unordered.push(read(name));
    await Promise.all(unordered);
    expect(finished.slice(5)).toEqual(['a', 'b', 'c']);
  });
});
