import { describe, expect, it } from 'vitest';
import { indexUnreadFiles } from '../../../main/core/ingest/index-files.ts';
import { testApp, withLibrary } from '../../helpers/app.ts';
import { makePdf } from '../../helpers/ingest-fixtures.ts';

describe('files attached by hand are read and indexed', () => {
  it('makes the words of an attached PDF searchable, at the right page', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'Board minutes' });
    const pdf = await makePdf({ pages: ['Opening remarks.', 'The panel agreed the graduated response toolkit.'] });
    const staged = await t.call('files/stage', { name: 'minutes.pdf', bytes: new Uint8Array(pdf) });
    await t.call('evidence/addFile', { evidenceId: item.id, uploadId: staged.uploadId, name: 'minutes.pdf' });
    // Reading happens in the background; this waits for it (and finds nothing left to read).
    await indexUnreadFiles(t.app.session);
    const found = await t.call('search/query', { query: '"graduated response toolkit"' });
    expect(found.hits.map((h) => [h.id, h.page])).toEqual([[item.id, 2]]);
    const details = await t.call('ingest/details', { id: item.id });
    expect(details.files[0]).toMatchObject({ name: 'minutes.pdf', pageCount: 2 });
    t.app.close();
  });

  it('records a note, not an error, when an attached file cannot be read', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'Scan' });
    const staged = await t.call('files/stage', { name: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7 not really') });
    await t.call('evidence/addFile', { evidenceId: item.id, uploadId: staged.uploadId, name: 'broken.pdf' });
    await indexUnreadFiles(t.app.session);
    const details = await t.call('ingest/details', { id: item.id });
    expect(details.files[0]!.note).toMatch(/could not be read, so search will not find words in it/);
    expect((await t.call('library/check')).ok).toBe(true);
    t.app.close();
  });

  it('the example library opens with its files already searchable', async () => {
    const t = testApp();
    await t.call('library/openExample');
    const db = t.app.session.library!.db;
    const unread = db.prepare('SELECT count(*) AS n FROM evidence_file f WHERE NOT EXISTS (SELECT 1 FROM file_text x WHERE x.file_id = f.id)').get();
    expect(unread).toEqual({ n: 0 });
    const pages = db.prepare("SELECT count(*) AS n FROM search_row WHERE page IS NOT NULL").get() as { n: number };
    expect(pages.n).toBeGreaterThan(19);
    t.app.close();
  });
});
