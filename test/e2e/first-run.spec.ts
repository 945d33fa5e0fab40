/**
 * What a new Local Area Nominated Officer does first: create a library, add the areas of
 * concern from the letter, add an evidence item with a file, link it, and find it all
 * again after the app is restarted.
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
  makePdf,
  openApp,
  selectItem,
  viewRow,
  views,
  hrefOf,
  dateField,
  fillDate,
} from './helpers.ts';

const WEAKNESS_1 =
  'The timeliness and quality of education, health and care (EHC) plans are poor:\n' +
  '  - too many plans are issued late;\n' +
  '  - health and social care advice is often missing.\n' +
  '\n' +
  'Leaders do not check the quality of plans.';
const WEAKNESS_2 = 'Parents and carers do not feel listened to, and communication with families is weak.';

test.describe('A new user sets up their library', () => {
  // A council officer whose browser is set to US English still reads and types dates day first.
  test.use({ locale: 'en-US' });

  test('creates a library, adds areas and evidence, and finds it all after a restart', async ({ page, host, hosts }) => {
    // The start screen.
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: 'Revisit Ready' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open your library' })).toHaveCount(0);
    await expectAccessible(page, 'the start screen');

    // Create the library.
    await page.getByRole('button', { name: 'Create a library', exact: true }).click();
    const nameField = page.getByRole('textbox', { name: 'Local area name', exact: true });
    await expect(nameField).toBeFocused();
    await expectAccessible(page, 'the create library form');
    await nameField.fill('Walsall');
    await page.getByRole('textbox', { name: 'Partner organisations' }).fill('Walsall Council\nNHS Black Country ICB\nWalsall Parent Carer Forum');
    const inspected = dateField(page, 'Initial inspection date');
    await expect(inspected).toHaveText('dd/mm/yyyy');
    await fillDate(inspected, '2022-06-23');
    await expect(inspected).toHaveText('23/06/2022');
    await fillDate(dateField(page, 'WSoA fit for purpose'), '2022-11-01');
    await fillDate(dateField(page, 'Revisit window from'), '2024-01-01');
    await fillDate(dateField(page, 'Revisit window to'), '2024-05-01');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
    await page.getByRole('button', { name: 'Create library', exact: true }).click();
    await expectLibraryOpen(page, 'Walsall');
    await expect(viewRow(page, 'All evidence', 0)).toBeVisible();
    await expectAccessible(page, 'the empty library');

    // The first area, from the empty state; its weakness has several lines and indents.
    await page.getByRole('button', { name: 'Add an area of concern', exact: true }).click();
    const newArea = page.getByRole('dialog', { name: 'New area of concern' });
    await expect(newArea.getByRole('textbox', { name: 'Code', exact: true })).toHaveValue('AOC1');
    await expectAccessible(page, 'the new area dialog');
    await newArea.getByRole('textbox', { name: 'Short title' }).fill('EHC plans');
    await newArea.getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' }).fill(WEAKNESS_1);
    await newArea.getByRole('button', { name: 'Add area of concern', exact: true }).click();
    await expect(newArea).toBeHidden();

    // The second, from the header; the code suggested is the next free one.
    await page.getByRole('banner').getByRole('button', { name: 'New area of concern', exact: true }).click();
    await expect(newArea.getByRole('textbox', { name: 'Code', exact: true })).toHaveValue('AOC2');
    await newArea.getByRole('textbox', { name: 'Short title' }).fill('Communication with families');
    await newArea.getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' }).fill(WEAKNESS_2);
    await newArea.getByRole('button', { name: 'Add area of concern', exact: true }).click();
    await expect(newArea).toBeHidden();

    await expect(areasGrid(page).getByRole('row')).toHaveCount(2);
    await expect(areasGrid(page).getByRole('row', { name: 'AOC1 — EHC plans, 0 evidence items' })).toBeVisible();
    await expect(areasGrid(page).getByRole('row', { name: 'AOC2 — Communication with families, 0 evidence items' })).toBeVisible();

    // The weakness is kept exactly as entered.
    await areaAction(page, 'AOC1', 'Edit area…');
    const editArea = page.getByRole('dialog', { name: 'Edit AOC1' });
    await expect(editArea.getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' })).toHaveValue(WEAKNESS_1);
    await expectAccessible(page, 'the edit area dialog');
    await editArea.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(editArea).toBeHidden();

    // An evidence item with a PDF, not yet linked.
    await views(page).getByRole('row', { name: /^All evidence/ }).click();
    await page.getByRole('banner').getByRole('button', { name: 'New evidence item', exact: true }).click();
    const newItem = page.getByRole('dialog', { name: 'New evidence item' });
    await expect(newItem.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
    await expectChoice(newItem, 'Link to an area of concern', 'Not yet');
    await newItem.getByRole('textbox', { name: 'Title', exact: true }).fill('EHC plan audit, baseline');
    const pdf = await makePdf('Multi-agency EHC plan audit: 8 of 40 plans good or better.');
    const chooser = page.waitForEvent('filechooser');
    await newItem.getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles({ name: 'audit-baseline.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(newItem.getByRole('button', { name: 'Remove audit-baseline.pdf' })).toBeVisible();
    await expectAccessible(page, 'the new evidence dialog with a file chosen');
    await newItem.getByRole('button', { name: 'Add evidence item', exact: true }).click();
    await expect(newItem).toBeHidden();

    const pane = details(page);
    await expect(pane.getByRole('link', { name: 'Open audit-baseline.pdf' })).toBeVisible();
    await expect(evidenceRows(page)).toHaveCount(1);
    await expect(viewRow(page, 'All evidence', 1)).toBeVisible();
    await expect(viewRow(page, 'Unlinked', 1)).toBeVisible();
    await expect(cell(evidenceRows(page).first(), 'Areas')).toHaveText('None');
    await expect(cell(evidenceRows(page).first(), 'Files')).toHaveText('1');

    // Link it to AOC1, as countering progress, with a note.
    await chooseOption(pane, page, 'Link to an area', 'AOC1 — EHC plans');
    await expect(pane.getByRole('button', { name: 'Unlink AOC1', exact: true })).toBeVisible();
    await expect(viewRow(page, 'Unlinked', 0)).toBeVisible();
    await expect(areasGrid(page).getByRole('row', { name: 'AOC1 — EHC plans, 1 evidence item' })).toBeVisible();
    await expect(areasGrid(page).getByRole('row', { name: 'AOC2 — Communication with families, 0 evidence items' })).toBeVisible();
    await expectChoice(pane, 'Stance for AOC1', 'Supports progress');
    await chooseOption(pane, page, 'Stance for AOC1', 'Counters progress');
    await expectChoice(pane, 'Stance for AOC1', 'Counters progress');
    const note = pane.getByRole('textbox', { name: 'Why this evidences the area (AOC1)' });
    await note.fill('Our starting point: only a fifth of plans were good.');
    await note.blur();
    await expect(pane.getByRole('listitem').filter({ hasText: 'AOC1 — EHC plans' }).getByRole('status')).toHaveText('Saved');
    await expect(cell(evidenceRows(page).first(), 'Areas')).toHaveText('AOC1');
    await expectAccessible(page, 'the details pane with a linked item');

    // Edit its title and "as at" date; both save when the field is left.
    const title = pane.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('EHC plan quality audit, baseline');
    await title.blur();
    await expect(evidenceList(page).getByRole('rowheader', { name: 'EHC plan quality audit, baseline', exact: true })).toBeVisible();
    const asAt = dateField(pane, 'As at');
    await fillDate(asAt, '2022-12-09');
    await asAt.getByRole('spinbutton', { name: /^year/ }).blur();
    await expect(cell(evidenceRows(page).first(), 'As at')).toHaveText('9 December 2022');
    await expect(pane.getByRole('status').first()).toHaveText('Saved');

    // Restart the app on the same data folder: the default library opens again.
    await host.stop();
    const again = await hosts.start();
    await openApp(page, again);
    await expectLibraryOpen(page, 'Walsall');
    await expect(areasGrid(page).getByRole('row', { name: 'AOC1 — EHC plans, 1 evidence item' })).toBeVisible();
    await expect(areasGrid(page).getByRole('row', { name: 'AOC2 — Communication with families, 0 evidence items' })).toBeVisible();
    await expect(viewRow(page, 'Unlinked', 0)).toBeVisible();
    await expect(evidenceRows(page)).toHaveCount(1);
    await expect(cell(evidenceRows(page).first(), 'As at')).toHaveText('9 December 2022');

    await selectItem(page, 'EHC plan quality audit, baseline');
    await expect(dateField(pane, 'As at')).toHaveText('09/12/2022');
    await expectChoice(pane, 'Stance for AOC1', 'Counters progress');
    await expect(pane.getByRole('textbox', { name: 'Why this evidences the area (AOC1)' })).toHaveValue(
      'Our starting point: only a fifth of plans were good.',
    );

    // The attached file downloads byte for byte.
    const open = pane.getByRole('link', { name: 'Open audit-baseline.pdf' });
    const href = await hrefOf(open, page);
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.compare(await res.body(), pdf)).toBe(0);

    // The weakness is still exactly as entered.
    await areaAction(page, 'AOC1', 'Edit area…');
    await expect(
      page.getByRole('dialog', { name: 'Edit AOC1' }).getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' }),
    ).toHaveValue(WEAKNESS_1);
    await expectAccessible(page, 'the edit area dialog after a restart');
  });
});
