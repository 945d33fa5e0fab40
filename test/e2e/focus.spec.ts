/**
 * Keyboard focus never falls to the page's body after a common action (WCAG 2.4.3 focus
 * order): each step below is done from the keyboard, as a keyboard or screen-reader user
 * would, and then checks where focus has landed.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './host.ts';
import { areasGrid, callApi, details, expectLibraryOpen, libraryMenu, openApp, seedLibrary, selectItem } from './helpers.ts';

const LETTER = `Dear Ms Okafor,

As a result of the findings of this inspection, the Chief Inspector has determined that a Written Statement of Action (WSoA) is required because of significant areas of weakness in the local area's practice. The significant weaknesses are:

- The timeliness of education, health and care (EHC) plans, which are too often issued late.
- Parents and carers do not feel listened to, and the local offer is not well known.

Yours sincerely,
`;

/** Focuses a control and presses Enter on it, as a keyboard user would. */
async function pressEnterOn(page: Page, control: Locator) {
  await control.focus();
  await expect(control).toBeFocused();
  await page.keyboard.press('Enter');
}

/** The tag of the focused element; "body" when focus has been lost. Runs in the page. */
const FOCUSED_TAG = `(() => (document.activeElement ? document.activeElement.tagName.toLowerCase() : 'none'))()`;
const focusedTag = async (page: Page) => (await page.evaluate(FOCUSED_TAG)) as string;

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });

/** Pastes the letter in the open dialog and accepts both of its weaknesses. */
async function acceptBothFromLetter(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Paste the inspection letter' });
  await dialog.getByRole('textbox', { name: 'Text of the letter' }).fill(LETTER);
  await pressEnterOn(page, dialog.getByRole('button', { name: 'Find the weaknesses', exact: true }));
  await pressEnterOn(page, dialog.getByRole('button', { name: 'Accept AOC1', exact: true }));
  await expect(dialog.getByText('Added as AOC1')).toBeVisible();
  await pressEnterOn(page, dialog.getByRole('button', { name: 'Accept AOC2', exact: true }));
  await expect(dialog.getByText('Added as AOC2')).toBeVisible();
  return dialog;
}

