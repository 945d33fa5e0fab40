import { describe, expect, it } from 'vitest';
import { makeDocx, makeLyingZipBombDocx, makePdf, makeXlsx, makeZipBombDocx, writeTo } from '../../helpers/ingest-fixtures.ts';
import { expectNothingLeftBy, holdings, importPaths, ingestLibrary, misbehavingWorker, resultFor } from './helpers.ts';

describe('bad input: each file fails with a sentence, leaves nothing behind, and the others carry on', () => {
  it('a password-protected PDF', async () => {
    const { t, folder } = await ingestLibrary();
    const before = holdings(t);
    const path = writeTo(folder, 'locked.pdf', await makePdf({ pages: ['Secret'], userPassword: 'letmein' }));
    const r = resultFor(await importPaths(t, [path]), 'locked.pdf');
    expect(r).toMatchObject({ status: 'failed', id: null });
    expect(r.error).toBe('This PDF is password-protected, so its text could not be read. It was not imported. Remove the password and import it again.');
    expectNothingLeftBy(t, before);
  });

  it('corrupt, truncated and zero-byte files', async () => {
    const { t, folder } = await ingestLibrary();
    const before = holdings(t);
    const good = await makePdf({ pages: ['A good page about EHC plans.'] });
    const paths = [
      writeTo(folder, 'corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x41)])),
      writeTo(folder, 'truncated.pdf', good.subarray(0, Math.floor(good.length / 3))),
      writeTo(folder, 'empty.docx', ''),
      writeTo(folder, 'garbage.docx', Buffer.from('this is not a zip at all')),
      writeTo(folder, 'cut.xlsx', (await makeXlsx('S', [['a', 1]])).subarray(0, 200)),
    ];
    const state = await importPaths(t, paths);
    expect(resultFor(state, 'corrupt.pdf').error).toMatch(/^This PDF is damaged or incomplete, so its text could not be read\. It was not imported\./);
    expect(resultFor(state, 'truncated.pdf').status).toBe('failed');
    expect(resultFor(state, 'empty.docx').error).toBe('The file is empty (0 bytes), so there was nothing to import.');
    expect(resultFor(state, 'garbage.docx').error).toMatch(/^This Word document is damaged or incomplete/);
    expect(resultFor(state, 'cut.xlsx').error).toMatch(/^This spreadsheet is damaged or incomplete/);
    expect(state.counts).toMatchObject({ failed: 5, imported: 0 });
    expectNothingLeftBy(t, before);
  });

  it('a file whose name says one type but whose bytes say another', async () => {
    const { t, folder } = await ingestLibrary();
    const before = holdings(t);
    const docx = await makeDocx('Really Word', ['Text']);
    const pdf = await makePdf({ pages: ['Really a PDF'] });
    const state = await importPaths(t, [writeTo(folder, 'report.pdf', docx), writeTo(folder, 'minutes.docx', pdf), writeTo(folder, 'notes.txt', pdf)]);
    expect(resultFor(state, 'report.pdf').error).toBe(
      'This file is named "report.pdf" but is really a Word document, so it was not imported. Rename it to end in .docx and import it again.',
    );
    expect(resultFor(state, 'minutes.docx').error).toMatch(/is really a PDF, so it was not imported\. Rename it to end in \.pdf/);
    expect(resultFor(state, 'notes.txt').error).toMatch(/is really a PDF/);
    expectNothingLeftBy(t, before);
  });

  it('a .docx zip bomb, whether its sizes are declared honestly or not', async () => {
    const { t, folder } = await ingestLibrary({ limits: { maxUnzippedBytes: 5 * 1024 ** 2 } });
    const before = holdings(t);
    const honest = writeTo(folder, 'bomb.docx', await makeZipBombDocx(20 * 1024 ** 2));
    const lying = writeTo(folder, 'liar.docx', await makeLyingZipBombDocx(20 * 1024 ** 2, 1000));
    const good = writeTo(folder, 'fine.docx', await makeDocx('Fine', ['A real document.']));
    const state = await importPaths(t, [honest, lying, good]);
    expect(resultFor(state, 'bomb.docx').error).toMatch(/^This Word document would expand to more than 5 MB when opened/);
    expect(resultFor(state, 'liar.docx').status).toBe('failed');
    expect(resultFor(state, 'liar.docx').error).toMatch(/would expand to more than 5 MB|damaged/);
    expect(resultFor(state, 'fine.docx').status).toBe('imported');
    expect(holdings(t).items).toBe(before.items + 1);
  });

  it('a file over the size limit fails; one over the text limit is stored without its text', async () => {
    const { t, folder } = await ingestLibrary({ limits: { maxFileBytes: 50_000, maxTextBytes: 10_000 } });
    const before = holdings(t);
    const big = writeTo(folder, 'huge.txt', 'word '.repeat(20_000));
    const medium = writeTo(folder, 'medium.txt', 'word '.repeat(4_000));
    const state = await importPaths(t, [big, medium]);
    expect(resultFor(state, 'huge.txt').error).toMatch(/^This file is 1 MB, larger than the 1 MB a library accepts, so it was not imported\./);
    expect(resultFor(state, 'medium.txt')).toMatchObject({ status: 'imported', pages: null, note: expect.stringMatching(/too large for its text to be read/) });
    expect(holdings(t)).toMatchObject({ items: before.items + 1, stored: before.stored + 1, staged: 0 });
  });

  it('a parser that never finishes is stopped at the time limit, and the pool carries on', async () => {
    const { t, folder } = await ingestLibrary({ workerUrl: misbehavingWorker, limits: { timeoutMs: 1500 }, poolSize: 1 });
    const before = holdings(t);
    const stuck = writeTo(folder, 'loops.pdf', await makePdf({ pages: ['Never read'] }));
    const after = writeTo(folder, 'after.txt', 'Read after the stuck one.');
    const state = await importPaths(t, [stuck, after]);
    expect(resultFor(state, 'loops.pdf').error).toBe(
      'Reading this file took longer than 2 seconds, so it was stopped. It was not imported. The file may be damaged: open it, save a fresh copy and import that.',
    );
    expect(resultFor(state, 'after.txt').status).toBe('imported');
    expect(holdings(t)).toMatchObject({ items: before.items + 1, stored: before.stored + 1, staged: 0 });
  });

  it('a path that does not exist, and data or feedback imports that are not available yet', async () => {
    const { t, folder } = await ingestLibrary();
    const state = await importPaths(t, [`${folder}/nowhere.pdf`]);
    expect(state.results[0]).toMatchObject({ status: 'failed', error: `There is no file or folder at ${folder}/nowhere.pdf. Check the name and try again.` });
    const e = await t.fails('ingest/run', { sources: [{ type: 'path', path: folder }], kind: 'data' });
    expect(e).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^Importing files as data series is not available yet/) });
  });
});
