import { CoreError } from '../errors.ts';
import type { Library } from '../library/library.ts';
import type { Session } from '../session.ts';
import { noText, type Extracted } from './extract/types.ts';
import { ImportFailure } from './failure.ts';
import { declaredFormat } from './formats.ts';
import { TaskFailed } from './pool.ts';
import { insertFileText } from './save.ts';
import { writeTransaction } from '../db/write.ts';
import { tidySearchSoon } from '../search/tidy.ts';
import { ingestFor } from './service.ts';

interface UnreadFile {
  fileId: string;
  evidenceId: string;
  name: string;
  sha256: string;
  title: string;
}

const unreadSql = `SELECT f.id AS fileId, f.evidence_id AS evidenceId, f.name, f.sha256, e.title
  FROM evidence_file f JOIN evidence e ON e.id = f.evidence_id
  WHERE NOT EXISTS (SELECT 1 FROM file_text t WHERE t.file_id = f.id)`;

/** Why a file attached by hand has no searchable text, in words for the details pane. */
function unreadable(e: unknown): string {
  const why = e instanceof ImportFailure || e instanceof CoreError ? e.message : e instanceof TaskFailed && e.failure ? e.failure : '';
  return `The text of this file could not be read, so search will not find words in it.${why ? ` (${why})` : ''}`;
}

/**
 * Reads the text of one file attached by hand (in a worker thread, like an import) and
 * adds it to the search index. Attachments inside an attached email are not split out.
 */
async function indexFile(s: Session, lib: Library, f: UnreadFile): Promise<boolean> {
  const ingest = ingestFor(s);
  const limits = ingest.options.limits;
  let text: Extracted;
  try {
    text = await ingest.pool.run(
      { type: 'extract', path: lib.store.pathFor(f.sha256), name: f.name, limits, stagingDir: lib.store.staging.dir },
      { timeoutMs: limits.timeoutMs, tag: `index-${f.fileId}` },
    );
    for (const a of text.attachments) lib.store.staging.discard(a.uploadId);
  } catch (e) {
    text = noText(declaredFormat(f.name), unreadable(e));
  }
  if (s.library !== lib || !lib.db.open) return false;
  return writeTransaction(lib.db, () => {
    // The file may have been removed, or read by another caller, while the worker ran.
    const still = lib.db.prepare(`${unreadSql} AND f.id = ?`).get(f.fileId) as UnreadFile | undefined;
    if (!still) return false;
    insertFileText(lib.db, { evidenceId: still.evidenceId, fileId: still.fileId, title: still.title }, text, s.now.toISOString());
    return true;
  });
}

/** Reads and indexes every attached file whose text has not been read yet; returns how many. */
export async function indexUnreadFiles(s: Session, onlyFileId?: string): Promise<number> {
  const lib = s.requireLibrary();
  const files = (onlyFileId
    ? lib.db.prepare(`${unreadSql} AND f.id = ?`).all(onlyFileId)
    : lib.db.prepare(`${unreadSql} ORDER BY f.added_at`).all()) as UnreadFile[];
  const done = await Promise.all(files.map((f) => indexFile(s, lib, f)));
  const count = done.filter(Boolean).length;
  if (count > 0) {
    tidySearchSoon(lib, s.env.logger);
    s.env.emit('library/changed', { reason: 'indexed' });
  }
  return count;
}
