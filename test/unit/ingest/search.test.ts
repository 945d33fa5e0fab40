import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../main/core/search/query.ts';
import { placesOfHits } from '../../../main/core/search/search.ts';
import { toSegments } from '../../../main/core/search/segments.ts';
import { makePdf, writeTo } from '../../helpers/ingest-fixtures.ts';
import { importPaths, ingestLibrary, resultFor } from './helpers.ts';

describe('parseQuery (what the user typed → a safe FTS5 query)', () => {
  it('quotes every word, keeps phrases and prefixes, groups OR and leaves out negatives', () => {
    expect(parseQuery('EHC plans').fts).toBe('"EHC" AND "plans"');
    expect(parseQuery('"annual reviews" time*').fts).toBe('"annual reviews" AND "time"*');
    expect(parseQuery('tribunal OR appeal outcome').fts).toBe('("tribunal" OR "appeal") AND "outcome"');
    expect(parseQuery('plans -draft NOT old').fts).toBe('(("plans") NOT "draft") NOT "old"');
    expect(parseQuery('say "hi').terms).toEqual([
      { text: 'say', prefix: false },
      { text: 'hi', prefix: false },
    ]);
  });

  it('never produces FTS syntax from user input: quotes, operators alone and punctuation are safe', () => {
    expect(parseQuery('"unbalanced').fts).toBe('"unbalanced"');
    expect(parseQuery('AND OR').fts).toBe('');
    expect(parseQuery('NEAR(a b)').fts).toBe('"NEAR(a" AND "b)"');
    expect(parseQuery('a"b"c').fts).toBe('"a" AND "b" AND "c"');
    expect(parseQuery('*** --- ()').fts).toBe('');
    expect(parseQuery('say ""what""').fts).toBe('"say" AND "what"');
  });
});

describe('toSegments', () => {
  it('turns highlight marks into segments the UI renders as text', () => {
    expect(toSegments('the \uE000EHC\uE001 \uE000plans\uE001 <b>x</b>')).toEqual([
      { text: 'the ', hit: false },
      { text: 'EHC', hit: true },
      { text: ' ', hit: false },
      { text: 'plans', hit: true },
      { text: ' <b>x</b>', hit: false },
    ]);
  });
});

async function library() {
  const { t, folder } = await ingestLibrary();
  const aoc1 = await t.call('areas/create', { code: 'AOC1', title: 'Timeliness', weakness: 'Plans are late.' });
  const aoc2 = await t.call('areas/create', { code: 'AOC2', title: 'Voice', weakness: 'Families are not heard.' });
  const filler = 'The partnership met and agreed its next steps for the coming term.';
  const files = {
    timeliness: writeTo(folder, 'timeliness.pdf', await makePdf({ title: 'Timeliness report', pages: [filler, `${filler} EHC plans issued within 20 weeks rose to 62%. EHC plans matter. EHC plans again.`, filler] })),
    audit: writeTo(folder, 'audit.pdf', await makePdf({ title: 'Audit of plans', pages: [`${filler} One EHC plan was audited; plans within twenty weeks were few.`] })),
    voice: writeTo(folder, 'voice.pdf', await makePdf({ title: 'Parent carer forum feedback', pages: [`Parents told us the local offer is hard to find. ${filler}`] })),
    case: writeTo(folder, 'case.pdf', await makePdf({ title: 'Case study: Child A', pages: ['Child A waited for an EHC plan assessment.'] })),
  };
  const state = await importPaths(t, Object.values(files));
  const id = (name: string) => resultFor(state, name).id!;
  await t.call('links/set', { evidenceId: id('timeliness.pdf'), areaId: aoc1.id });
  await t.call('links/set', { evidenceId: id('voice.pdf'), areaId: aoc2.id });
  await t.call('evidence/update', { id: id('case.pdf'), personalData: true, kind: 'case-study', asAt: '2023-05-01', source: 'Testshire ICB' });
  await t.call('evidence/update', { id: id('timeliness.pdf'), asAt: '2022-09-14', source: 'Testshire Council' });
  await t.call('evidence/update', { id: id('audit.pdf'), asAt: '2021-01-10' });
  return { t, id, aoc1, aoc2 };
}

