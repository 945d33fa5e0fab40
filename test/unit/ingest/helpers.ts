import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { configureIngest, type IngestOptions } from '../../../main/core/ingest/service.ts';
import type { IngestLimits } from '../../../main/core/ingest/limits.ts';
import type { ImportJobState, ImportResult } from '../../../shared/schemas/ingest.ts';
import { withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

export const misbehavingWorker = new URL('../../fixtures/misbehaving-extract-worker.ts', import.meta.url);

/** A library with import settings for tests; `folder` is where fixtures are written. */
export async function ingestLibrary(options: { limits?: Partial<IngestLimits>; workerUrl?: URL; poolSize?: number } = {}) {
  const t = await withLibrary();
  configureIngest(t.app.session, { idleMs: 200, ...options } as Partial<IngestOptions>);
  return { t, folder: tempDir('revisit-ingest-') };
}

export async function importPaths(t: TestApp, paths: string[], extra: Record<string, unknown> = {}): Promise<ImportJobState> {
  return t.call('ingest/run', { sources: paths.map((path) => ({ type: 'path', path })), ...extra });
}

export function resultFor(state: ImportJobState, name: string): ImportResult {
  const r = state.results.find((x) => x.name === name);
  if (!r) throw new Error(`no result for ${name}: ${state.results.map((x) => x.name).join(', ')}`);
  return r;
}

/** What the library holds: item rows, file rows, stored files, and anything left in staging. */
export function holdings(t: TestApp) {
  const lib = t.app.session.library!;
  const count = (sql: string) => (lib.db.prepare(sql).get() as { n: number }).n;
  const staging = lib.store.staging.dir;
  return {
    items: count('SELECT count(*) AS n FROM evidence'),
    files: count('SELECT count(*) AS n FROM evidence_file'),
    blobs: count('SELECT count(*) AS n FROM blob'),
    searchRows: count('SELECT count(*) AS n FROM search_row'),
    stored: lib.store.listStored().length,
    staged: existsSync(staging) ? readdirSync(staging).length : 0,
  };
}

/** A failed file left nothing: no item, no file row, no stored file, nothing staged. */
export function expectNothingLeftBy(t: TestApp, before: ReturnType<typeof holdings>) {
  expect(holdings(t)).toEqual(before);
}

export const folderPath = (dir: string, name: string) => join(dir, name);
