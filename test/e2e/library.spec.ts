/**
 * The Library menu and the start screen's less common choices: check, back up, close,
 * restore from a backup, edit the details, and open a folder that holds no library.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAccessible } from './host.ts';
import {
  attachViaApi,
  callApi,
  details,
  evidenceList,
  evidenceRows,
  expectLibraryOpen,
  libraryMenu,
  makePdf,
  openApp,
  seedLibrary,
  selectItem,
  viewRow,
  hrefOf,
  dateField,
  fillDate,
} from './helpers.ts';

const AOC1 = { code: 'AOC1', title: 'EHC plans', weakness: 'The timeliness and quality of EHC plans are poor.' };

test.describe('Library menu and start screen', () => {
  test('Check library reports that the library and its file are sound', async ({ page, host }) => {
    const { itemIds } = await seedLibrary(host, { name: 'Walsall' }, [AOC1], [{ title: 'EHC plan audit', links: [{ code: 'AOC1' }] }]);
    await attachViaApi(host, itemIds['EHC plan audit']!, 'audit.pdf', await makePdf('Audit'));
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');

    await libraryMenu(page, 'Check library');
    const dialog = page.getByRole('dialog', { name: 'Check library' });
    await expect(dialog.getByText('No problems found')).toBeVisible();
    await expect(dialog).toContainText('The library’s records are consistent, and its one attached file is present and unchanged.');
    await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Checked the library: no problems found.');
    await expectAccessible(page, 'the check library dialog');

    await dialog.getByRole('button', { name: 'Check again', exact: true }).click();
    await expect(dialog.getByText('No problems found')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  test('a backup can be downloaded, and restoring it from the start screen brings the library back', async ({ page, host }) => {
    const pdf = await makePdf('Parent carer survey results, spring 2023');
    const { itemIds } = await seedLibrary(host, { name: 'Walsall' }, [AOC1], [
      { title: 'Parent carer survey 2023', asAt: '2023-04-30', links: [{ code: 'AOC1', stance: 'counters', note: 'Satisfaction fell.' }] },
      { title: 'SEND strategy 2022 to 2025', asAt: '2022-09-01' },
    ]);
    await attachViaApi(host, itemIds['Parent carer survey 2023']!, 'survey.pdf', pdf);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await expect(evidenceRows(page)).toHaveCount(2);

    // Back up, and download the backup.
    await libraryMenu(page, 'Back up library…');
    const backup = page.getByRole('dialog', { name: 'Back up library' });
    await backup.getByRole('button', { name: 'Back up now', exact: true }).click();
    await expect(backup.getByText('Backup saved')).toBeVisible();
    await expect(backup).toContainText(join(host.dataRoot, 'Backups'));
    await expect(backup).toContainText('1 file');
    await expectAccessible(page, 'the backup dialog after a backup');
    const downloading = page.waitForEvent('download');
    await backup.getByRole('link', { name: 'Download the backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.revisit-backup$/);
    const backupFile = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(backupFile);
    const bytes = readFileSync(backupFile);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 2).toString('latin1'), 'a backup is a zip').toBe('PK');
    await backup.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(backup).toBeHidden();

    // A change after the backup, which the restore must not bring back.
    await callApi(host, 'evidence/delete', { id: itemIds['SEND strategy 2022 to 2025'] });
    await callApi(host, 'evidence/create', { title: 'Added after the backup' });

    // Close the library: back to the start screen, which now offers to open it again.
    await libraryMenu(page, 'Close library');
    await expect(page.getByRole('heading', { level: 1, name: 'Revisit Ready' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open your library', exact: true })).toBeVisible();
    await expect(page.getByRole('banner').getByRole('heading', { name: 'Walsall' })).toHaveCount(0);
    await expectAccessible(page, 'the start screen after closing a library');

    // Restore the downloaded backup.
    await page.getByRole('button', { name: 'Restore from a backup', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Restore from a backup', exact: true })).toHaveAttribute('aria-expanded', 'true');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose backup file…' }).click();
    await (await chooser).setFiles(backupFile);
    await expect(page.getByText(download.suggestedFilename(), { exact: false })).toBeVisible();
    await expectAccessible(page, 'the restore form with a file chosen');
    await page.getByRole('button', { name: 'Restore this backup', exact: true }).click();

    await expectLibraryOpen(page, 'Walsall');
    await expect(page.getByRole('contentinfo')).toContainText(join(host.dataRoot, 'Walsall'));
    await expect(evidenceRows(page)).toHaveCount(2);
    await expect(evidenceList(page).getByRole('rowheader', { name: 'SEND strategy 2022 to 2025', exact: true })).toBeVisible();
    await expect(evidenceList(page).getByRole('rowheader', { name: 'Added after the backup' })).toHaveCount(0);
    await expect(viewRow(page, 'Unlinked', 1)).toBeVisible();

    await selectItem(page, 'Parent carer survey 2023');
    await expect(details(page).getByRole('textbox', { name: 'Why this evidences the area (AOC1)' })).toHaveValue('Satisfaction fell.');
    const href = await hrefOf(details(page).getByRole('link', { name: 'Open survey.pdf' }), page);
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(Buffer.compare(await res.body(), pdf)).toBe(0);

    // The restored library is sound.
    await libraryMenu(page, 'Check library');
    await expect(page.getByRole('dialog', { name: 'Check library' }).getByText('No problems found')).toBeVisible();
    await page.keyboard.press('Escape');

    // Closed, it is offered again on the start screen beside the default library.
    await libraryMenu(page, 'Close library');
    const recent = page.getByRole('region', { name: 'Libraries you opened lately' });
    await expect(recent.getByRole('listitem')).toHaveCount(1);
    await expect(recent).toContainText(join(host.dataRoot, 'Walsall'));
    await expectAccessible(page, 'the start screen with a recent library');
    await recent.getByRole('button', { name: /^Open “Walsall” in / }).click();
    await expectLibraryOpen(page, 'Walsall');
    await expect(page.getByRole('contentinfo')).toContainText(join(host.dataRoot, 'Walsall'));
  });

  test('Library details can be changed and are kept', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsal', partners: ['Walsall Council'] });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsal');

    await libraryMenu(page, 'Library details…');
    const dialog = page.getByRole('dialog', { name: 'Library details' });
    await expect(dialog.getByRole('textbox', { name: 'Partner organisations' })).toHaveValue('Walsall Council');
    const name = dialog.getByRole('textbox', { name: 'Local area name', exact: true });

    // The name is required.
    await name.fill('');
    await dialog.getByRole('button', { name: 'Save details', exact: true }).click();
    await expect(name).toHaveAccessibleDescription(/Enter the name of the local area, for example Walsall\./);
    await expect(name).toBeFocused();
    await expectAccessible(page, 'the library details dialog with an error');

    await name.fill('Walsall');
    await fillDate(dateField(dialog, 'Revisit window from'), '2024-06-01');
    await fillDate(dateField(dialog, 'Revisit window to'), '2024-01-01');
    await dialog.getByRole('button', { name: 'Save details', exact: true }).click();
    await expect(dateField(dialog, 'Revisit window to')).toHaveAccessibleDescription(/The end of the revisit window must be on or after its start\./);
    await expectAccessible(page, 'the library details dialog with a date error');

    await fillDate(dateField(dialog, 'Revisit window to'), '2024-12-01');
    await dialog.getByRole('button', { name: 'Save details', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expectLibraryOpen(page, 'Walsall');

    await page.reload();
    await expectLibraryOpen(page, 'Walsall');
    await libraryMenu(page, 'Library details…');
    await expect(dateField(dialog, 'Revisit window from')).toHaveText('01/06/2024');
    await expect(dateField(dialog, 'Revisit window to')).toHaveText('01/12/2024');
  });

  test('opening a folder that holds no library, or restoring with no file, says what is wrong', async ({ page, host, configHome }) => {
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: 'Revisit Ready' })).toBeVisible();

    await page.getByRole('button', { name: 'Open a library folder', exact: true }).click();
    const folder = page.getByRole('textbox', { name: 'Library folder', exact: true });
    await expect(folder).toBeVisible();

    // Nothing entered.
    await page.getByRole('button', { name: 'Open library', exact: true }).click();
    await expect(folder).toHaveAccessibleDescription(/Enter the folder that holds the library/);
    await expect(folder).toBeFocused();

    // A folder that does not exist.
    const missing = join(configHome, 'No such folder');
    await folder.fill(missing);
    await page.getByRole('button', { name: 'Open library', exact: true }).click();
    const message = `There is no Revisit Ready library in ${missing}. Create one there, or choose another folder.`;
    await expect(page.getByText(message)).toBeVisible();
    await expect(folder).toHaveAttribute('aria-invalid', 'true');
    await expect(folder).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(folder).toBeFocused();
    await expect(page.getByRole('button', { name: 'Open library', exact: true })).toBeEnabled();
    await expectAccessible(page, 'the open folder form with an error');

    // Restoring before choosing a file.
    await page.getByRole('button', { name: 'Restore from a backup', exact: true }).click();
    await page.getByRole('button', { name: 'Restore this backup', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Choose the backup file to restore first.' })).toBeVisible();
    await expectAccessible(page, 'the restore form with an error');
    // Still on the start screen.
    await expect(page.getByRole('heading', { level: 1, name: 'Revisit Ready' })).toBeVisible();
  });
});
