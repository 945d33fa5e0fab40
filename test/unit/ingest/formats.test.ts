import { utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocx, makeEml, makePdf, makeXlsx, tinyPng, writeTo } from '../../helpers/ingest-fixtures.ts';
import { holdings, importPaths, ingestLibrary, resultFor } from './helpers.ts';

describe('importing each format', () => {
  it('reads a PDF page by page, with its title, page count and the date on its first page', async () => {
    const { t, folder } = await ingestLibrary();
    const path = writeTo(
      folder,
      'board-minutes.pdf',
      await makePdf({
        title: 'SEND Improvement Board minutes',
        created: new Date('2022-10-01T09:00:00Z'),
        pages: ['Minutes of the meeting held on 14 September 2022. Present: Testshire Council.', 'Item 4: EHC plans issued within 20 weeks rose to 62%.', 'Item 5: any other business.'],
      }),
    );
    const state = await importPaths(t, [path]);
    const r = resultFor(state, 'board-minutes.pdf');
    expect(r).toMatchObject({ status: 'imported', title: 'SEND Improvement Board minutes', pages: 3, error: null });
    expect(r.suggestions).toEqual({ title: 'SEND Improvement Board minutes', asAt: '2022-09-14', asAtFrom: 'first-page', source: 'Testshire Council' });
    const item = await t.call('evidence/get', { id: r.id! });
    expect(item).toMatchObject({ title: 'SEND Improvement Board minutes', asAt: '2022-09-14', source: 'Testshire Council', kind: 'document' });
    expect(item.files[0]).toMatchObject({ name: 'board-minutes.pdf', mediaType: 'application/pdf' });
    const details = await t.call('ingest/details', { id: r.id! });
    expect(details.files[0]).toMatchObject({ format: 'pdf', pageCount: 3, parts: 3, documentTitle: 'SEND Improvement Board minutes', documentDate: '2022-10-01' });
    const hit = (await t.call('search/query', { query: '20 weeks' })).hits[0]!;
    expect(hit).toMatchObject({ id: r.id, page: 2, fileName: 'board-minutes.pdf' });
  });

  it('falls back to the PDF creation date, then the file date, and to the file name for the title', async () => {
    const { t, folder } = await ingestLibrary();
    const created = writeTo(folder, 'Audit_of_plans.pdf', await makePdf({ created: new Date('2021-03-05T12:00:00Z'), pages: ['No date written here.'] }));
    const plain = writeTo(folder, 'notes.txt', 'Nothing dated in here either.');
    utimesSync(plain, new Date('2020-06-01T12:00:00Z'), new Date('2020-06-01T12:00:00Z'));
    const state = await importPaths(t, [created, plain]);
    expect(resultFor(state, 'Audit_of_plans.pdf').suggestions).toMatchObject({ title: 'Audit of plans', asAt: '2021-03-05', asAtFrom: 'document-date' });
    expect(resultFor(state, 'notes.txt').suggestions).toMatchObject({ title: 'notes', asAt: '2020-06-01', asAtFrom: 'file-date' });
  });

  it('reads a Word document: its first heading becomes the title, and its text is searchable', async () => {
    const { t, folder } = await ingestLibrary();
    const path = writeTo(folder, 'strategy.docx', await makeDocx('Co-production strategy 2022 to 2025', ['Agreed with the parent carer forum on 25 January 2022.', 'Testshire ICB will fund the SENDIASS service.']));
    const r = resultFor(await importPaths(t, [path]), 'strategy.docx');
    expect(r).toMatchObject({ status: 'imported', title: 'Co-production strategy 2022 to 2025' });
    expect(r.suggestions).toMatchObject({ asAt: '2022-01-25', asAtFrom: 'first-page', source: 'Testshire ICB' });
    const hits = (await t.call('search/query', { query: 'SENDIASS' })).hits;
    expect(hits.map((h) => h.id)).toEqual([r.id]);
  });

  it('keeps the text of .xlsx, .csv, .txt and .md files, each sheet labelled', async () => {
    const { t, folder } = await ingestLibrary();
    const paths = [
      writeTo(folder, 'kpis.xlsx', await makeXlsx('Timeliness', [['Measure', 'Jan', 'Feb'], ['Plans within 20 weeks', '67.7%', '62.5%']])),
      writeTo(folder, 'tribunals.csv', 'Year,Rate\n2021,8.12%\n2022,4.09%\n'),
      writeTo(folder, 'readme.txt', 'Coffee morning held at the library.'),
      writeTo(folder, 'notes.md', '# Parent carer forum notes\n\nThe local offer is hard to find.'),
    ];
    const state = await importPaths(t, paths);
    expect(state.counts).toMatchObject({ imported: 4, failed: 0 });
    expect(resultFor(state, 'notes.md').title).toBe('Parent carer forum notes');
    const sheet = (await t.call('search/query', { query: '62.5' })).hits[0]!;
    expect(sheet).toMatchObject({ fileName: 'kpis.xlsx', label: 'Sheet: Timeliness', page: null });
    expect((await t.call('search/query', { query: '4.09' })).hits[0]?.fileName).toBe('tribunals.csv');
    expect((await t.call('search/query', { query: 'coffee morning' })).hits[0]?.fileName).toBe('readme.txt');
  });

  it('reads an email: subject as title, sent date, sender; each attachment becomes its own item linked to it', async () => {
    const { t, folder } = await ingestLibrary();
    const audit = await makePdf({ pages: ['Audit of annual reviews completed on 3 March 2023.'] });
    const path = writeTo(
      folder,
      'audit-email.eml',
      makeEml({
        subject: 'Annual reviews audit',
        from: 'Jo Bloggs <jo@testshire.gov.uk>',
        date: 'Tue, 14 Mar 2023 10:00:00 +0000',
        body: 'Hello, the audit is attached. Regards, Testshire Council.',
        attachments: [
          { name: 'audit.pdf', type: 'application/pdf', data: audit },
          { name: 'photo.png', type: 'image/png', data: tinyPng },
        ],
      }),
    );
    const state = await importPaths(t, [path]);
    expect(state.results.map((r) => [r.name, r.status])).toEqual([
      ['audit-email.eml', 'imported'],
      ['audit.pdf', 'imported'],
      ['photo.png', 'imported'],
    ]);
    const email = resultFor(state, 'audit-email.eml');
    expect(email).toMatchObject({ title: 'Annual reviews audit', attachmentOf: null });
    expect(email.suggestions).toMatchObject({ asAt: '2023-03-14', source: 'Testshire Council' });
    const attachment = resultFor(state, 'audit.pdf');
    expect(attachment).toMatchObject({ attachmentOf: email.key, path: `${path} › audit.pdf` });
    const details = await t.call('ingest/details', { id: email.id! });
    expect(details.files[0]).toMatchObject({ format: 'email', author: 'Jo Bloggs <jo@testshire.gov.uk>', documentDate: '2023-03-14' });
    expect(details.attachments.map((a) => a.name)).toEqual(['audit.pdf', 'photo.png']);
    expect((await t.call('ingest/details', { id: attachment.id! })).attachedTo).toEqual([{ id: email.id, title: 'Annual reviews audit' }]);
    expect((await t.call('search/query', { query: 'annual reviews completed' })).hits[0]?.id).toBe(attachment.id);
  });

  it('stores images and unknown types with a note that no text could be read', async () => {
    const { t, folder } = await ingestLibrary();
    const state = await importPaths(t, [writeTo(folder, 'poster.png', tinyPng), writeTo(folder, 'slides.pptx', Buffer.from('not really slides'))]);
    expect(resultFor(state, 'poster.png')).toMatchObject({ status: 'imported', pages: null, note: expect.stringContaining('image, so no text could be read') });
    expect(resultFor(state, 'slides.pptx')).toMatchObject({ status: 'imported', note: expect.stringContaining('cannot read text from .pptx files') });
    expect(holdings(t)).toMatchObject({ items: 2, stored: 2, searchRows: 2 });
  });

  it('imports a folder recursively, skipping system clutter, and links every item to the chosen areas', async () => {
    const { t, folder } = await ingestLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.' });
    writeTo(folder, 'a.txt', 'First file.');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(`${folder}/sub/deeper`, { recursive: true });
    writeTo(folder, 'sub/deeper/b.txt', 'Second file.');
    writeTo(folder, '.DS_Store', 'clutter');
    writeTo(folder, '~$lock.docx', 'clutter');
    const state = await importPaths(t, [folder], { areaIds: [area.id], personalData: true });
    expect(state.results.map((r) => r.name).sort()).toEqual(['a.txt', 'b.txt']);
    const items = await t.call('evidence/list', { scope: { type: 'area', areaId: area.id } });
    expect(items).toHaveLength(2);
    expect(items.every((i) => i.personalData)).toBe(true);
  });

  it('keeps only the file name as the title when suggestions are not applied', async () => {
    const { t, folder } = await ingestLibrary();
    const path = writeTo(folder, 'minutes.pdf', await makePdf({ title: 'Board minutes', pages: ['Held on 1 April 2023 by Testshire Council.'] }));
    const r = resultFor(await importPaths(t, [path], { applySuggestions: false }), 'minutes.pdf');
    expect(r.suggestions?.title).toBe('Board minutes');
    expect(await t.call('evidence/get', { id: r.id! })).toMatchObject({ title: 'minutes', asAt: null, source: '' });
  });
});
