/**
 * Issue 3's journey: import a folder of mixed files, watch progress, read each file's
 * result (the broken one with its sentence), search a phrase and land on the right page
 * of the right PDF with the words highlighted; quick find opens an item. Axe on each screen.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { test, expect, expectAccessible } from './host.ts';
import { details, expectLibraryOpen, openApp, seedLibrary } from './helpers.ts';

function pdfPages(title: string, pages: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', info: { Title: title, CreationDate: new Date('2023-03-31T09:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    pages.forEach((text, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(14).text(text);
    });
    doc.end();
  });
}

let folder = '';

test.beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'revisit-import-'));
  folder = join(root, 'Board papers');
  mkdirSync(join(folder, '2023'), { recursive: true });
  writeFileSync(
    join(folder, '2023', 'board-minutes.pdf'),
    await pdfPages('SEND Partnership Board minutes', [
      'SEND Partnership Board minutes, 14 September 2022. Attendance and apologies.',
      'Item 2: the board reviewed the timeliness of EHC plans.',
      'Item 3: the co-production charter was signed by the parent carer forum.',
    ]),
  );
  writeFileSync(join(folder, 'annual-review-audit.pdf'), await pdfPages('Annual review audit', ['Annual review audit, 25 January 2022. A sample of forty plans.']));
  writeFileSync(join(folder, 'coffee-morning.txt'), 'Coffee morning notes. Parents said the local offer website was hard to use.');
  writeFileSync(join(folder, 'update.md'), '# Workstream update\n\nThe joint commissioning strategy was refreshed in March 2023.');
  writeFileSync(join(folder, 'complaint-2024-01.txt'), 'Stage 1 complaint: the annual review was not amended in time.');
  writeFileSync(join(folder, 'broken.pdf'), '%PDF-1.7\nthis is not really a PDF at all\n');
});

test.afterAll(() => {
  if (folder) rmSync(join(folder, '..'), { recursive: true, force: true });
});

test('a folder of mixed files is imported, searched, and opened at the right page', async ({ page, host }) => {
  await seedLibrary(host, { name: 'Brackenford' });
  await openApp(page, host);
  await expectLibraryOpen(page, 'Brackenford');

  // Import a folder (the folder picker; dropping a folder uses the same path in the app).
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
  // Each choice's name holds all its visible text, the hint included.
  await expect(page.getByRole('menuitem', { name: 'A folder… Every file in a folder and the folders inside it' })).toBeVisible();
  await expectAccessible(page, 'the Import menu');
  await page.getByRole('menuitem', { name: /^A folder…/ }).click();
  await (await chooser).setFiles(folder);

  const panel = page.getByRole('region', { name: 'Import finished' });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('progressbar', { name: 'Files read' })).toHaveAttribute('aria-valuetext', '6 of 6 files');
  await expect(panel).toContainText('5 imported, 1 failed.');
  const results = panel.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem')).toHaveCount(6);
  // A complaint may name a child: it is marked as personal data until someone checks it.
  await expect(results.getByRole('listitem').filter({ hasText: 'complaint-2024-01.txt' })).toContainText(
    'Marked as containing personal data: it is a complaint, which may name a child or family. It stays out of packs until you check it.',
  );
  // Coffee morning notes are parents' own words: they come in as feedback, so Voices counts them.
  await expect(results.getByRole('listitem').filter({ hasText: 'coffee-morning.txt' })).toContainText(
    'Imported as feedback from parents and carers (event or coffee morning), so it counts in Voices.',
  );
  await expect(results).toContainText('Board papers/2023/board-minutes.pdf');
  await expect(results).toContainText('As “SEND Partnership Board minutes” · 3 pages read');
  await expect(results).toContainText('As at 14 September 2022 (from the first page)');
  await expectAccessible(page, 'the import results');

  // Only the failed file, with its one-sentence reason.
  await panel.getByRole('radio', { name: 'Failed (1)' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByRole('listitem')).toContainText('Board papers/broken.pdf');
  await expect(results.getByRole('listitem')).toContainText('It was not imported.');
  await panel.getByRole('radio', { name: /^All/ }).click();
  await results.getByRole('listitem').filter({ hasText: 'complaint-2024-01.txt' }).getByRole('button', { name: /^Check details of/ }).click();
  const notice = details(page).getByRole('region', { name: 'Possible personal data' });
  await expect(notice).toContainText('It is a complaint, which may name a child or family.');
  await expect(details(page).getByRole('checkbox', { name: 'Contains personal data' })).toBeChecked();
  await expectAccessible(page, 'an item flagged as possible personal data');
  await notice.getByRole('button', { name: 'It is personal data', exact: true }).click();
  await expect(notice).toBeHidden();
  await expect(details(page).getByRole('checkbox', { name: 'Contains personal data' })).toBeChecked();
  // Closed from the keyboard, focus goes back to the Import button rather than being lost.
  await panel.getByRole('button', { name: 'Close the import panel', exact: true }).press('Enter');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Import', exact: true })).toBeFocused();

  // Search a phrase: the hit names the page and file, with the words marked.
  await page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search evidence text' }).fill('"co-production charter"');
  const hits = page.getByRole('grid', { name: 'Search results' });
  await expect(hits.getByRole('row')).toHaveCount(1);
  await expect(hits.getByRole('row')).toContainText('Page 3 of board-minutes.pdf');
  await expect(hits.locator('mark')).toHaveText(['co-production charter']);
  await expectAccessible(page, 'the search results');

  // Choosing it opens the viewer at page 3 with the phrase highlighted.
  await hits.getByRole('row').click();
  const viewer = page.getByRole('dialog', { name: 'board-minutes.pdf' });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText('Page 3 of 3 · 1 match highlighted on this page')).toBeVisible({ timeout: 20_000 });
  await expect(viewer.getByRole('textbox', { name: 'Page number, 1 to 3' })).toHaveValue('3');
  await expect(viewer.locator('mark.pdf-hit')).toHaveText(['co-production charter']);
  await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('SEND Partnership Board minutes');
  await expectAccessible(page, 'the PDF viewer');
  await viewer.getByRole('button', { name: 'Previous page', exact: true }).click();
  await expect(viewer.getByText('Page 2 of 3 · no highlighted matches on this page')).toBeVisible();
  await viewer.getByRole('button', { name: 'Close viewer', exact: true }).click();
  await expect(viewer).toBeHidden();

  // Quick find: Ctrl+K, a word, Enter opens the item.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Quick find' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('audit');
  await expect(palette.getByRole('option').first()).toContainText('Annual review audit');
  await expectAccessible(page, 'the quick-find palette');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Annual review audit');
  // What was read from its file.
  await expect(details(page).getByRole('heading', { name: 'What was read' })).toBeVisible();
  await expect(details(page)).toContainText('1 page of text searchable');
  await expectAccessible(page, 'the details pane of an imported item');
});

test('dropping a folder onto the window imports everything in it, folders and all', async ({ page, host }) => {
  await seedLibrary(host, { name: 'Brackenford' });
  await openApp(page, host);
  await expectLibraryOpen(page, 'Brackenford');
  const minutes = (await pdfPages('Forum minutes', ['Parent carer forum minutes, 3 May 2023.', 'Short breaks were discussed.'])).toString('base64');

  // Headless Chromium cannot drag a real folder from the desktop, so the drop carries a
  // stand-in for the browser's FileSystemEntry objects (same shape: isFile, isDirectory,
  // name, file(), createReader().readEntries() in batches); the app's own drop handling
  // and folder walk run unchanged on it.
  await page.evaluate((pdfBase64) => {
    const bytes = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
    const fileEntry = (f: File) => ({ isFile: true, isDirectory: false, name: f.name, file: (ok: (f: File) => void) => ok(f) });
    const dirEntry = (name: string, children: unknown[]) => ({
      isFile: false,
      isDirectory: true,
      name,
      createReader: () => {
        const batches = [children.slice(0, 1), children.slice(1), []];
        return { readEntries: (ok: (batch: unknown[]) => void) => ok(batches.shift() ?? []) };
      },
    });
    const root = dirEntry('Forum', [
      fileEntry(new File(['Notes from the drop-in: families asked about respite.'], 'drop-in notes.txt', { type: 'text/plain' })),
      dirEntry('2023', [fileEntry(new File([bytes], 'forum-minutes.pdf', { type: 'application/pdf' })), fileEntry(new File(['x'], '.DS_Store'))]),
    ]);
    const dataTransfer = { types: ['Files'], items: [{ kind: 'file', webkitGetAsEntry: () => root, getAsFile: () => null }], files: [], dropEffect: 'none' };
    // This runs in the page; the test files are type-checked without the DOM's types.
    const page = globalThis as unknown as { DragEvent: new (type: string, init: object) => Event; dispatchEvent: (e: Event) => boolean };
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = new page.DragEvent(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: dataTransfer });
      page.dispatchEvent(event);
    }
  }, minutes);

  const panel = page.getByRole('region', { name: 'Import finished' });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText('2 imported.');
  const results = panel.getByRole('list', { name: 'Import results' });
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await expect(results).toContainText('Forum/2023/forum-minutes.pdf');
  await expect(results).toContainText('Forum/drop-in notes.txt');
  await expect(results).not.toContainText('.DS_Store');
  // Escape closes the finished panel from anywhere in it.
  await panel.getByRole('button', { name: 'Close', exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await page.getByRole('banner').getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search evidence text' }).fill('short breaks');
  const hits = page.getByRole('grid', { name: 'Search results' });
  await expect(hits.getByRole('row')).toHaveCount(1);
  await expect(hits.getByRole('row')).toContainText('Page 2 of forum-minutes.pdf');

  // Words on different pages of one item: found, and said so.
  await page.getByRole('searchbox', { name: 'Search evidence text' }).fill('forum breaks');
  await expect(hits.getByRole('row')).toHaveCount(1);
  await expect(hits.getByRole('row')).toContainText('Page 1 of forum-minutes.pdf · the words are on different pages of this item');
});
