/**
 * The example library: opened from the start screen as a copy, with every item and area
 * from resources/example/seed.json, and every screen and dialog checked with axe.
 */
import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './host.ts';
import { addAreaViaDialog, areasGrid, details, evidenceList, evidenceRows, expectLibraryOpen, libraryMenu, openApp, selectItem, viewRow, views } from './helpers.ts';

interface Seed {
  library: { name: string };
  areas: { code: string; title: string }[];
  evidence: { title: string; links: { area: string }[] }[];
}
const seed = JSON.parse(readFileSync(new URL('../../resources/example/seed.json', import.meta.url), 'utf8')) as Seed;
const linkedTo = (code: string) => seed.evidence.filter((e) => e.links.some((l) => l.area === code));
const unlinkedCount = seed.evidence.filter((e) => e.links.length === 0).length;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

test.describe('The example library', () => {
  test.beforeEach(async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: 'Open the example library', exact: true }).click();
    await expectLibraryOpen(page, seed.library.name);
  });

  test('shows every item and area from the seed, and filters the list by area', async ({ page }) => {
    expect(seed.evidence.length).toBeGreaterThan(0);
    await expect(page.getByText('Example library — changes are kept in a copy')).toBeVisible();
    await expect(viewRow(page, 'All evidence', seed.evidence.length)).toBeVisible();
    await expect(viewRow(page, 'Unlinked', unlinkedCount)).toBeVisible();
    await expect(evidenceRows(page)).toHaveCount(seed.evidence.length);
    await expect(areasGrid(page).getByRole('row')).toHaveCount(seed.areas.length);
    await expect(page.getByRole('contentinfo')).toContainText(
      `${plural(seed.evidence.length, 'evidence item')}${unlinkedCount ? ` · ${unlinkedCount} unlinked` : ''} · ${seed.areas.length} areas of concern`,
    );
    await expectAccessible(page, 'the main screen of the example library');

    // Choosing an area shows only the evidence linked to it.
    const area = [...seed.areas].sort((a, b) => linkedTo(a.code).length - linkedTo(b.code).length)[0]!;
    const expected = linkedTo(area.code);
    expect(expected.length).toBeLessThan(seed.evidence.length);
    await areasGrid(page).getByRole('row', { name: `${area.code} — ${area.title}, ${plural(expected.length, 'evidence item')}` }).click();
    const list = page.getByRole('region', { name: `${area.code} — ${area.title}` });
    await expect(list.getByRole('heading', { level: 2, name: `${area.code} — ${area.title}` })).toBeVisible();
    await expect(evidenceRows(page)).toHaveCount(expected.length);
    const shown = await evidenceList(page).getByRole('rowheader').allTextContents();
    expect(shown.sort()).toEqual(expected.map((e) => e.title).sort());
    await expectAccessible(page, `the main screen filtered to ${area.code}`);

    // And back to everything.
    await views(page).getByRole('row', { name: /^All evidence/ }).click();
    await expect(evidenceRows(page)).toHaveCount(seed.evidence.length);
  });

  test('the details pane and every dialog pass axe', async ({ page }) => {
    // The details pane with an item selected (one with files and links).
    const item = seed.evidence.find((e) => e.links.length > 0)!;
    await selectItem(page, item.title);
    await expect(details(page).getByRole('button', { name: `Unlink ${item.links[0]!.area}`, exact: true })).toBeVisible();
    await expectAccessible(page, 'the details pane with an item selected');

    // New evidence item.
    await page.getByRole('banner').getByRole('button', { name: 'New evidence item', exact: true }).click();
    const newItem = page.getByRole('dialog', { name: 'New evidence item' });
    await expect(newItem).toBeVisible();
    await expectAccessible(page, 'the new evidence item dialog');
    await newItem.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(newItem).toBeHidden();

    // New area of concern: the code offered is the next free one after the seed's.
    await page.getByRole('banner').getByRole('button', { name: 'New area of concern', exact: true }).click();
    const newArea = page.getByRole('dialog', { name: 'New area of concern' });
    await expect(newArea.getByRole('textbox', { name: 'Code', exact: true })).toHaveValue(`AOC${seed.areas.length + 1}`);
    await expectAccessible(page, 'the new area dialog');
    await page.keyboard.press('Escape');
    await expect(newArea).toBeHidden();

    // Library details.
    await libraryMenu(page, 'Library details…');
    const detailsDialog = page.getByRole('dialog', { name: 'Library details' });
    await expect(detailsDialog.getByRole('textbox', { name: 'Local area name', exact: true })).toHaveValue(seed.library.name);
    await expectAccessible(page, 'the library details dialog');
    await detailsDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(detailsDialog).toBeHidden();

    // Check library.
    await libraryMenu(page, 'Check library');
    const check = page.getByRole('dialog', { name: 'Check library' });
    await expect(check.getByText('No problems found')).toBeVisible();
    await expectAccessible(page, 'the check library dialog');
    await check.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(check).toBeHidden();

    // Back up library, before and after the backup is made.
    await libraryMenu(page, 'Back up library…');
    const backup = page.getByRole('dialog', { name: 'Back up library' });
    await expect(backup.getByRole('button', { name: 'Back up now', exact: true })).toBeVisible();
    await expectAccessible(page, 'the backup dialog');
    await backup.getByRole('button', { name: 'Back up now', exact: true }).click();
    await expect(backup.getByRole('link', { name: 'Download the backup' })).toBeVisible();
    await expectAccessible(page, 'the backup dialog after a backup');
    await backup.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(backup).toBeHidden();

    // Restore from a backup (from the menu).
    await libraryMenu(page, 'Restore from a backup…');
    const restore = page.getByRole('dialog', { name: 'Restore from a backup' });
    await expect(restore.getByRole('button', { name: 'Choose backup file…' })).toBeVisible();
    await expectAccessible(page, 'the restore dialog');
    await restore.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(restore).toBeHidden();

    // The confirmation before deleting an item.
    await details(page).getByRole('button', { name: 'Delete item…', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete “${item.title}”?` });
    await expect(confirm).toBeVisible();
    await expectAccessible(page, 'the delete item confirmation');
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(confirm).toBeHidden();
  });

  test('keeps what you change in the example when you open it again, until you start it again', async ({ page }) => {
    const practice = { code: 'AOC99', title: 'Practice area', weakness: 'Made up while trying the app.' };
    const practiceRow = () => areasGrid(page).getByRole('row', { name: new RegExp(`^${practice.code} — ${practice.title}`) });
    await addAreaViaDialog(page, practice);
    await expect(practiceRow()).toBeVisible();

    // Close it and open it again from the start screen: the practice area is still there.
    await libraryMenu(page, 'Close library');
    await expect(page.getByText('Your copy of the example is kept with whatever you changed in it, and opens as you left it.')).toBeVisible();
    await page.getByRole('button', { name: 'Open the example library', exact: true }).click();
    await expectLibraryOpen(page, seed.library.name);
    await expect(practiceRow()).toBeVisible();

    // Starting again asks first; cancelling keeps everything.
    await libraryMenu(page, 'Start the example again…');
    const confirm = page.getByRole('alertdialog', { name: 'Start the example again?' });
    await expect(confirm).toContainText('Your changes in the example library will be lost');
    await page.screenshot({ path: '/tmp/example-helper/start-again-dialog.png' });
    await expectAccessible(page, 'the start the example again confirmation');
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(practiceRow()).toBeVisible();

    // Confirmed, the copy is made afresh: the practice area has gone, the seed's areas are all there.
    await libraryMenu(page, 'Start the example again…');
    await confirm.getByRole('button', { name: 'Start again', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(practiceRow()).toHaveCount(0);
    await expect(areasGrid(page).getByRole('row')).toHaveCount(seed.areas.length);
    await expect(evidenceRows(page)).toHaveCount(seed.evidence.length);

    // The start screen offers the same, confirmed, once a copy exists.
    await libraryMenu(page, 'Close library');
    await page.getByRole('button', { name: 'Start the example again…', exact: true }).click();
    await expect(confirm).toBeVisible();
    await expectAccessible(page, 'the start the example again confirmation on the start screen');
    await confirm.getByRole('button', { name: 'Start again', exact: true }).click();
    await expectLibraryOpen(page, seed.library.name);
  });

  test('shows the drafted assessment on the Areas and Readiness screens', async ({ page }) => {
    const screens = page.getByRole('navigation', { name: 'Screens' });
    await screens.getByRole('button', { name: 'Areas', exact: true }).click();
    await expect(page.getByText(/Leaders across education, health and social care now share an accurate understanding/).first()).toBeVisible();
    await page.screenshot({ path: '/tmp/example-helper/areas.png', fullPage: true });
    await screens.getByRole('button', { name: 'Readiness', exact: true }).click();
    await expect(page.getByText(/^Judged as at 31 August 2024:/)).toBeVisible();
    await page.screenshot({ path: '/tmp/example-helper/readiness.png', fullPage: true });
    await expectAccessible(page, 'the readiness screen of the example with its assessment');
  });
});
