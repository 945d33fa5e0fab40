import { existsSync } from 'node:fs';
import { CoreError } from '../errors.ts';
import { fileById } from '../evidence/evidence.ts';
import type { Session } from '../session.ts';

/** Media types a host may show in place (anything else is offered as a download). */
export const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'text/plain', 'text/csv', 'text/markdown']);

export interface StoredFile {
  path: string;
  name: string;
  mediaType: string;
  size: number;
}

/** Where an attached file's bytes are, for a host to stream them; a clear error if they are not there. */
export function storedFile(s: Session, fileId: string): StoredFile {
  const lib = s.requireLibrary();
  const file = fileById(lib.db, fileId);
  const path = lib.store.pathFor(file.sha256);
  if (!existsSync(path)) throw new CoreError('file-problem', `The stored copy of "${file.name}" is missing. Run "Check library" to see what else is affected.`);
  return { path, name: file.name, mediaType: file.mediaType, size: file.size };
}

/** `attachment; filename="…"; filename*=UTF-8''…` with anything unsafe replaced. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string) {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
