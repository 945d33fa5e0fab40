import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../main/core/logger.ts';
import { segmentCount, tidySearchSoon, tidySearchStep } from '../../../main/core/search/tidy.ts';
import { withLibrary } from '../../helpers/app.ts';

/** A library whose indexes hold many segments: FTS5's own merging turned off, one item per transaction. */
async function fragmented(items: number) {
  const t = await withLibrary();
  const db = t.app.session.library!.db;
  for (const table of ['search_text', 'search_item']) db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 0)`).run();
  for (let i = 0; i < items; i++)
    await t.call('evidence/create', { title: `Panel minutes ${i}`, kind: 'document', description: `Item ${i}: tribunal appeals ${i % 3 === 0 ? 'fell' : 'rose'}.` });
  return { t, db, lib: t.app.session.library! };
}

const hitsFor = async (t: Awaited<ReturnType<typeof withLibrary>>, query: string) =>
  (await t.call('search/query', { query, limit: 200 })).hits.map((h) => [h.id, h.score, h.snippet]);

describe('merging the search indexes after big writes', () => {
  it('merges every segment into one, step by step, and every search answers as before', async () => {
    const { t, db } = await fragmented(40);
    expect(segmentCount(db, 'search_text')).toBeGreaterThan(8);
    expect(segmentCount(db, 'search_item')).toBeGreaterThan(8);
    const before = await Promise.all(['tribunal', 'fell', '"appeals rose"', 'pan*', 'minutes -fell'].map((q) => hitsFor(t, q)));
    let steps = 0;
    while (tidySearchStep(db)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(segmentCount(db, 'search_text')).toBe(1);
    expect(segmentCount(db, 'search_item')).toBe(1);
    const after = await Promise.all(['tribunal', 'fell', '"appeals rose"', 'pan*', 'minutes -fell'].map((q) => hitsFor(t, q)));
    expect(after).toEqual(before);
    expect(before[0]).toHaveLength(40);
    db.exec("INSERT INTO search_text (search_text) VALUES ('integrity-check')");
    db.exec("INSERT INTO search_item (search_item) VALUES ('integrity-check')");
  });

  it('runs in the background once an index has many segments, and leaves a small one alone', async () => {
    const small = await fragmented(4);
    const smallCount = segmentCount(small.db, 'search_item');
    expect(smallCount).toBeGreaterThan(1);
    tidySearchSoon(small.lib, silentLogger);
    await new Promise((r) => setTimeout(r, 100));
    expect(segmentCount(small.db, 'search_item')).toBe(smallCount);

    const { db, lib } = await fragmented(40);
    tidySearchSoon(lib, silentLogger);
    await vi.waitFor(() => expect([segmentCount(db, 'search_text'), segmentCount(db, 'search_item')]).toEqual([1, 1]), { timeout: 10_000, interval: 50 });
  });
});
