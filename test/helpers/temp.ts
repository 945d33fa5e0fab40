import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  // A test app's import worker may still be making its code cache folder in the data folder
  // (a file attached just before the test ended, read in the background): retry on ENOTEMPTY
  // rather than fail the test that just passed.
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'revisit-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
