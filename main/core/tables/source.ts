import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { tableSource } from '../../../shared/schemas/series.ts';
import { CoreError } from '../errors.ts';
import type { Session } from '../session.ts';

export type TableSource = z.output<typeof tableSource>;

/** The file behind a source: a staged upload (left staged until the import commits) or a path. */
export function fileOfSource(s: Session, source: TableSource, what = 'file'): string {
  if (source.uploadId !== undefined) return join(s.stagingOf(source.uploadId).dir, source.uploadId);
  const path = resolve(source.path!);
  if (!existsSync(path)) throw new CoreError('not-found', `There is no ${what} at ${path}.`);
  return path;
}

/** Once an import has committed, its staged upload is no longer needed. */
export function discardSource(s: Session, source: TableSource): void {
  if (source.uploadId !== undefined) s.stagingOf(source.uploadId).discard(source.uploadId);
}