describe('full-text search', () => {
  it('gives one hit per item, at the page holding the words, with a highlighted snippet', async () => {
    const { t, id } = await library();
    const r = await t.call('search/query', { query: 'EHC plans' });
    expect(r.hits.find((h) => h.id === id('timeliness.pdf'))).toMatchObject({ page: 2, fileName: 'timeliness.pdf', mediaType: 'application/pdf', matches: 1, spread: false });
    expect(r.hits.map((h) => h.id)).toContain(id('audit.pdf'));
    expect(new Set(r.hits.map((h) => h.id)).size).toBe(r.hits.length);
    expect(r.total).toBe(r.hits.length);
    const timeliness = r.hits.find((h) => h.id === id('timeliness.pdf'))!;
    const hitWords = timeliness.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase());
    expect(hitWords).toEqual(expect.arrayContaining(['ehc', 'plans']));
    expect(r.terms).toEqual([
      { text: 'EHC', prefix: false },
      { text: 'plans', prefix: false },
    ]);
  });

  it('ranks items by bm25 over all their words, the title counting four times', async () => {
    const { t } = await ingestLibrary();
    const make = (title: string, description: string) => t.call('evidence/create', { title, kind: 'document', description });
    const many = await make('Notes', 'tribunal tribunal tribunal appeals');
    const once = await make('Notes', 'tribunal appeals were heard in the spring term');
    const titled = await make('Tribunal outcomes', 'appeals heard');
    await make('Notes', 'nothing about it here at all');
    // FTS5's bm25 by hand (k1 1.2, b 0.75; the title's weight multiplies its count; items of 5, 9, 4 and 7 words):
    // the title hit scores 1.80, three in a short text 1.64, one in a longer text 0.85.
    const r = await t.call('search/query', { query: 'tribunal' });
    expect(r.hits.map((h) => h.id)).toEqual([titled.id, many.id, once.id]);
    expect(r.hits[0]!.score).toBeLessThan(r.hits[1]!.score);
  });

  it('finds an item whose words are on different pages, shown where the first of them is', async () => {
    const { t, folder } = await ingestLibrary();
    const file = writeTo(folder, 'breaks.pdf', await makePdf({ title: 'Short breaks review', pages: ['Holiday clubs were reviewed.', 'Nothing else.', 'Respite was arranged.'] }));
    const id = resultFor(await importPaths(t, [file]), 'breaks.pdf').id!;
    const r = await t.call('search/query', { query: 'clubs respite' });
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]).toMatchObject({ id, page: 1, spread: true });
    expect(r.hits[0]!.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['clubs']);
    const inItem = await t.call('search/inItem', { id, query: 'clubs respite' });
    expect(inItem.matches.map((m) => m.page)).toEqual([1, 3]);
    expect((await t.call('search/query', { query: '"clubs respite"' })).hits).toEqual([]);
  });

  it('finds the same page for each hit whether it reads every matching page once or seeks item by item', async () => {
    const { t, id } = await library();
    const db = t.app.session.library!.db;
    const ownRow = db.prepare('SELECT id FROM search_row WHERE evidence_id = ? AND file_id IS NULL').pluck();
    const ids = ['timeliness.pdf', 'audit.pdf', 'voice.pdf', 'case.pdf'].map((name) => ({ id: id(name), itemRow: ownRow.get(id(name)) as number }));
    await t.call('evidence/update', { id: id('case.pdf'), description: 'Summary of the partnership review.' });
    for (const query of ['EHC plans', 'partnership', '"within 20 weeks"', 'plans -audited', 'timeliness ehc', 'offer partnership', 'child*']) {
      const q = parseQuery(query);
      const onePass = Object.fromEntries(placesOfHits(db, ids, 4, q, { seekMinShare: 1, seekMaxRows: 1000 }));
      const manyPages = Object.fromEntries(placesOfHits(db, ids, 4, q, { seekMinShare: 0, seekMaxRows: 0 }));
      const seeking = Object.fromEntries(placesOfHits(db, ids, 4, q, { seekMinShare: 0, seekMaxRows: 1000 }));
      expect(onePass, query).toEqual(seeking);
      expect(manyPages, query).toEqual(seeking);
    }
    const places = placesOfHits(db, ids, 4, parseQuery('partnership'));
    expect(places.get(id('timeliness.pdf'))).toMatchObject({ place: { page: 1 }, matches: 3 });
    // In the description only: the item's own row.
    expect(places.get(id('case.pdf'))).toMatchObject({ place: { fileId: null, page: null }, matches: 1 });
    // In the title only ("Audit of plans"; its page says "audited"): the item's own row too.
    expect(placesOfHits(db, ids, 4, parseQuery('audit')).get(id('audit.pdf'))).toMatchObject({ place: { fileId: null, page: null }, matches: 1 });
  });

  it('keeps whole-item search rows in step as items are imported, described, given files and deleted', async () => {
    const { t, id } = await library();
    const db = t.app.session.library!.db;
    const stale = () => db.prepare('SELECT count(*) AS n FROM search_item_stale').get();
    const itemsFound = (q: string) => db.prepare('SELECT count(*) AS n FROM search_item WHERE search_item MATCH ?').get(q);
    expect(stale()).toEqual({ n: 0 });
    expect(itemsFound('"twenty weeks"')).toEqual({ n: 1 });
    await t.call('evidence/update', { id: id('audit.pdf'), description: 'Moderated by the quality panel.' });
    expect(stale()).toEqual({ n: 0 });
    expect(itemsFound('moderated')).toEqual({ n: 1 });
    const made = await t.call('evidence/create', { title: 'Panel terms of reference', kind: 'document' });
    expect(stale()).toEqual({ n: 0 });
    expect(itemsFound('panel')).toEqual({ n: 2 });
    await t.call('evidence/delete', { id: made.id });
    await t.call('evidence/delete', { id: id('audit.pdf') });
    expect(stale()).toEqual({ n: 0 });
    expect(itemsFound('panel')).toEqual({ n: 0 });
    expect(itemsFound('"twenty weeks"')).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM search_item').get()).toEqual(db.prepare('SELECT count(*) AS n FROM evidence').get());
  });

  it('matches phrases exactly and prefixes at the start of words', async () => {
    const { t, id } = await library();
    const phrase = await t.call('search/query', { query: '"within 20 weeks"' });
    expect(phrase.hits.map((h) => h.id)).toEqual([id('timeliness.pdf')]);
    expect((await t.call('search/query', { query: '"weeks within"' })).hits).toEqual([]);
    const prefix = await t.call('search/query', { query: 'audit*' });
    expect(prefix.hits.map((h) => h.id).sort()).toEqual([id('audit.pdf')]);
    expect((await t.call('search/query', { query: 'forum' })).hits[0]?.id).toBe(id('voice.pdf'));
  });

  it('filters by kind, area, source, date range and personal data', async () => {
    const { t, id, aoc1 } = await library();
    const ids = async (filters: object) => (await t.call('search/query', { query: 'EHC', filters })).hits.map((h) => h.id).sort();
    expect(await ids({ kinds: ['case-study'] })).toEqual([id('case.pdf')]);
    expect(await ids({ areaIds: [aoc1.id] })).toEqual([id('timeliness.pdf')]);
    expect(await ids({ source: 'testshire icb' })).toEqual([id('case.pdf')]);
    expect(await ids({ from: '2022-01-01', to: '2022-12-31' })).toEqual([id('timeliness.pdf')]);
    expect(await ids({ personalData: false })).toEqual([id('audit.pdf'), id('timeliness.pdf')].sort());
    expect(await ids({ personalData: true })).toEqual([id('case.pdf')]);
  });

  it('pages through results and keeps the true total, even past the last page', async () => {
    const { t } = await library();
    const all = await t.call('search/query', { query: 'EHC' });
    expect(all.total).toBeGreaterThanOrEqual(3);
    const second = await t.call('search/query', { query: 'EHC', limit: 1, offset: 1 });
    expect(second.hits.map((h) => h.id)).toEqual([all.hits[1]!.id]);
    expect(second.total).toBe(all.total);
    const beyond = await t.call('search/query', { query: 'EHC', limit: 5, offset: 50 });
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(all.total);
    const filteredBeyond = await t.call('search/query', { query: 'EHC', filters: { personalData: true }, offset: 10 });
    expect(filteredBeyond.total).toBe(1);
  });

  it('answers odd input without an error, and says when there was nothing to search for', async () => {
    const { t } = await library();
    for (const query of ['"unbalanced', 'AND OR', 'NEAR(', 'plans)', '^^', 'col:umn']) {
      const r = await t.call('search/query', { query });
      expect(Array.isArray(r.hits)).toBe(true);
    }
    expect(await t.call('search/query', { query: '  ?? ' })).toMatchObject({ hits: [], total: 0, empty: true });
  });

  it('keeps the index in step when an item is renamed, described or deleted', async () => {
    const { t, id } = await library();
    await t.call('evidence/update', { id: id('voice.pdf'), title: 'Coffee morning write-up', description: 'Notes from the SENDIASS drop-in.' });
    expect((await t.call('search/query', { query: 'SENDIASS' })).hits.map((h) => h.id)).toEqual([id('voice.pdf')]);
    // The new title is found together with words from the pages.
    expect((await t.call('search/query', { query: 'coffee offer' })).hits.map((h) => h.id)).toEqual([id('voice.pdf')]);
    expect((await t.call('search/query', { query: '"Parent carer forum feedback"' })).hits).toEqual([]);
    const titleHit = (await t.call('search/query', { query: 'coffee' })).hits[0]!;
    expect(titleHit.titleSegments).toEqual([
      { text: 'Coffee', hit: true },
      { text: ' morning write-up', hit: false },
    ]);
    await t.call('evidence/delete', { id: id('timeliness.pdf') });
    expect((await t.call('search/query', { query: '"within 20 weeks"' })).hits).toEqual([]);
    const lib = t.app.session.library!;
    expect(lib.db.prepare('SELECT count(*) AS n FROM search_text WHERE rowid NOT IN (SELECT id FROM search_row)').get()).toEqual({ n: 0 });
  });

  it('lists every matching page of one item for the viewer', async () => {
    const { t, id } = await library();
    const r = await t.call('search/inItem', { id: id('timeliness.pdf'), query: 'partnership' });
    expect(r.matches.map((m) => m.page)).toEqual([1, 2, 3]);
    expect(r.matches[0]!.snippet.some((s) => s.hit && s.text === 'partnership')).toBe(true);
  });

  it('gives the quick-find palette every title, its area codes and the areas', async () => {
    const { t, id } = await library();
    const q = await t.call('search/quickFind');
    expect(q.items).toHaveLength(4);
    expect(q.items.find((i) => i.id === id('timeliness.pdf'))).toMatchObject({ title: 'Timeliness report', areaCodes: ['AOC1'] });
    expect(q.areas.map((a) => a.code)).toEqual(['AOC1', 'AOC2']);
    expect(q.keys.map((k) => k.name)).toContain('title');
  });
});