test.describe('Focus after common actions', () => {
  test('creating a library lands on its name, the main heading', async ({ page, host }) => {
    await openApp(page, host);
    await pressEnterOn(page, page.getByRole('button', { name: 'Create a library', exact: true }));
    await page.getByRole('textbox', { name: 'Local area name', exact: true }).fill('Fenmoor');
    await pressEnterOn(page, page.getByRole('button', { name: 'Create library', exact: true }));
    await expectLibraryOpen(page, 'Fenmoor');
    await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Fenmoor', exact: true })).toBeFocused();
    // Tab carries on from there into the screen, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await focusedTag(page)).not.toBe('body');
  });

  test('closing the library lands on the start screen’s heading', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await page.getByRole('button', { name: 'Library menu', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu', { name: 'Library' }).getByRole('menuitem', { name: 'Close library', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Revisit Ready', exact: true })).toBeFocused();
  });

  test('“Done” in the letter dialog, whose button has gone, lands on the first new area', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await pressEnterOn(page, page.getByRole('button', { name: 'Paste the inspection letter…', exact: true }));
    const dialog = await acceptBothFromLetter(page);
    await pressEnterOn(page, dialog.getByRole('button', { name: 'Done', exact: true }));
    await expect(dialog).toBeHidden();
    // The empty state, and its button, went when the areas came.
    await expect(page.getByRole('button', { name: 'Paste the inspection letter…', exact: true })).toHaveCount(0);
    await expect(areasGrid(page).getByRole('row', { name: /^AOC1 — / })).toBeFocused();
  });

  test('closing the letter dialog with Escape on the empty Areas screen lands on the new area', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await screens(page).getByRole('button', { name: 'Areas', exact: true }).click();
    const empty = page.getByRole('heading', { name: 'No areas of concern yet' });
    await expect(empty).toBeVisible();
    await pressEnterOn(page, page.locator('.planning-main').getByRole('button', { name: 'Paste the inspection letter…', exact: true }));
    const dialog = await acceptBothFromLetter(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(empty).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Area pages' }).getByRole('button', { name: /^AOC1 / })).toBeFocused();
  });

  test('“Save judgement” keeps focus on the button and says “Saved”', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor', userName: 'Jo Bloggs' }, [{ code: 'AOC1', title: 'EHC plans', weakness: 'Plans are late.' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await screens(page).getByRole('button', { name: 'Areas', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'AOC1 — EHC plans' })).toBeVisible();
    const judgement = page.getByRole('region', { name: 'Judgement', exact: true });
    await judgement.getByRole('radio', { name: 'Sufficient progress', exact: true }).focus();
    await page.keyboard.press('Space');
    await judgement.getByRole('textbox', { name: 'Rationale for AOC1' }).fill('Four in five plans are now on time.');
    await pressEnterOn(page, judgement.getByRole('button', { name: 'Save judgement', exact: true }));
    await expect(judgement.getByText(/Now: Sufficient progress, by Jo Bloggs/)).toBeVisible();
    await expect(judgement.getByRole('button', { name: 'Save judgement', exact: true })).toBeFocused();
    await expect(judgement.getByRole('status')).toHaveText('Saved');
    // Shift+Tab goes back to the rationale, as it would before the save.
    await page.keyboard.press('Shift+Tab');
    await expect(judgement.getByRole('textbox', { name: 'Rationale for AOC1' })).toBeFocused();
  });

  test('“Export the pack” moves to the result in the dialog, and Escape still closes it', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' }, [{ code: 'AOC1', title: 'EHC plans', weakness: 'Plans are late.' }], [
      { title: 'EHC plan timeliness report', asAt: '2024-03-31', links: [{ code: 'AOC1' }] },
    ]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await libraryMenu(page, 'Export the evidence pack…');
    const dialog = page.getByRole('dialog', { name: 'Export the evidence pack' });
    await expect(dialog).toBeVisible();
    await pressEnterOn(page, dialog.getByRole('button', { name: 'Export the pack', exact: true }));
    const status = dialog.getByRole('status');
    await expect(status).toContainText('Pack exported', { timeout: 30_000 });
    await expect(status).toBeFocused();
    // Tab goes on to the download link inside the result.
    await page.keyboard.press('Tab');
    await expect(status.getByRole('link', { name: 'Download the pack', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Back to what opened it, and the page answers the keyboard again.
    await expect(page.getByRole('button', { name: 'Library menu', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu', { name: 'Library' })).toBeVisible();
  });

  test('“Back up now” moves to “Backup saved” in the dialog, and Escape still closes it', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await libraryMenu(page, 'Back up library…');
    const dialog = page.getByRole('dialog', { name: 'Back up library' });
    await pressEnterOn(page, dialog.getByRole('button', { name: 'Back up now', exact: true }));
    const status = dialog.getByRole('status');
    await expect(status).toContainText('Backup saved', { timeout: 30_000 });
    await expect(status).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Library menu', exact: true })).toBeFocused();
  });

  test('deleting an item carries on from the evidence list', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' }, [], [{ title: 'Old draft' }, { title: 'Board minutes' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await selectItem(page, 'Old draft');
    await pressEnterOn(page, details(page).getByRole('button', { name: 'Delete item…', exact: true }));
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Old draft”?' });
    await pressEnterOn(page, confirm.getByRole('button', { name: 'Delete item', exact: true }));
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('rowheader', { name: 'Old draft', exact: true })).toHaveCount(0);
    const inList = `(() => document.activeElement?.closest('[role="grid"][aria-label="Evidence list"]') !== null)()`;
    await expect.poll(() => page.evaluate(inList)).toBe(true);
  });

  test('linking an item to an area moves on to the new link’s stance', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' }, [{ code: 'AOC1', title: 'EHC plans', weakness: 'Plans are late.' }], [{ title: 'Board minutes' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await selectItem(page, 'Board minutes');
    const pane = details(page);
    await pane.getByRole('button', { name: /Link to an area/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'AOC1 — EHC plans' }).focus();
    await page.keyboard.press('Enter');
    await expect(pane.getByRole('button', { name: /Stance for AOC1/ })).toBeFocused();
  });

  test('Escape in the letter dialog with a letter pasted asks first, and “Keep editing” keeps the letter', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await libraryMenu(page, 'Paste the inspection letter…');
    const dialog = page.getByRole('dialog', { name: 'Paste the inspection letter' });
    const letter = dialog.getByRole('textbox', { name: 'Text of the letter' });
    await letter.fill(LETTER);
    await page.keyboard.press('Escape');
    const ask = dialog.getByRole('alert');
    await expect(ask).toContainText('Close without saving?');
    await expect(ask).toContainText('Closing now loses the letter you pasted.');
    await expect(ask.getByRole('button', { name: 'Keep editing', exact: true })).toBeFocused();
    await page.screenshot({ path: '/tmp/s5/5-close-without-saving.png' });
    await page.keyboard.press('Enter');
    await expect(ask).toBeHidden();
    await expect(letter).toHaveValue(LETTER);
    await expect(letter).toBeFocused();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Close and lose it', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  test('deleting a finding carries on from the Findings heading, with Undo offered', async ({ page, host }) => {
    const { areaIds } = await seedLibrary(host, { name: 'Fenmoor' }, [{ code: 'AOC1', title: 'EHC plans', weakness: 'Plans are late.' }]);
    await callApi(host, 'findings/create', { areaId: areaIds['AOC1'], text: 'Plans issued within 20 weeks rose to 39%.', citations: [] });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await screens(page).getByRole('button', { name: 'Areas', exact: true }).click();
    await pressEnterOn(page, page.getByRole('button', { name: 'Delete finding 1', exact: true }));
    await expect(page.getByRole('heading', { name: /^Findings/ })).toBeFocused();
    await expect(page.getByText('Deleted finding 1')).toBeVisible();
  });
});
