import { basename } from 'node:path';
import type { Evidence } from '../../../shared/schemas/evidence.ts';
import { mediaTypeFor } from '../files/media-type.ts';
import type { Staging } from '../files/store.ts';
import type { Library } from '../library/library.ts';
import { writeTransaction } from '../db/write.ts';
import { attachFile, deleteEvidence, detachFile } from './evidence.ts';

/** A file name safe to show and to write anywhere: no folders, no control characters. */
export function cleanFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .trim();
  return base === '' || base === '.' || base === '..' ? 'file' : base;
}

/** Moves a staged upload into the store, then points a row at it; undoes the move if the row fails. */
export function attachStaged(lib: Library, from: Staging, evidenceId: string, uploadId: string, name: string, now: Date): Evidence {
  const blob = lib.store.commit(uploadId, from);
  const clean = cleanFileName(name);
  try {
    return attachFile(lib.db, evidenceId, { sha256: blob.sha256, size: blob.size, name: clean, mediaType: mediaTypeFor(clean) }, now);
  } catch (e) {
    const used = lib.db.prepare('SELECT 1 FROM blob WHERE sha256 = ?').get(blob.sha256);
    if (blob.isNew && !used) lib.store.remove(blob.sha256);
    throw e;
  }
}

export function removeFile(lib: Library, evidenceId: string, fileId: string, now: Date) {
  const { unused, item } = detachFile(lib.db, evidenceId, fileId, now);
  for (const sha of unused) lib.store.remove(sha);
  return item;
}

export function removeEvidence(lib: Library, id: string) {
  const { unused, kept } = deleteEvidence(lib.db, id);
  for (const sha of unused) lib.store.remove(sha);
  return { id, filesRemoved: unused.length, filesKept: kept };
}

/**
 * Deletes several items at once, all or none (taking back an import): items already gone are
 * passed over and counted. Files no other item holds leave the store once the rows are gone.
 */
export function removeManyEvidence(lib: Library, ids: readonly string[]) {
  const exists = lib.db.prepare('SELECT 1 FROM evidence WHERE id = ?');
  const named = new Set(ids);
  const { deleted, unused, kept } = writeTransaction(lib.db, () => {
    let deleted = 0;
    let kept = 0;
    const unused: string[] = [];
    for (const id of named) {
      if (!exists.get(id)) continue;
      const r = deleteEvidence(lib.db, id);
      deleted++;
      kept += r.kept;
      unused.push(...r.unused);
    }
    return { deleted, unused, kept };
  });
  for (const sha of unused) lib.store.remove(sha);
  return { deleted, missing: named.size - deleted, filesRemoved: unused.length, filesKept: kept };
}
