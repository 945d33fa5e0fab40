/**
 * What the backup dialogs suggest. The core's `library/backup` writes one file at the
 * path given (CLI.md: "one-file backup"); the extension here is a suggestion only and
 * should match whatever the core writes.
 */
export const BACKUP_EXTENSION = 'revisit-backup';

export const BACKUP_FILTERS = [{ name: 'Revisit Ready backup', extensions: [BACKUP_EXTENSION] }];

/** e.g. "Revisit Ready backup 2026-11-22.revisit-backup" (local date). */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `Revisit Ready backup ${day}.${BACKUP_EXTENSION}`;
}
