// The worker thread that hashes files and reads their text, off the thread that answers the UI.
import { runTask } from './run-task.ts';
import { serveTasks } from './serve.ts';

// pdf.js inflates each compressed stream through the global DecompressionStream when there
// is one. In Node that is a web stream over zlib on the thread pool: for the many small
// streams of a PDF (a page's content is a few kB) its overhead costs more than the
// inflating, and measured about a third of all the CPU time spent reading a PDF. Without
// it, pdf.js inflates synchronously with its own decoder. Only this thread is affected.
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;

serveTasks(runTask);
