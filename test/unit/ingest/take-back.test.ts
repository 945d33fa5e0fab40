import { describe, expect, it } from 'vitest';
import { writeTo } from '../../helpers/ingest-fixtures.ts';
import { holdings, importPaths, ingestLibrary, resultFor } from './helpers.ts';

describe('taking back an import', () => {
  it('deletes the items it added, their links and the files no other item holds, in one go, and leaves the rest', async () => {
    const { t, folder } = await ingestLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'x' });
    const kept = writeTo(folder, 'kept.txt', Buffer.from('A strategy the library had already.'));
    await importPaths(t, [kept]);
    const before = holdings(t);

    const a = writeTo(folder, 'a.txt', Buffer.from('Minutes of the board.'));
    const b = writeTo(folder, 'b.txt', Buffer.from('Notes of the drop-in.'));
    const state = await importPaths(t, [a, b, kept], { areaIds: [area.id] });
    expect(resultFor(state, 'kept.txt').status).toBe('duplicate');
    const added = state.results.filter((r) => r.status === 'imported').map((r) => r.id!);
    expect(added).toHaveLength(2);
    // One was deleted by hand meanwhile: passed over, and counted.
    await t.call('evidence/delete', { id: added[1]! });

    const r = await t.call('evidence/deleteMany', { ids: added });
    expect(r).toEqual({ deleted: 1, missing: 1, filesRemoved: 1, filesKept: 0 });
    expect(holdings(t)).toEqual(before);
    expect((await t.call('evidence/list', {})).map((e) => e.title)).toEqual(['kept']);
    expect((await t.call('search/query', { query: 'board' })).hits).toEqual([]);
  });

  it('refuses an empty list in one sentence', async () => {
    const { t } = await ingestLibrary();
    const e = await t.fails('evidence/deleteMany', { ids: [] });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toMatch(/ids: name at least one item/);
  });
});
