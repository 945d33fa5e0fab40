import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/core/app.ts';
import { silentLogger } from '../../../main/core/logger.ts';
import type { ImportJobState } from '../../../shared/schemas/ingest.ts';
import { resourcesDir } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

const markingWorker = new URL('../../fixtures/marking-extract-worker.ts', import.meta.url);
const apps: App[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

async function importNote(extractWorkerUrl?: URL) {
  const dataRoot = tempDir();
  const app = createApp({ dataRoot, resourcesDir, logger: silentLogger, ...(extractWorkerUrl ? { extractWorkerUrl } : {}) });
  apps.push(app);
  const created = await app.dispatch('library/create', { name: 'Testshire' });
  if (!created.ok) throw new Error(created.error.message);
  const file = join(tempDir(), 'minutes.txt');
  writeFileSync(file, 'Minutes of the SEND partnership board.');
  const r = await app.dispatch('ingest/run', { sources: [{ type: 'path', path: file }] });
  if (!r.ok) throw new Error(r.error.message);
  const id = (r.value as ImportJobState).results[0]?.id;
  const { note } = app.session.library!.db.prepare('SELECT t.note FROM file_text t JOIN evidence_file f ON f.id = t.file_id WHERE f.evidence_id = ?').get(id) as { note: string };
  return { note, dataRoot };
}

describe('the import worker script', () => {
  it('is the one the host names (a bundle names its own), else the core’s own', async () => {
    expect((await importNote(markingWorker)).note).toBe('Read by the marking worker.');
    expect((await importNote()).note).not.toContain('marking');
  });

  it('keeps its compiled code in the data folder', async () => {
    const { dataRoot } = await importNote();
    expect(readdirSync(join(dataRoot, 'Code cache'), { recursive: true }).length).toBeGreaterThan(0);
  });
});
