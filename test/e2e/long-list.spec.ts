/**
 * A long evidence list (a survey import can add thousands of items) draws only the rows in
 * view, yet every item is reachable: by the filter, by the keyboard to the far end of the
 * list, and by mouse; the details follow, and axe finds nothing serious.
 */
import { test, expect, expectAccessible } from './host.ts';
import { callApi, details, evidenceList, expectLibraryOpen, openApp, seedLibrary } from './helpers.ts';

const COUNT = 400;
const title = (n: number) => `Parent survey answer ${String(n).padStart(3, '0')}`;
/** Item n is dated n days after 1 January 2023, so the list (newest first) runs from item 400 down to item 1. */
const asAt = (n: number) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10);

test.describe('A long evidence list', () => {
  test('draws only the rows in view, and every item can still be reached and opened', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Longshire' });
    for (let n = 1; n <= COUNT; n++) await callApi(host, 'evidence/create', { title: title(n), kind: 'feedback', asAt: asAt(n) });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Longshire');

    const list = evidenceList(page);
    await expect(list.getByRole('rowheader', { name: title(400), exact: true })).toBeVisible();
    await expect(page.getByText(`${COUNT} items`, { exact: true })).toBeVisible();
    const drawn = await list.getByRole('row').count();
    expect(drawn, 'rows drawn for a list of 400').toBeLessThan(60);

    // By mouse.
    await list.getByRole('rowheader', { name: title(398), exact: true }).click();
    await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title(398));

    // By keyboard: down one, then to the far end of the list, which is drawn when reached.
    await list.getByRole('rowheader', { name: title(398), exact: true }).click();
    await page.keyboard.press('ArrowDown');
    await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title(397));
    await page.keyboard.press('Control+End');
    await expect(list.getByRole('rowheader', { name: title(1), exact: true })).toBeVisible();
    await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title(1));

    // By the filter, which shows the short list as a plain table again.
    await page.getByPlaceholder('Filter by title, source or area code').fill('answer 250');
    await expect(page.getByText(`1 of ${COUNT} items match`)).toBeVisible();
    await list.getByRole('rowheader', { name: title(250), exact: true }).click();
    await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title(250));
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect(list.getByRole('rowheader', { name: title(400), exact: true })).toBeVisible();
    await expectAccessible(page, 'a long evidence list');
  });
});
