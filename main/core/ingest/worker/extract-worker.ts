// The worker thread that hashes files and reads their text, off the thread that answers the UI.
import { runTask } from './run-task.ts';
import { serveTasks } from './serve.ts';

serveTasks(runTask);
