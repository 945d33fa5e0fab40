/**
 * An import made into the wrong area is taken back at once from its results panel, after
 * asking, rather than an item at a time.
 */
import { test, expect, expectAccessible } from './host.ts';
import { areasGrid, evidenceRows, expectLibraryOpen, openApp, seedLibrary } from './helpers.ts';

test('the items an import added can be taken back from its panel; what was already there stays', async ({ page, host }) => {
  await seedLibrary(host, { name: 'Walsall' }, [{ code: 'AOC1', title: 'Co-production', weakness: 'Families are not listened to.' }], [{ title: 'SEND strategy', links: [{ code: 'AOC1' }] }]);
  await openApp(page, host);
  await expectLibraryOpen(page, 'Walsall');
  await areasGrid(page).getByRole('row', { name: /^AOC1/ }).click();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Files… .*each linked to AOC1/ }).click();
  await (await chooser).setFiles([
    { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ not evidence') },
    { name: 'holiday list.txt', mimeType: 'text/plain', buffer: Buffer.from('Team holidays for August.') },
  ]);
  const panel = page.getByRole('region', { name: 'Import finished' });
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText('2 imported.');
  await expect(evidenceRows(page)).toHaveCount(3);

  await panel.getByRole('button', { name: 'Take back this import…', exact: true }).click();
  const ask = panel.getByRole('alert');
  await expect(ask).toContainText('Delete the 2 items this import added?');
  await expect(ask.getByRole('button', { name: 'Keep them', exact: true })).toBeFocused();
  await expectAccessible(page, 'taking back an import');
  await ask.getByRole('button', { name: 'Delete the 2 items', exact: true }).click();

  await expect(panel).toBeHidden();
  await expect(page.getByRole('contentinfo')).toContainText('Took back the import: deleted 2 items.');
  await expect(evidenceRows(page)).toHaveCount(1);
  await expect(evidenceRows(page).first()).toContainText('SEND strategy');
  await page.reload();
  await expectLibraryOpen(page, 'Walsall');
  await expect(areasGrid(page).getByRole('row', { name: /^AOC1 — Co-production, 1 evidence item/ })).toBeVisible();
});
