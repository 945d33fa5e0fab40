import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, createReadStream, createWriteStream, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CoreError } from '../errors.ts';
import { newId } from '../ids.ts';
import { fsyncDir } from './fsync.ts';

export interface Staged {
  uploadId: string;
  sha256: string;
  size: number;
}

/** The largest single file the library accepts (a guard against filling the disk). */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;

const SHA = /^[0-9a-f]{64}$/;

/**
 * Content-addressed file store beside the database. A file is written under a
 * temporary name in `.staging`, synced, then renamed to `<aa>/<sha256>`; only then may
 * a row point at it.
 */
export class BlobStore {
  readonly root: string;
  readonly staging: Staging;

  constructor(root: string) {
    this.root = root;
    this.staging = new Staging(join(root, '.staging'));
  }

  pathFor(sha256: string): string {
    if (!SHA.test(sha256)) throw new CoreError('invalid-input', 'That is not a stored file reference.');
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  has(sha256: string) {
    return existsSync(this.pathFor(sha256));
  }

  /** Moves a staged file to its final name. Returns whether the content was new. */
  commit(uploadId: string, from: Staging = this.staging): Staged & { isNew: boolean } {
    const { tmp, ...staged } = from.take(uploadId);
    const final = this.pathFor(staged.sha256);
    if (existsSync(final)) {
      rmSync(tmp, { force: true });
      return { ...staged, isNew: false };
    }
    const dir = join(this.root, staged.sha256.slice(0, 2));
    mkdirSync(dir, { recursive: true });
    moveFile(tmp, final);
    fsyncDir(dir);
    return { ...staged, isNew: true };
  }

  remove(sha256: string) {
    rmSync(this.pathFor(sha256), { force: true });
  }

  /** Re-hashes a stored file; returns its actual SHA-256, or null if it is missing. */
  async rehash(sha256: string): Promise<string | null> {
    const path = this.pathFor(sha256);
    if (!existsSync(path)) return null;
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  /** Every file in the store (not staging), by name. */
  listStored(): string[] {
    const out: string[] = [];
    for (const dir of readdirSync(this.root)) {
      if (dir === '.staging') continue;
      const full = join(this.root, dir);
      if (!statSync(full).isDirectory()) continue;
      for (const name of readdirSync(full)) out.push(name);
    }
    return out;
  }

}

/** Renames, or copies and syncs when the two paths are on different disks. */
function moveFile(from: string, to: string) {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    const partial = `${to}.partial`;
    copyFileSync(from, partial);
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, to);
    rmSync(from, { force: true });
  }
}

/** Uploads written under temporary names, synced, waiting to be committed or discarded. */
export class Staging {
  readonly dir: string;
  private readonly staged = new Map<string, Staged>();

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** Writes bytes or a stream to a synced temporary file, hashing as it goes. */
  async stage(source: Uint8Array | AsyncIterable<Uint8Array> | NodeJS.ReadableStream, limit = MAX_FILE_BYTES): Promise<Staged> {
    const uploadId = newId(16);
    const tmp = join(this.dir, uploadId);
    const hash = createHash('sha256');
    let size = 0;
    const input = source instanceof Uint8Array ? Readable.from([source]) : Readable.from(source as AsyncIterable<Uint8Array>);
    try {
      await pipeline(
        input,
        async function* (chunks: AsyncIterable<Buffer | Uint8Array>) {
          for await (const chunk of chunks) {
            size += chunk.length;
            if (size > limit) throw new CoreError('file-problem', `The file is larger than ${Math.round(limit / 1024 ** 2)} MB, which is the most a library accepts.`);
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(tmp, { flags: 'wx' }),
      );
      const fh = await open(tmp, 'r+');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    const staged = { uploadId, sha256: hash.digest('hex'), size };
    this.staged.set(uploadId, staged);
    return staged;
  }

  stageFile(path: string) {
    return this.stage(createReadStream(path));
  }

  has(uploadId: string) {
    return this.staged.has(uploadId);
  }

  /** A staged upload's hash and size, if it is here. */
  get(uploadId: string): Staged | undefined {
    return this.staged.get(uploadId);
  }

  /** Where a staged upload's bytes are, for reading them (e.g. in a worker thread). */
  pathOf(uploadId: string): string {
    if (!this.staged.has(uploadId)) throw new CoreError('not-found', 'That upload could not be found. Choose the file again.');
    return join(this.dir, uploadId);
  }

  /** Takes charge of a file another thread wrote and synced into this folder under `uploadId`. */
  adopt(staged: Staged) {
    if (!/^[A-Za-z0-9]+$/.test(staged.uploadId)) throw new CoreError('invalid-input', 'That is not an upload reference.');
    this.staged.set(staged.uploadId, { uploadId: staged.uploadId, sha256: staged.sha256, size: staged.size });
  }

  /** Hands over a staged file; the caller moves or deletes it. */
  take(uploadId: string): Staged & { tmp: string } {
    const staged = this.staged.get(uploadId);
    if (!staged) throw new CoreError('not-found', 'That upload could not be found. Choose the file again.');
    this.staged.delete(uploadId);
    return { ...staged, tmp: join(this.dir, uploadId) };
  }

  discard(uploadId: string) {
    this.staged.delete(uploadId);
    rmSync(join(this.dir, uploadId), { force: true });
  }

  /** Removes leftovers of uploads that never finished (e.g. after a crash). */
  clear() {
    for (const name of readdirSync(this.dir)) {
      if (!this.staged.has(name)) rmSync(join(this.dir, name), { force: true, recursive: true });
    }
  }
}
