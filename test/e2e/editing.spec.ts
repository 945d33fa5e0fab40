/**
 * Changing things after they are made: errors beside fields, unlink and undo, deleting
 * with a confirmation, filtering and sorting the list, and doing it with the keyboard.
 * Each test sets up its own library through the web host's API, then works in the UI.
 */
import { test, expect, expectAccessible } from './host.ts';
import {
  areaAction,
  areasGrid,
  cell,
  chooseOption,
  details,
  evidenceList,
  evidenceRows,
  expectChoice,
  expectLibraryOpen,
  focusIndicator,
  tabTo,
  openApp,
  seedLibrary,
  selectItem,
  viewRow,
  views,
} from './helpers.ts';

const AOC1 = { code: 'AOC1', title: 'EHC plans', weakness: 'The timeliness and quality of EHC plans are poor.' };
const AOC2 = { code: 'AOC2', title: 'Co-production', weakness: 'Co-production with parents and carers is weak.' };

test.describe('Editing evidence and areas', () => {
  test('clearing an item’s title shows an error by the field and saves nothing', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [], [{ title: 'SEND strategy 2022 to 2025', asAt: '2022-09-01' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'SEND strategy 2022 to 2025');

    const pane = details(page);
    const title = pane.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('   ');
    await title.blur();
    await expect(pane.getByRole('status').first()).toHaveText('Not saved');
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(/Title must not be empty\./);
    await expect(pane.getByText('Title must not be empty.')).toBeVisible();
    // The list still shows the saved title.
    await expect(evidenceList(page).getByRole('rowheader', { name: 'SEND strategy 2022 to 2025', exact: true })).toBeVisible();
    await expectAccessible(page, 'the details pane with a field error');

    await page.reload();
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'SEND strategy 2022 to 2025');
    await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('an “As at” typed with a two-digit year is saved as this century’s; one left in part is said so and not saved', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [], [{ title: 'SEND strategy 2022 to 2025', asAt: '2022-09-01' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'SEND strategy 2022 to 2025');
    const asAt = details(page).getByRole('group', { name: 'As at' });
    const day = asAt.getByRole('spinbutton').nth(0);
    const year = asAt.getByRole('spinbutton').nth(2);
    await day.focus();
    await page.keyboard.type('120324');
    await details(page).getByRole('textbox', { name: 'Title', exact: true }).focus();
    await expect(year).toHaveText('2024');
    await expect(cell(evidenceRows(page).first(), 'As at')).toHaveText('12 March 2024');

    // The year deleted: the field says the date is not whole, and the saved date stays.
    await year.focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await details(page).getByRole('textbox', { name: 'Title', exact: true }).focus();
    await expect(details(page).getByText('Enter a whole date (day, month and year), or clear the field.')).toBeVisible();
    await expectAccessible(page, 'a date field left in part');
    await page.reload();
    await expectLibraryOpen(page, 'Walsall');
    await expect(cell(evidenceRows(page).first(), 'As at')).toHaveText('12 March 2024');
  });

  test('files dropped on the details pane are attached to the item, not imported; the pane puts nothing unseen in the Tab order', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [], [{ title: 'Board minutes' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'Board minutes');
    await expect(details(page).getByRole('button', { name: /^Drop files/ })).toHaveCount(0);
    // Shift+Tab from the title goes back out of the pane, not to a hidden drop button.
    await details(page).getByRole('textbox', { name: 'Title', exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('region', { name: 'Evidence details' }).locator(':focus')).toHaveCount(0);

    await page.locator('.dropzone').evaluate((zone) => {
      // This runs in the page; the test files are type-checked without the DOM's types.
      const dom = globalThis as unknown as {
        DataTransfer: new () => { items: { add: (f: File) => void } };
        DragEvent: new (type: string, init: object) => Event;
      };
      const data = new dom.DataTransfer();
      data.items.add(new File(['Minutes of the board, 3 May 2023.'], 'board-minutes.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new dom.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    });
    await expect(details(page).getByRole('link', { name: 'Open board-minutes.txt' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Import/ })).toHaveCount(0);
    await expect(evidenceRows(page)).toHaveCount(1);
  });

  test('text typed in an item and not yet left is saved when another item is chosen', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' }, [], [{ title: 'Board minutes' }, { title: 'Strategy' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await selectItem(page, 'Board minutes');
    const description = details(page).getByRole('textbox', { name: 'Description', exact: true });
    await description.fill('Shows the board agreed the co-production charter.');
    await evidenceRows(page).filter({ hasText: 'Strategy' }).click();
    await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Strategy');
    await selectItem(page, 'Board minutes');
    await expect(description).toHaveValue('Shows the board agreed the co-production charter.');
    await page.reload();
    await expectLibraryOpen(page, 'Fenmoor');
    await selectItem(page, 'Board minutes');
    await expect(details(page).getByRole('textbox', { name: 'Description', exact: true })).toHaveValue('Shows the board agreed the co-production charter.');
  });

  test('a code another area already uses is refused beside the Code field', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [AOC1]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');

    await page.getByRole('banner').getByRole('button', { name: 'New area of concern', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New area of concern' });
    const code = dialog.getByRole('textbox', { name: 'Code', exact: true });
    await code.fill('AOC1');
    await dialog.getByRole('textbox', { name: 'Short title' }).fill('Waiting times');
    await dialog.getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' }).fill('Waits are too long.');
    await dialog.getByRole('button', { name: 'Add area of concern', exact: true }).click();

    const message = 'Code AOC1 is already used by "EHC plans". Choose another code.';
    await expect(dialog.getByRole('alert')).toContainText('There is a problem');
    await expect(dialog.getByRole('alert').getByRole('link', { name: message })).toBeVisible();
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(code).toBeFocused();
    await expectAccessible(page, 'the new area dialog with an error');

    // Fixing the code lets it through.
    await code.fill('AOC2');
    await dialog.getByRole('button', { name: 'Add area of concern', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(areasGrid(page).getByRole('row')).toHaveCount(2);
    await expect(areasGrid(page).getByRole('row', { name: /^AOC2 — Waiting times/ })).toBeVisible();
  });

  test('unlinking an item can be undone, keeping its stance and note', async ({ page, host }) => {
    const note = 'Shows the baseline: only 8 of 40 plans were good.';
    await seedLibrary(host, { name: 'Walsall' }, [AOC1, AOC2], [
      { title: 'EHC plan audit', links: [{ code: 'AOC1', stance: 'counters', note }] },
    ]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'EHC plan audit');
    const pane = details(page);
    await expectChoice(pane, 'Stance for AOC1', 'Counters progress');
    await expect(viewRow(page, 'Unlinked', 0)).toBeVisible();

    await pane.getByRole('button', { name: 'Unlink AOC1', exact: true }).press('Enter');
    await expect(pane.getByRole('button', { name: 'Unlink AOC1', exact: true })).toHaveCount(0);
    await expect(pane.getByText('Not linked to any area of concern yet.')).toBeVisible();
    // The button pressed has gone: focus carries on at "Link to an area" rather than being lost.
    await expect(pane.getByRole('button', { name: /Link to an area/ })).toBeFocused();
    await expect(viewRow(page, 'Unlinked', 1)).toBeVisible();
    await expect(areasGrid(page).getByRole('row', { name: 'AOC1 — EHC plans, 0 evidence items' })).toBeVisible();
    const toasts = page.getByRole('region', { name: 'Notifications' });
    await expect(toasts.getByText('Unlinked from AOC1')).toBeVisible();
    await expectAccessible(page, 'the main screen with an undo notification');

    await toasts.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(toasts.getByText('Unlinked from AOC1')).toBeHidden();
    await expect(pane.getByRole('button', { name: 'Unlink AOC1', exact: true })).toBeVisible();
    await expectChoice(pane, 'Stance for AOC1', 'Counters progress');
    await expect(pane.getByRole('textbox', { name: 'Why this evidences the area (AOC1)' })).toHaveValue(note);
    await expect(viewRow(page, 'Unlinked', 0)).toBeVisible();
    await expect(areasGrid(page).getByRole('row', { name: 'AOC1 — EHC plans, 1 evidence item' })).toBeVisible();

    // It is really saved: it is still there after a reload.
    await page.reload();
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'EHC plan audit');
    await expectChoice(details(page), 'Stance for AOC1', 'Counters progress');
    await expect(details(page).getByRole('textbox', { name: 'Why this evidences the area (AOC1)' })).toHaveValue(note);
  });

  test('deleting an item asks first; Cancel keeps it, Delete item removes it', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [AOC1], [
      { title: 'Parent carer survey 2023', links: [{ code: 'AOC1' }] },
      { title: 'Annual report' },
    ]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'Parent carer survey 2023');

    await details(page).getByRole('button', { name: 'Delete item…', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Parent carer survey 2023”?' });
    await expect(confirm).toContainText('This deletes the evidence item and its link to AOC1 (with the stance and reason written on it). It cannot be undone.');
    // The safe choice has focus.
    await expect(confirm.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await expectAccessible(page, 'the delete item confirmation');
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(evidenceRows(page)).toHaveCount(2);
    await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Parent carer survey 2023');

    await details(page).getByRole('button', { name: 'Delete item…', exact: true }).click();
    await confirm.getByRole('button', { name: 'Delete item', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(evidenceRows(page)).toHaveCount(1);
    await expect(evidenceList(page).getByRole('rowheader', { name: 'Parent carer survey 2023' })).toHaveCount(0);
    await expect(details(page).getByText('No evidence item selected')).toBeVisible();
    await expect(viewRow(page, 'All evidence', 1)).toBeVisible();
    await expect(areasGrid(page).getByRole('row', { name: 'AOC1 — EHC plans, 0 evidence items' })).toBeVisible();

    await page.reload();
    await expectLibraryOpen(page, 'Walsall');
    await expect(evidenceRows(page)).toHaveCount(1);
    await expect(evidenceList(page).getByRole('rowheader', { name: 'Annual report', exact: true })).toBeVisible();
  });

  test('deleting an area with links keeps its evidence items', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [AOC1, AOC2], [
      { title: 'EHC plan audit', links: [{ code: 'AOC1' }] },
      { title: 'Joint commissioning review', links: [{ code: 'AOC1' }, { code: 'AOC2' }] },
    ]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await expect(viewRow(page, 'Unlinked', 0)).toBeVisible();

    await areaAction(page, 'AOC1', 'Delete area…');
    const confirm = page.getByRole('alertdialog', { name: 'Delete AOC1 — EHC plans?' });
    await expect(confirm).toContainText('This removes its links to 2 evidence items. The evidence items themselves stay in the library.');
    await expectAccessible(page, 'the delete area confirmation');
    await confirm.getByRole('button', { name: 'Delete area', exact: true }).click();
    await expect(confirm).toBeHidden();

    await expect(areasGrid(page).getByRole('row')).toHaveCount(1);
    await expect(areasGrid(page).getByRole('row', { name: 'AOC2 — Co-production, 1 evidence item' })).toBeVisible();
    await expect(viewRow(page, 'All evidence', 2)).toBeVisible();
    await expect(viewRow(page, 'Unlinked', 1)).toBeVisible();
    await expect(evidenceRows(page)).toHaveCount(2);
    const audit = evidenceRows(page).filter({ has: page.getByRole('rowheader', { name: 'EHC plan audit', exact: true }) });
    const review = evidenceRows(page).filter({ has: page.getByRole('rowheader', { name: 'Joint commissioning review', exact: true }) });
    await expect(cell(audit, 'Areas')).toHaveText('None');
    await expect(cell(review, 'Areas')).toHaveText('AOC2');

    await views(page).getByRole('row', { name: /^Unlinked/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Unlinked evidence' })).toBeVisible();
    await expect(evidenceRows(page)).toHaveCount(1);
    await expect(evidenceList(page).getByRole('rowheader', { name: 'EHC plan audit', exact: true })).toBeVisible();
  });

  test('the filter box narrows the list by title, source or area code', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [AOC1, AOC2], [
      { title: 'SEND strategy', source: 'Walsall Council', links: [{ code: 'AOC1' }] },
      { title: 'Parent carer survey', source: 'Walsall Parent Carer Forum', links: [{ code: 'AOC2' }] },
      { title: 'Waiting times data', source: 'NHS Black Country ICB' },
    ]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await expect(evidenceRows(page)).toHaveCount(3);
    const filter = page.getByRole('searchbox', { name: 'Filter evidence' });
    const count = page.getByRole('region', { name: 'All evidence' }).getByText(/items?( match)?$/);

    await filter.fill('survey');
    await expect(evidenceRows(page)).toHaveCount(1);
    await expect(evidenceList(page).getByRole('rowheader', { name: 'Parent carer survey', exact: true })).toBeVisible();
    await expect(count).toHaveText('1 of 3 items match');

    await filter.fill('nhs');
    await expect(evidenceRows(page)).toHaveCount(1);
    await expect(evidenceList(page).getByRole('rowheader', { name: 'Waiting times data', exact: true })).toBeVisible();

    await filter.fill('aoc1');
    await expect(evidenceRows(page)).toHaveCount(1);
    await expect(evidenceList(page).getByRole('rowheader', { name: 'SEND strategy', exact: true })).toBeVisible();

    await filter.fill('ofsted');
    await expect(evidenceList(page).getByText('No evidence matches “ofsted”. Clear the filter to see every item.')).toBeVisible();
    await expectAccessible(page, 'the evidence list with no matches');

    await page.getByRole('button', { name: 'Clear filter', exact: true }).click();
    await expect(filter).toHaveValue('');
    await expect(evidenceRows(page)).toHaveCount(3);
    await expect(count).toHaveText('3 items');
  });

  test('clicking the “As at” header sorts the list by date, undated items last', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [], [
      { title: 'Middle', asAt: '2023-03-31' },
      { title: 'Undated' },
      { title: 'Oldest', asAt: '2022-06-23' },
      { title: 'Newest', asAt: '2024-01-15' },
    ]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    const titles = evidenceList(page).getByRole('rowheader');
    const asAt = evidenceList(page).getByRole('columnheader', { name: 'As at' });

    // Newest first when the library opens.
    await expect(asAt).toHaveAttribute('aria-sort', 'descending');
    await expect(titles).toHaveText(['Newest', 'Middle', 'Oldest', 'Undated']);

    await asAt.click();
    await expect(asAt).toHaveAttribute('aria-sort', 'ascending');
    await expect(titles).toHaveText(['Oldest', 'Middle', 'Newest', 'Undated']);
    await expect(cell(evidenceRows(page).first(), 'As at')).toHaveText('23 June 2022');

    await asAt.click();
    await expect(asAt).toHaveAttribute('aria-sort', 'descending');
    await expect(titles).toHaveText(['Newest', 'Middle', 'Oldest', 'Undated']);

    // Another column takes over the sort.
    const titleHeader = evidenceList(page).getByRole('columnheader', { name: 'Title' });
    await titleHeader.click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(asAt).not.toHaveAttribute('aria-sort', /ascending|descending/);
    await expect(titles).toHaveText(['Middle', 'Newest', 'Oldest', 'Undated']);
  });

  test('an area can be added with the keyboard alone, with focus always visible', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');

    // Tab into the page until the header's main action has focus; every stop shows a ring.
    const opener = page.getByRole('banner').getByRole('button', { name: 'New evidence item', exact: true });
    await tabTo(page, opener);

    await page.keyboard.press('Alt+Shift+A');
    const dialog = page.getByRole('dialog', { name: 'New area of concern' });
    await expect(dialog).toBeVisible();
    const title = dialog.getByRole('textbox', { name: 'Short title' });
    await expect(title).toBeFocused();
    expect((await focusIndicator(page)).outline, 'focus ring on Short title').not.toBe('');
    await page.keyboard.type('Waiting times for assessment');

    await page.keyboard.press('Tab');
    const weakness = dialog.getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' });
    await expect(weakness).toBeFocused();
    const ring = await focusIndicator(page);
    expect(ring.outline || ring.boxShadow, 'focus ring on the weakness').not.toBe('');
    await page.keyboard.type('Children wait too long for assessment.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Second line.');

    // On through any other fields to the button that adds it, each with a focus ring.
    await tabTo(page, dialog.getByRole('button', { name: 'Add area of concern', exact: true }));
    await page.keyboard.press('Enter');

    await expect(dialog).toBeHidden();
    await expect(areasGrid(page).getByRole('row', { name: 'AOC1 — Waiting times for assessment, 0 evidence items' })).toBeVisible();
    // Focus goes back to where it was before the dialog opened, not to the top of the page.
    await expect(opener).toBeFocused();

    // The weakness kept both lines.
    await areaAction(page, 'AOC1', 'Edit area…');
    await expect(
      page.getByRole('dialog', { name: 'Edit AOC1' }).getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' }),
    ).toHaveValue('Children wait too long for assessment.\nSecond line.');
  });

  test('the link stance and kind can be changed in place', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [AOC1], [{ title: 'Tribunal data', links: [{ code: 'AOC1' }] }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'Tribunal data');
    const pane = details(page);
    await chooseOption(pane, page, 'Kind', 'Data');
    await expect(cell(evidenceRows(page).first(), 'Kind')).toHaveText('Data');
    await chooseOption(pane, page, 'What it shows for AOC1', 'Impact');
    await expect(pane.getByRole('listitem').filter({ hasText: 'AOC1 — EHC plans' }).getByRole('status')).toHaveText('Saved');
    await page.reload();
    await expectLibraryOpen(page, 'Walsall');
    await selectItem(page, 'Tribunal data');
    await expectChoice(details(page), 'Kind', 'Data');
    await expectChoice(details(page), 'What it shows for AOC1', 'Impact');
  });

  test('counts of one say “1 item”, in the views list as everywhere else', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Walsall' }, [AOC1], [{ title: 'SEND strategy' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    // The rest of the window words a count of one correctly…
    await expect(page.getByRole('region', { name: 'All evidence' }).getByText('1 item', { exact: true })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('1 evidence item · 1 unlinked · 1 area of concern');
    // …and so must the names screen readers announce for the two views.
    await expect(views(page).getByRole('row', { name: 'All evidence, 1 item', exact: true })).toBeVisible();
    await expect(views(page).getByRole('row', { name: 'Unlinked, 1 item', exact: true })).toBeVisible();
  });
});
