import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/contract.ts';
import type { ImportJobState } from '../../../shared/schemas/ingest.ts';
import { makePdf, writeTo } from '../../helpers/ingest-fixtures.ts';
import { holdings, importPaths, ingestLibrary, misbehavingWorker } from './helpers.ts';

describe('duplicates', () => {
  it('a file already in the library is reported as a duplicate of its item and stored once', async () => {
    const { t, folder } = await ingestLibrary();
    const a = writeTo(folder, 'minutes.pdf', await makePdf({ pages: ['Board minutes'] }));
    const copy = writeTo(folder, 'minutes (copy).pdf', readFileSync(a));
    const first = await importPaths(t, [a, copy]);
    const original = first.results.find((r) => r.status === 'imported')!;
    expect(first.results.map((r) => r.status).sort()).toEqual(['duplicate', 'imported']);
    expect(first.results.find((r) => r.status === 'duplicate')).toMatchObject({ id: original.id });
    const area = await t.call('areas/create', { code: 'AOC2', title: 'Voice', weakness: 'x' });
    const again = await importPaths(t, [a], { areaIds: [area.id] });
    expect(again.results[0]).toMatchObject({ status: 'duplicate', id: original.id, title: original.title });
    expect(holdings(t)).toMatchObject({ items: 1, stored: 1, blobs: 1, staged: 0 });
    // Re-importing onto an area links the existing item to it.
    expect((await t.call('evidence/get', { id: original.id! })).areaCodes).toEqual(['AOC2']);
  });

  it('imports staged uploads (the browser route) the same way, duplicates included', async () => {
    const { t } = await ingestLibrary();
    const bytes = new Uint8Array(Buffer.from('Notes from the coffee morning on 2 February 2023.'));
    const one = await t.call('files/stage', { name: 'coffee.txt', bytes });
    const two = await t.call('files/stage', { name: 'coffee again.txt', bytes });
    const state = await t.call('ingest/run', {
      sources: [
        { type: 'upload', uploadId: one.uploadId, name: 'coffee.txt', folder: 'Voice/2023' },
        { type: 'upload', uploadId: two.uploadId, name: 'coffee again.txt' },
      ],
    });
    expect(state.results.map((r) => [r.path, r.status])).toEqual([
      ['Voice/2023/coffee.txt', 'imported'],
      ['coffee again.txt', 'duplicate'],
    ]);
    expect(state.results[0]!.suggestions?.asAt).toBe('2023-02-02');
    expect(holdings(t)).toMatchObject({ items: 1, stored: 1, staged: 0 });
  });
});

describe('progress and cancel', () => {
  it('reports progress per file, and cancelling keeps what finished and leaves nothing half-imported', async () => {
    const { t, folder } = await ingestLibrary({ workerUrl: misbehavingWorker, poolSize: 2 });
    const paths = [
      writeTo(folder, '1-quick.txt', 'First quick file.'),
      writeTo(folder, '2-quick.txt', 'Second quick file.'),
      writeTo(folder, '3-slow.txt', 'Waits a minute.'),
      writeTo(folder, '4-slow.txt', 'Waits a minute too.'),
      writeTo(folder, '5-quick.txt', 'Never reached.'),
    ];
    const events: AppEvent[] = [];
    const finished = new Promise<ImportJobState>((resolve) =>
      t.app.onEvent((e) => {
        events.push(e);
        if (e.name === 'ingest/done') resolve(e.payload as ImportJobState);
      }),
    );
    const { jobId, total } = await t.call('ingest/start', { sources: paths.map((path) => ({ type: 'path', path })) });
    expect(total).toBe(5);
    // Wait until both quick files are in and the slow ones are being read (the job holds
    // more files than there are workers, so the last one is in hand too, waiting its turn).
    for (;;) {
      const s = await t.call('ingest/status', { jobId });
      if (s.counts.imported === 2 && s.current.some((c) => c.endsWith('3-slow.txt')) && s.current.some((c) => c.endsWith('4-slow.txt'))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await t.call('ingest/cancel', { jobId })).toEqual({ jobId, cancelled: true });
    const done = await finished;
    expect(done.state).toBe('cancelled');
    expect(done.results.map((r) => [r.name, r.status])).toEqual([
      ['1-quick.txt', 'imported'],
      ['2-quick.txt', 'imported'],
      ['3-slow.txt', 'cancelled'],
      ['4-slow.txt', 'cancelled'],
      ['5-quick.txt', 'cancelled'],
    ]);
    expect(done.results[2]!.error).toBe('The import was cancelled before this file was imported.');
    expect(holdings(t)).toMatchObject({ items: 2, files: 2, stored: 2, staged: 0 });
    const progress = events.filter((e) => e.name === 'ingest/progress').map((e) => e.payload as { done: number; total: number });
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 });
    expect(events.filter((e) => e.name === 'ingest/file')).toHaveLength(5);
    expect(events.some((e) => e.name === 'library/changed')).toBe(true);
    expect(await t.call('ingest/cancel', { jobId })).toEqual({ jobId, cancelled: false });
  });
});
