import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import yauzl from 'yauzl';
import { CoreError } from '../errors.ts';
import { newId } from '../ids.ts';
import { fsyncDir } from '../files/fsync.ts';
import { latestVersion } from '../db/migrations/index.ts';
import { newerVersionError } from '../db/migrate.ts';
import { BACKUP_FORMAT, MANIFEST, type BackupManifest } from './backup.ts';
import { DB_FILE, FILES_DIR } from './library.ts';

const notABackup = (why: string) =>
  new CoreError('file-problem', `This file is not a usable Revisit Ready backup (${why}). Nothing was restored.`);

const ENTRY = /^(backup\.json|library\.sqlite|files\/([0-9a-f]{2})\/([0-9a-f]{64}))$/;
const MAX_MANIFEST = 64 * 1024 * 1024;

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(notABackup('it is not a readable zip file')) : resolve(zip),
    ),
  );
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err || !s ? reject(notABackup('an entry cannot be read')) : resolve(s))));
}

async function writeSynced(stream: Readable, path: string, limit: number, hash?: ReturnType<typeof createHash>) {
  let size = 0;
  await pipeline(
    stream,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const c of chunks) {
        size += c.length;
        if (size > limit) throw notABackup('an entry is larger than it says');
        hash?.update(c);
        yield c;
      }
    },
    createWriteStream(path, { flags: 'wx' }),
  );
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
  return size;
}

/** Whose library a backup holds: its local area's name and the name of the person who kept it. */
export interface BackedUpLibrary {
  name: string;
  userName: string;
}

/** Extracts every entry into `work` (which must hold an empty files folder), checking names, sizes and hashes as it goes. */
export async function extractBackup(file: string, work: string): Promise<BackupManifest & { library: BackedUpLibrary | null }> {
  const zip = await openZip(file);
  const seen = new Set<string>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', () => reject(notABackup('the zip file is damaged')));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          const m = ENTRY.exec(entry.fileName);
          if (!m) throw notABackup(`it holds an unexpected entry "${entry.fileName.slice(0, 80)}"`);
          if (seen.has(entry.fileName)) throw notABackup('an entry appears twice');
          seen.add(entry.fileName);
          const stream = await readEntry(zip, entry);
          if (m[3]) {
            mkdirSync(join(work, FILES_DIR, m[2]!), { recursive: true });
            const hash = createHash('sha256');
            await writeSynced(stream, join(work, FILES_DIR, m[2]!, m[3]), entry.uncompressedSize, hash);
            if (hash.digest('hex') !== m[3]) throw notABackup(`stored file ${m[3].slice(0, 12)} is damaged`);
          } else {
            const limit = entry.fileName === MANIFEST ? MAX_MANIFEST : entry.uncompressedSize;
            await writeSynced(stream, join(work, entry.fileName), limit);
          }
          zip.readEntry();
        })().catch(reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  if (!seen.has(MANIFEST) || !seen.has(DB_FILE)) throw notABackup('it lacks the database or its list of contents');
  const { readFileSync } = await import('node:fs');
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(join(work, MANIFEST), 'utf8')) as BackupManifest;
  } catch {
    throw notABackup('its list of contents cannot be read');
  }
  if (manifest.format !== BACKUP_FORMAT) throw notABackup('it was not made by Revisit Ready');
  if (manifest.schemaVersion > latestVersion) throw newerVersionError(manifest.schemaVersion, latestVersion);
  for (const f of manifest.files) {
    if (!seen.has(`files/${f.sha256.slice(0, 2)}/${f.sha256}`)) throw notABackup(`stored file ${f.sha256.slice(0, 12)} is missing from it`);
  }
  rmSync(join(work, MANIFEST));
  const db = new Database(join(work, DB_FILE), { readonly: true });
  let library: BackedUpLibrary | null = null;
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw notABackup('its database is damaged');
    const row = db.prepare('SELECT name, user_name FROM library WHERE id = 1').get() as { name: string; user_name: string } | undefined;
    if (row) library = { name: row.name, userName: row.user_name };
  } catch (e) {
    if (e instanceof CoreError) throw e;
    throw notABackup('its database is damaged');
  } finally {
    db.close();
  }
  return { ...manifest, library };
}

const isEmptyOrMissing = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

const notEmpty = (target: string) =>
  new CoreError('library-exists', `The folder ${target} is not empty. Restore into an empty folder so nothing there is overwritten.`);

/**
 * Restores a backup into an empty (or missing) folder; on any failure nothing is left.
 * The folder is named, or chosen in `parent` once the backup shows whose library it holds.
 */
export async function restoreLibrary(backupFile: string, into: { target: string } | { parent: string; name: (library: BackedUpLibrary | null) => string }) {
  if ('target' in into && !isEmptyOrMissing(into.target)) throw notEmpty(into.target);
  const parent = 'target' in into ? dirname(into.target) : into.parent;
  mkdirSync(parent, { recursive: true });
  const work = join(parent, `.${'target' in into ? basename(into.target) : 'library'}.restoring-${newId()}`);
  mkdirSync(join(work, FILES_DIR), { recursive: true });
  try {
    const manifest = await extractBackup(backupFile, work);
    const target = 'target' in into ? into.target : join(parent, into.name(manifest.library));
    if (!isEmptyOrMissing(target)) throw notEmpty(target);
    if (existsSync(target)) rmdirSync(target);
    renameSync(work, target);
    fsyncDir(parent);
    return { ...manifest, path: target };
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
}
