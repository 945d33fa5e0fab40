/**
 * A workstream lead's hand-over: she backs up her library on her laptop; the LANO adds the
 * evidence in that backup to hers, through the Library menu, and sees what came in.
 */
import { join } from 'node:path';
import { test, expect, expectAccessible } from './host.ts';
import { attachViaApi, callApi, details, evidenceRows, expectLibraryOpen, libraryMenu, openApp, seedLibrary } from './helpers.ts';

test('the LANO adds the evidence in a workstream lead’s backup to her library', async ({ page, host }) => {
  // The lead's library, on her laptop: two items tagged to AOC1 and AOC3.
  const lead = await seedLibrary(
    host,
    { name: 'Brackenford' },
    [
      { code: 'AOC1', title: 'Co-production', weakness: 'Families are not listened to.' },
      { code: 'AOC3', title: 'EHC plans', weakness: 'Plans are late.' },
    ],
    [
      { title: 'Co-production charter', asAt: '2024-03-01', links: [{ code: 'AOC1', stance: 'counters', note: 'Signed, but not yet used in panels' }] },
      { title: 'Transition protocol', asAt: '2024-02-01', links: [{ code: 'AOC3' }] },
    ],
  );
  await attachViaApi(host, lead.itemIds['Co-production charter']!, 'charter.txt', Buffer.from('The charter was agreed with the parent carer forum.'));
  const backup = join(host.dataRoot, 'lead.revisit-backup');
  await callApi(host, 'library/backup', { path: backup });

  // The LANO's own library has AOC1 but not AOC3.
  await callApi(host, 'library/create', { name: 'Brackenford', partners: [], path: join(host.dataRoot, 'LANO library') });
  await callApi(host, 'areas/create', { code: 'AOC1', title: 'Co-production and communication', weakness: 'Families are not listened to.' });
  await openApp(page, host);
  await expectLibraryOpen(page, 'Brackenford');
  await expect(evidenceRows(page)).toHaveCount(0);

  await libraryMenu(page, 'Add evidence from a colleague’s backup…');
  const dialog = page.getByRole('dialog', { name: 'Add evidence from a colleague’s backup' });
  await expect(dialog).toContainText('Their findings, judgements and actions are not brought in.');
  await dialog.locator('input[type=file]').setInputFiles(backup);
  await expect(dialog.getByText(/^lead\.revisit-backup \(/)).toBeVisible();
  await expectAccessible(page, 'adding a colleague’s backup');
  await dialog.getByRole('button', { name: 'Add their evidence' }).click();

  const outcome = dialog.getByRole('status');
  await expect(outcome).toContainText('2 items added');
  await expect(dialog.getByRole('list', { name: 'Items added' }).getByRole('listitem')).toHaveCount(2);
  await expect(outcome).toContainText('Links to AOC3 were left out: this library has no area with that code.');
  await expect(outcome).toBeFocused();
  await expectAccessible(page, 'what adding the backup did');
  await expect(evidenceRows(page)).toHaveCount(2);

  // Her item, with its file and her reason for linking it.
  await dialog.getByRole('button', { name: 'Co-production charter' }).click();
  await expect(dialog).toBeHidden();
  const pane = details(page);
  await expect(pane.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Co-production charter');
  await expect(pane).toContainText('charter.txt');
  await expect(pane).toContainText('Signed, but not yet used in panels');

  // The same backup again adds nothing.
  await libraryMenu(page, 'Add evidence from a colleague’s backup…');
  await dialog.locator('input[type=file]').setInputFiles(backup);
  await dialog.getByRole('button', { name: 'Add their evidence' }).click();
  await expect(dialog.getByRole('status')).toContainText('Nothing new: every item in the backup is here already');
  await expect(dialog.getByRole('button', { name: 'Undo: take back what was added' })).toHaveCount(0);
  await expect(evidenceRows(page)).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Done' }).click();
});

test('what a backup added can be taken back at once', async ({ page, host }) => {
  await seedLibrary(host, { name: 'Brackenford' }, [{ code: 'AOC1', title: 'Co-production', weakness: 'Families are not listened to.' }], [
    { title: 'Co-production charter', asAt: '2024-03-01', links: [{ code: 'AOC1' }] },
  ]);
  const backup = join(host.dataRoot, 'lead.revisit-backup');
  await callApi(host, 'library/backup', { path: backup });
  await callApi(host, 'library/create', { name: 'Brackenford', partners: [], path: join(host.dataRoot, 'LANO library') });
  await callApi(host, 'evidence/create', { title: 'My own minutes', asAt: '2024-01-01' });
  await openApp(page, host);
  await expect(evidenceRows(page)).toHaveCount(1);

  await libraryMenu(page, 'Add evidence from a colleague’s backup…');
  const dialog = page.getByRole('dialog', { name: 'Add evidence from a colleague’s backup' });
  await dialog.locator('input[type=file]').setInputFiles(backup);
  await dialog.getByRole('button', { name: 'Add their evidence' }).click();
  await expect(dialog.getByRole('status')).toContainText('1 item added');
  await expect(evidenceRows(page)).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Undo: take back what was added' }).click();
  await expect(dialog.getByRole('status')).toContainText('Taken back');
  await expect(dialog.getByRole('status')).toBeFocused();
  await expectAccessible(page, 'a merge taken back');
  await expect(evidenceRows(page)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
