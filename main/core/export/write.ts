import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncDir } from '../files/fsync.ts';
import { newId } from '../ids.ts';

/**
 * Writes a stream to `target` under a temporary name, syncs it and renames it; on any
 * failure (including one reported through `fail`, or thrown by `beforeRename`, e.g. a cancel
 * that came too late to stop the stream) leaves nothing behind.
 */
export async function writeAtomically(
  target: string,
  produce: (fail: (e: unknown) => void) => NodeJS.ReadableStream | string,
  beforeRename?: () => void,
): Promise<void> {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `.${basename(target)}.${newId()}.partial`);
  let reject!: (e: unknown) => void;
  const failed = new Promise<never>((_, r) => (reject = r));
  const out = createWriteStream(partial, { flags: 'wx' });
  try {
    const source = produce((e) => reject(e));
    const input = typeof source === 'string' ? Readable.from([Buffer.from(source, 'utf8')]) : source;
    const piping = pipeline(input, out);
    piping.catch(() => {});
    await Promise.race([piping, failed]);
    const fh = await open(partial, 'r+');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
    beforeRename?.();
    renameSync(partial, target);
    fsyncDir(dir);
  } catch (e) {
    out.destroy();
    if (!out.closed) await new Promise<void>((r) => out.once('close', () => r()));
    rmSync(partial, { force: true });
    throw e;
  }
}
