import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import { CoreError } from '../errors.ts';
import { newId } from '../ids.ts';
import { fsyncDir } from '../files/fsync.ts';
import { DB_FILE, type Library } from './library.ts';

export const BACKUP_FORMAT = 'revisit-ready-backup';
export const MANIFEST = 'backup.json';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: 1;
  schemaVersion: number;
  createdAt: string;
  files: { sha256: string; size: number }[];
}

/**
 * One file (a zip) holding a consistent copy of the database (SQLite online backup)
 * and every stored file it points at. Written under a temporary name, synced, renamed.
 */
export async function backupLibrary(lib: Library, target: string, now: Date) {
  mkdirSync(dirname(target), { recursive: true });
  const work = join(dirname(target), `.${basename(target)}.${newId()}`);
  const dbCopy = `${work}.sqlite`;
  const partial = `${work}.partial`;
  try {
    await lib.db.backup(dbCopy);
    const copy = new Database(dbCopy, { readonly: true });
    let files: { sha256: string; size: number }[];
    let schemaVersion: number;
    try {
      files = copy.prepare('SELECT sha256, size FROM blob ORDER BY sha256').all() as typeof files;
      schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    } finally {
      copy.close();
    }
    const manifest: BackupManifest = { format: BACKUP_FORMAT, version: 1, schemaVersion, createdAt: now.toISOString(), files };
    const zip = new yazl.ZipFile();
    const mtime = now;
    zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST, { mtime });
    zip.addFile(dbCopy, DB_FILE, { mtime });
    let bytes = 0;
    for (const f of files) {
      const path = lib.store.pathFor(f.sha256);
      if (!existsSync(path))
        throw new CoreError('file-problem', `A stored file (${f.sha256.slice(0, 12)}) is missing, so the backup was not made. Run "Check library" to see which item it belongs to.`);
      zip.addFile(path, `files/${f.sha256.slice(0, 2)}/${f.sha256}`, { mtime, compress: false });
      bytes += f.size;
    }
    zip.end();
    await pipeline(zip.outputStream, createWriteStream(partial));
    const fh = await open(partial, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    renameSync(partial, target);
    fsyncDir(dirname(target));
    return { path: target, files: files.length, bytes };
  } finally {
    rmSync(dbCopy, { force: true });
    rmSync(partial, { force: true });
  }
}

/** "Thornbury Vale 2026-11-22 1405.revisit-backup": safe on every file system. */
/** Words safe in a file or folder name on any system: letters, digits, spaces and . _ - only. */
export const nameSafe = (text: string, fallback: string) => text.replace(/[^A-Za-z0-9 ._-]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 80) || fallback;

/** "2024-07-03 0900": a minute, as file names carry it. */
export const fileStamp = (now: Date) => now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '');

export function backupFileName(libraryName: string, now: Date) {
  return `${nameSafe(libraryName, 'Library')} ${fileStamp(now)}.revisit-backup`;
}
