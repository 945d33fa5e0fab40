import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Syncs a directory so a rename inside it survives a power cut (no-op where unsupported). */
export function fsyncDir(dir: string) {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open directories for syncing; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
