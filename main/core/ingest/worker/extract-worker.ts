// The worker thread that hashes files and reads their text, off the thread that answers the UI.
import { workerData } from 'node:worker_threads';
import { useCodeCache } from '../../code-cache.ts';

const codeCacheDir = (workerData as { codeCacheDir?: unknown } | null)?.codeCacheDir;
if (typeof codeCacheDir === 'string') useCodeCache(codeCacheDir);

// Loaded after the code cache is on, so their compiled code is kept. (No top-level await:
// the Electron build bundles this file as CommonJS.)
void Promise.all([import('./run-task.ts'), import('./serve.ts')]).then(([{ runTask }, { serveTasks }]) => serveTasks(runTask));
