import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { failures, ImportFailure } from '../failure.ts';
import { newId } from '../../ids.ts';

export interface WrittenFile {
  uploadId: string;
  sha256: string;
  size: number;
}

async function sync(path: string) {
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Copies a file into the staging folder under the upload id the caller chose (so the
 * caller can remove it if this worker is stopped half-way), hashing as it goes, then syncs it.
 */
export async function copyToStaging(source: string, stagingDir: string, maxBytes: number, uploadId: string): Promise<WrittenFile & { mtimeMs: number }> {
  let stat;
  try {
    stat = statSync(source);
  } catch (e) {
    throw new ImportFailure((e as NodeJS.ErrnoException).code === 'ENOENT' ? failures.missing(source) : failures.unreadable());
  }
  if (stat.size > maxBytes) throw new ImportFailure(failures.tooLarge(stat.size, maxBytes));
  const target = join(stagingDir, uploadId);
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      createReadStream(source),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          size += chunk.length;
          if (size > maxBytes) throw new ImportFailure(failures.tooLarge(size, maxBytes));
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(target, { flags: 'wx' }),
    );
    await sync(target);
  } catch (e) {
    rmSync(target, { force: true });
    if (e instanceof ImportFailure) throw e;
    throw new ImportFailure(failures.unreadable());
  }
  return { uploadId, sha256: hash.digest('hex'), size, mtimeMs: stat.mtimeMs };
}

/** Writes bytes (an email attachment) into the staging folder, synced. */
export async function writeToStaging(bytes: Uint8Array, stagingDir: string): Promise<WrittenFile> {
  const uploadId = newId(16);
  const target = join(stagingDir, uploadId);
  const fh = await open(target, 'wx');
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } catch (e) {
    await fh.close();
    rmSync(target, { force: true });
    throw e;
  }
  await fh.close();
  return { uploadId, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}
