/**
 * "Save the pack as…" under Electron: the core writes every pack into the Exports folder;
 * the main process then asks where the user wants a copy and copies it there. The renderer
 * names only which pack (a path that must be inside the Exports folder), never where it
 * goes, so a compromised page cannot read or write elsewhere. No Electron here: the dialog
 * is passed in, so this is tested in plain Node.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, isAbsolute } from 'node:path';
import { fail, ok, type Result } from '../../shared/errors.ts';
import { fsyncDir } from '../core/files/fsync.ts';

export const SAVE_EXPORT_METHOD = 'shell/saveExport';

/** Asks the user where to save; null when they cancel. */
export type ChooseTarget = (suggestedName: string) => Promise<string | null>;

function insideFolder(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Copies to a temporary name beside the target, syncs, then renames: a crash leaves the old file or the whole new one. */
function copyAtomically(source: string, target: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    copyFileSync(source, temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    fsyncDir(dirname(target));
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

export async function saveExportCopy(exportsDir: string, input: unknown, choose: ChooseTarget): Promise<Result<{ savedTo: string | null }>> {
  const path = typeof input === 'object' && input !== null ? (input as { path?: unknown }).path : undefined;
  if (typeof path !== 'string' || path.length === 0 || path.length > 4096)
    return fail('invalid-input', 'No exported pack was named, so nothing was saved.');
  let real: string;
  let folder: string;
  try {
    folder = realpathSync(exportsDir);
    real = realpathSync(path);
  } catch {
    return fail('not-found', 'The exported pack is no longer in the Exports folder, so it could not be saved. Export it again.');
  }
  if (!insideFolder(folder, real) || !statSync(real).isFile())
    return fail('invalid-input', 'Only a pack in the Exports folder can be saved from here, so nothing was saved.');
  const target = await choose(basename(real));
  if (target === null) return ok({ savedTo: null });
  if (target === real) return ok({ savedTo: real });
  try {
    copyAtomically(real, target);
  } catch {
    return fail('file-problem', `The pack could not be saved to ${target}: check that the folder exists and you can save files there. It is still in the Exports folder.`);
  }
  return ok({ savedTo: target });
}
