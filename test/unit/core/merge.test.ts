import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexUnreadFiles } from '../../../main/core/ingest/index-files.ts';
import { makePdf, writeTo } from '../../helpers/ingest-fixtures.ts';
import { withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';
import { importPaths, resultFor } from '../ingest/helpers.ts';
import { revisit } from '../../helpers/cli.ts';

const countOf = (t: TestApp, table: string) => (t.app.session.library!.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A workstream lead's library: two files, a feedback item, a data series, an excerpt, links to AOC1 and AOC3, and her own finding and judgement. */
async function leadsBackup() {
  const lead = await withLibrary('Testshire');
  const aoc1 = await lead.call('areas/create', { code: 'AOC1', title: 'Co-production', weakness: 'Families are not listened to.' });
  const aoc3 = await lead.call('areas/create', { code: 'AOC3', title: 'Plans', weakness: 'Plans are late.' });
  const folder = tempDir();
  const charter = writeTo(folder, 'charter.pdf', await makePdf({ heading: ['Co-production charter'], pages: ['Agreed with families.', 'The parent carer forum co-chairs the board.'] }));
  const notes = writeTo(folder, 'workshop-notes.txt', 'Workshop notes. Families asked for one named contact for every plan.');
  const state = await importPaths(lead, [charter, notes], { areaIds: [aoc1.id] });
  const charterId = resultFor(state, 'charter.pdf').id!;
  await lead.call('links/set', { evidenceId: charterId, areaId: aoc1.id, stance: 'counters', note: 'Signed, but not yet used in panels' });
  const voice = await lead.call('evidence/create', { title: 'What parents said at the drop-in', kind: 'feedback', asAt: '2024-05-02', description: 'We want to be asked before the plan is written.' });
  await lead.call('feedback/save', { id: voice.id, voice: 'parent-carer', channel: 'event' });
  await lead.call('links/set', { evidenceId: voice.id, areaId: aoc1.id });
  const series = await lead.call('series/create', {
    title: 'Plans issued within 20 weeks',
    unit: 'percentage',
    period: 'month',
    better: 'higher',
    values: [
      { periodStart: '2024-06-01', value: 40 },
      { periodStart: '2024-07-01', value: 47 },
    ],
    areaIds: [aoc3.id],
  });
  await lead.call('excerpts/create', { evidenceId: charterId, areaId: aoc1.id, quote: 'The parent carer forum co-chairs the board.', page: 2 });
  await lead.call('findings/create', { areaId: aoc1.id, text: 'Families now shape plans.', citations: [{ evidenceId: voice.id }] });
  await lead.call('assessment/judge', { areaId: aoc1.id, outcome: 'sufficient' });
  await indexUnreadFiles(lead.app.session);
  const backup = join(tempDir(), 'lead.revisit-backup');
  await lead.call('library/backup', { path: backup });
  return { backup, charter, seriesId: series.id };
}

describe('adding a colleague’s backup to this library', () => {
  it('adds her items with their files, words, links, series, feedback and excerpts; an item already here gains her links', async () => {
    const { backup, charter } = await leadsBackup();
    const lano = await withLibrary('Testshire');
    const aoc1 = await lano.call('areas/create', { code: 'aoc1', title: 'Co-production and communication', weakness: 'Families are not listened to.' });
    // The LANO already has the charter, unlinked.
    const mine = resultFor(await importPaths(lano, [charter]), 'charter.pdf').id!;

    const report = await lano.call('library/merge', { backupPath: backup });
    expect(report.added.map((a) => a.title).sort()).toEqual(['Plans issued within 20 weeks', 'What parents said at the drop-in', 'workshop-notes']);
    expect(report.duplicates).toEqual([{ id: mine, title: 'charter', linksAdded: 1 }]);
    expect(report.missingAreas).toEqual(['AOC3']);
    expect(report.leftOut).toEqual({ findings: 1, actions: 0, judgements: 1 });
    expect(report.linksAdded).toBe(3);

    // Her stance and why it counts came with the link.
    expect((await lano.call('evidence/get', { id: mine })).links.map((l) => [l.areaCode, l.stance, l.note])).toEqual([['AOC1', 'counters', 'Signed, but not yet used in panels']]);
    const byTitle = (title: string) => report.added.find((a) => a.title === title)!.id;
    const series = await lano.call('series/get', { id: byTitle('Plans issued within 20 weeks') });
    expect(series.values.map((v) => [v.label, v.value])).toEqual([
      ['Jun 2024', 40],
      ['Jul 2024', 47],
    ]);
    expect(await lano.call('feedback/get', { id: byTitle('What parents said at the drop-in') })).toMatchObject({ voice: 'parent-carer', channel: 'event' });
    const notes = await lano.call('evidence/get', { id: byTitle('workshop-notes') });
    expect(notes.links.map((l) => l.areaId)).toEqual([aoc1.id]);
    expect(notes.files.map((f) => f.name)).toEqual(['workshop-notes.txt']);
    // Her excerpt is on the item here, for the area here; her finding and judgement are not.
    const excerpts = (await lano.call('excerpts/list', { areaId: aoc1.id })) as { quote: string; evidenceId: string }[];
    expect(excerpts.map((x) => [x.quote, x.evidenceId])).toEqual([['The parent carer forum co-chairs the board.', mine]]);
    expect(countOf(lano, 'finding')).toBe(0);
    expect(countOf(lano, 'judgement')).toBe(0);

    // Her file's words are found by search, on the right item.
    const hits = (await lano.call('search/query', { query: '"one named contact"' })).hits;
    expect(hits.map((h) => h.id)).toEqual([notes.id]);

    // The same backup again adds nothing.
    const again = await lano.call('library/merge', { backupPath: backup });
    expect([again.added, again.linksAdded]).toEqual([[], 0]);
    expect(again.duplicates).toHaveLength(4);
    expect(countOf(lano, 'evidence')).toBe(4);
    expect(countOf(lano, 'blob')).toBe(2);
  });

  it('is taken back whole by its undo: the items it added, and the links and excerpts it gave items already here', async () => {
    const { backup, charter } = await leadsBackup();
    const lano = await withLibrary('Testshire');
    await lano.call('areas/create', { code: 'AOC1', title: 'Co-production', weakness: 'x' });
    const mine = resultFor(await importPaths(lano, [charter]), 'charter.pdf').id!;
    const before = { evidence: countOf(lano, 'evidence'), link: countOf(lano, 'link'), excerpt: countOf(lano, 'excerpt'), blob: countOf(lano, 'blob') };
    const stored = () => lano.app.session.library!.store.listStored().length;
    const filesBefore = stored();

    const report = await lano.call('library/merge', { backupPath: backup });
    expect(report.undo.items).toEqual(report.added.map((a) => a.id));
    expect(report.undo.links).toEqual([{ evidenceId: mine, areaId: expect.any(String) }]);
    expect(report.undo.excerpts).toHaveLength(1);
    expect(stored()).toBe(filesBefore + 1);

    expect(await lano.call('library/undoMerge', report.undo)).toEqual({ items: 3, links: 1, excerpts: 1 });
    expect({ evidence: countOf(lano, 'evidence'), link: countOf(lano, 'link'), excerpt: countOf(lano, 'excerpt'), blob: countOf(lano, 'blob') }).toEqual(before);
    expect(stored()).toBe(filesBefore);
    // The LANO's own copy of the charter stays, as it was.
    expect((await lano.call('evidence/get', { id: mine })).links).toEqual([]);
    expect((await lano.call('search/query', { query: '"one named contact"' })).hits).toEqual([]);
    // Taken back twice, nothing more goes.
    expect(await lano.call('library/undoMerge', report.undo)).toEqual({ items: 0, links: 0, excerpts: 0 });
  });

  it('brings an excerpt with the item it quotes', async () => {
    const { backup } = await leadsBackup();
    const lano = await withLibrary('Testshire');
    const aoc1 = await lano.call('areas/create', { code: 'AOC1', title: 'Co-production', weakness: 'x' });
    const report = await lano.call('library/merge', { backupPath: backup });
    const charter = report.added.find((a) => a.title === 'charter')!;
    const excerpts = (await lano.call('excerpts/list', { areaId: aoc1.id })) as { quote: string; evidenceId: string; page: number | null }[];
    expect(excerpts.map((x) => [x.quote, x.evidenceId, x.page])).toEqual([['The parent carer forum co-chairs the board.', charter.id, 2]]);
  });

  it('refuses a file that is not a backup, adding nothing and leaving nothing behind', async () => {
    const lano = await withLibrary('Testshire');
    const bad = join(tempDir(), 'minutes.revisit-backup');
    writeFileSync(bad, 'not a zip at all');
    const before = countOf(lano, 'evidence');
    const e = await lano.fails('library/merge', { backupPath: bad });
    expect(e).toEqual({ code: 'file-problem', message: 'This file is not a usable Revisit Ready backup (it is not a readable zip file). Nothing was added.' });
    expect(countOf(lano, 'evidence')).toBe(before);
    expect(readdirSync(dirname(lano.app.session.library!.path)).filter((n) => n.endsWith('.adding'))).toEqual([]);
    expect((await lano.fails('library/merge', { backupPath: join(tempDir(), 'none.revisit-backup') })).code).toBe('not-found');
  });

  it('is a command: revisit merge <backup>', async () => {
    const { backup } = await leadsBackup();
    const lano = await withLibrary('Testshire');
    await lano.call('areas/create', { code: 'AOC1', title: 'Co-production', weakness: 'x' });
    const lib = lano.app.session.library!.path;
    lano.app.close();
    const run = await revisit(['merge', backup, '--library', lib]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Added 4 items from the backup; 0 items were here already; 3 links to areas added.',
        'Links to AOC3 were left out: this library has no such area.',
        'The backup’s own findings, judgements and actions stay with its owner (1 finding, 1 judgement, 0 actions).',
        '',
      ].join('\n'),
    );
    const json = await revisit(['merge', backup, '--library', lib, '--json']);
    expect(json.json()).toMatchObject({ added: [], linksAdded: 0, missingAreas: ['AOC3'] });
    expect(json.json().duplicates).toHaveLength(4);
  });
});
