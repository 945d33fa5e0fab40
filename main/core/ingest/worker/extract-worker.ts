// The worker thread that hashes files and reads their text, off the thread that answers the UI.
import { workerData } from 'node:worker_threads';
import { useCodeCache } from '../../code-cache.ts';

const codeCacheDir = (workerData as { codeCacheDir?: unknown } | null)?.codeCacheDir;
if (typeof codeCacheDir === 'string') useCodeCache(codeCacheDir);

// pdf.js inflates each compressed stream through the global DecompressionStream when there
// is one. In Node that is a web stream over zlib on the thread pool: for the many small
// streams of a PDF (a page's content is a few kB) its overhead costs more than the
// inflating, and measured about a third of all the CPU time spent reading a PDF. Without
// it, pdf.js inflates synchronously with its own decoder. Only this thread is affected.
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;

// Loaded after the code cache is on, so their compiled code is kept. (No top-level await:
// the Electron build bundles this file as CommonJS.)
void Promise.all([import('./run-task.ts'), import('./serve.ts')]).then(([{ runTask }, { serveTasks }]) => serveTasks(runTask));
