import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportsFolder } from '../paths.ts';

/** "Brackenford evidence pack 2026-11-22.zip": safe on every file system (cf. backupFileName). */
export function exportFileName(localArea: string, date: string, format: string): string {
  const safe = localArea.replace(/[^A-Za-z0-9 ._-]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 80).trim() || 'Library';
  return `${safe} evidence pack ${date}.${format}`;
}

/**
 * Where a pack goes when the caller names no path: the Exports folder beside the library,
 * numbered " (2)", " (3)"… so an earlier pack of the same day is never overwritten.
 */
export function defaultExportPath(dataRoot: string, localArea: string, date: string, format: string): string {
  const first = join(exportsFolder(dataRoot), exportFileName(localArea, date, format));
  let path = first;
  for (let n = 2; existsSync(path); n++) path = first.replace(new RegExp(`\\.${format}$`), ` (${n}).${format}`);
  return path;
}
