/**
 * Issue 4's voice journey: import a survey export (byte-order mark, Windows line endings,
 * a quoted newline, a role column, two free-text questions), review the answer flagged as
 * possible personal data, link a quote to an area, pair it with the action taken, and read
 * the Voices screen. Axe on each screen; screenshots go to /tmp/shots for a human look.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './host.ts';
import { chooseOption, details, evidenceRows, expectLibraryOpen, libraryMenu, openApp, seedLibrary, selectItem } from './helpers.ts';

const SHOTS = '/tmp/shots';
const shot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const rows = [
  ['Timestamp', 'I am a...', 'What has gone well?', 'What could be better?'],
  [
    '01/03/2024 09:15',
    'Parent or carer',
    '"The caseworker rang me back within a day and explained the plan.\r\nIt felt like someone was listening."',
    'My son Jacob Smith has waited a year for his plan to be finished.',
  ],
  ['04/03/2024 12:40', 'Young person', 'I was asked what I wanted at my review and people listened to me.', 'More help with getting ready for college would be good. I am in Year 11 at Fenmoor Park School.'],
  ['10/03/2024 18:02', 'Parent or carer', '', 'Communication is still poor and letters arrive late.'],
];
const CSV = Buffer.from('\uFEFF' + rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'utf8');
const FLAGGED = 'My son Jacob Smith has waited a year for his plan to be finished.';
const QUOTE_TITLE = '“I was asked what I wanted at my review and people listened to me.” — Family survey spring 2024, response 2';
const FLAGGED_TITLE = '“My son Jacob Smith has waited a year for his plan to be finished.” — Family survey spring 2024, response 1';
const SCHOOL_TITLE = '“More help with getting ready for college would be good. I am in Year…” — Family survey spring 2024, response 2';

test.describe('Voices', () => {
  test('imports a survey, reviews the flagged answer, links a quote and shows whose voice is missing', async ({ page, host }) => {
    await seedLibrary(
      host,
      { name: 'Fenmoor', partners: ['Fenmoor Parent Carer Forum'] },
      [{ code: 'AOC2', title: 'Listening to families', weakness: 'Parents and carers do not feel listened to.' }],
      [{ title: 'New caseworker posts', asAt: '2024-05-01', source: 'Fenmoor Council' }],
    );
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    const screens = page.getByRole('navigation', { name: 'Screens' });

    // Before any feedback: every voice is missing, and the screen says how to add some.
    await screens.getByRole('button', { name: 'Voices', exact: true }).click();
    await expect(page.getByText('0 feedback items in the library.')).toBeVisible();
    await expect(page.getByRole('region', { name: '6 voices are missing' })).toBeVisible();
    await expect(page.getByText(/No feedback in the library yet\./)).toBeVisible();
    await shot(page, 'voices-empty');
    await screens.getByRole('button', { name: 'Evidence', exact: true }).click();

    // Import the survey from the header's Import menu.
    await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: /Survey responses…/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import survey responses' });
    await expect(dialog).toBeVisible();
    await dialog.locator('input[type=file]').setInputFiles({ name: 'Family survey spring 2024.csv', mimeType: 'text/csv', buffer: CSV });
    const columns = dialog.getByRole('table', { name: /The survey’s columns/ });
    await expect(columns).toBeVisible();
    await expect(dialog.getByText('3 responses under the header in row 1.')).toBeVisible();
    // The quoted newline stays inside its answer; the role and date columns are recognised.
    await expect(columns.getByText(/explained the plan\.\s+It felt like someone was listening\./)).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: 'Import answers to “What has gone well?”' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Import answers to “What could be better?”' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: 'Import answers to “I am a...”' })).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: /I am a\.\.\. Role column/ })).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Survey name' })).toHaveValue('Family survey spring 2024');
    await expectAccessible(page, 'voices: survey preview');
    await shot(page, 'survey-preview');
    await dialog.getByText('Link every item to these areas of concern (optional)').scrollIntoViewIfNeeded();
    await shot(page, 'survey-defaults');

    await dialog.getByRole('button', { name: 'Import 5 answers from 3 responses' }).click();
    await expect(dialog.getByText('5 feedback items from 3 responses; 1 answer left blank; 2 flagged as possible personal data.')).toBeVisible();
    await expect(dialog.getByText('3 items from parents and carers')).toBeVisible();
    await expect(dialog.getByText('2 items from children and young people')).toBeVisible();
    await shot(page, 'survey-summary');

    // Review the flagged answers in the dialog: the one naming a child is personal data.
    await dialog.getByRole('button', { name: 'Review the 2 flagged answers' }).click();
    const review = page.getByRole('dialog', { name: 'Review answers flagged as possible personal data' });
    await expect(review.getByText('2 answers left to review.')).toBeVisible();
    await expect(review.getByText(FLAGGED)).toBeVisible();
    await expect(review.getByText('“My son Jacob”')).toBeVisible();
    await expectAccessible(page, 'voices: review');
    await shot(page, 'review');
    // Keyboard: tick it with the space bar, then mark the ticked as personal data.
    await review.getByRole('checkbox', { name: `Tick “${FLAGGED_TITLE}”` }).focus();
    await page.keyboard.press('Space');
    await expect(review.getByText('1 ticked')).toBeVisible();
    await review.getByRole('button', { name: 'Ticked are personal data' }).click();
    await expect(review.getByText('1 answer left to review; 1 reviewed.')).toBeVisible();
    await expect(review.getByText(FLAGGED)).toHaveCount(0);
    await review.getByRole('button', { name: 'Close' }).click();
    await expect(review).toBeHidden();

    // The other flagged answer is reviewed from its own details: it is not personal data.
    await selectItem(page, SCHOOL_TITLE);
    const pane = details(page);
    const notice = pane.getByRole('region', { name: 'Possible personal data' });
    await expect(notice).toContainText('Possible personal data — review: names a school and year group (“Year 11 at Fenmoor Park School”)');
    await expect(pane.getByRole('checkbox', { name: 'Contains personal data' })).toBeChecked();
    await notice.scrollIntoViewIfNeeded();
    await shot(page, 'feedback-flagged');
    await notice.getByRole('button', { name: 'It is not personal data' }).click();
    await expect(notice).toHaveCount(0);
    await expect(pane.getByRole('checkbox', { name: 'Contains personal data' })).not.toBeChecked();

    // The answers are in the list; open one, link it to an area, and pair it with the action taken.
    await expect(evidenceRows(page)).toHaveCount(6);
    await selectItem(page, QUOTE_TITLE);
    const feedback = pane.getByRole('region', { name: 'Feedback' });
    await expect(feedback.getByText('What has gone well?', { exact: true })).toBeVisible();
    await expect(feedback.getByText('Young person', { exact: true })).toBeVisible();
    await expect(feedback.getByRole('button', { name: /Whose voice$/ })).toHaveAccessibleName('Child or young person Whose voice');
    await chooseOption(feedback, page, 'Sentiment', 'Positive');
    await expect(feedback.getByText('Saved')).toBeVisible();
    await chooseOption(pane, page, 'Link to an area', 'AOC2 — Listening to families');
    await expect(pane.getByText('AOC2 — Listening to families')).toBeVisible();
    // Linking moves focus on to the new link's stance; wait for that before typing elsewhere,
    // or the move lands after the typing and the picker, losing focus, clears what was typed.
    await expect(pane.getByRole('button', { name: /Stance for AOC2$/ })).toBeFocused();
    const pairs = pane.getByRole('region', { name: 'You said, we did' });
    await pairs.getByRole('combobox', { name: 'Answered by' }).fill('caseworker');
    await page.getByRole('option', { name: /New caseworker posts/ }).click();
    await expect(pairs.getByRole('button', { name: /^New caseworker posts/ })).toBeVisible();
    await expectAccessible(page, 'voices: feedback details');
    await shot(page, 'feedback-pairs');
    await feedback.scrollIntoViewIfNeeded();
    await shot(page, 'feedback-details');

    // The flagged answer is marked as personal data in the list.
    await selectItem(page, FLAGGED_TITLE);
    await expect(pane.getByRole('checkbox', { name: 'Contains personal data' })).toBeChecked();
    await expect(pane.getByRole('region', { name: 'Possible personal data' })).toHaveCount(0);

    // The Voices screen: counts by voice, the missing voices, recent quotes.
    await screens.getByRole('button', { name: 'Voices', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Voices' })).toBeVisible();
    await expect(page.getByText('5 feedback items in the library.')).toBeVisible();
    const missing = page.getByRole('region', { name: '4 voices are missing' });
    await expect(missing.getByText('No feedback from practitioners')).toBeVisible();
    await expect(missing.getByText('No feedback from children and young people')).toHaveCount(0);
    const table = page.getByRole('table', { name: /by whose voice and sentiment/ });
    await expect(table.getByRole('row', { name: /Parents and carers/ }).getByRole('cell')).toHaveText(['0', '0', '0', '3', '3', '10 March 2024']);
    await expect(table.getByRole('row', { name: /Children and young people/ }).getByRole('cell')).toHaveText(['1', '0', '0', '1', '2', '4 March 2024']);
    await expect(page.getByRole('table', { name: /per quarter/ }).getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('listitem').filter({ hasText: FLAGGED }).getByText('Contains personal data')).toBeVisible();
    await expectAccessible(page, 'voices');
    await shot(page, 'voices');
    await page.getByRole('heading', { name: 'Most recent quotes' }).scrollIntoViewIfNeeded();
    await shot(page, 'voices-quotes');

    await chooseOption(page, page, 'Show feedback for', 'AOC2 — Listening to families');
    await expect(page.getByText('1 feedback item linked to AOC2.')).toBeVisible();
    await expect(page.getByRole('region', { name: '5 voices are missing' })).toBeVisible();
    await shot(page, 'voices-area');

    // A quote opens its item.
    await page.getByRole('button', { name: /I was asked what I wanted/ }).click();
    await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(QUOTE_TITLE);
  });

  test('a survey linked to an area at import is one exhibit in the pack, not one per answer', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' }, [{ code: 'AOC2', title: 'Listening to families', weakness: 'Parents and carers do not feel listened to.' }], []);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: /Survey responses…/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import survey responses' });
    await dialog.locator('input[type=file]').setInputFiles({ name: 'Family survey spring 2024.csv', mimeType: 'text/csv', buffer: CSV });
    const area = dialog.getByRole('checkbox', { name: 'AOC2 — Listening to families' });
    await area.focus();
    await page.keyboard.press('Space');
    await expect(area).toBeChecked();
    await dialog.getByRole('button', { name: 'Import 5 answers from 3 responses' }).click();
    await expect(dialog.getByText(/^5 feedback items from 3 responses/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(dialog).toBeHidden();

    await libraryMenu(page, 'Export the evidence pack…');
    const exportDialog = page.getByRole('dialog', { name: 'Export the evidence pack' });
    await exportDialog.getByRole('button', { name: 'Preview the pack', exact: true }).click();
    const frame = page.getByRole('dialog', { name: 'Preview of the evidence pack' }).frameLocator('iframe');
    const index = frame.getByRole('table', { name: 'Every exhibit, in order of reference' });
    // Two answers are flagged as possible personal data, so they stay out: three answers make one exhibit.
    await expect(index.getByRole('row')).toHaveCount(2);
    await expect(index.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Family survey spring 2024: 3 answers', 'Feedback (survey)', '10 March 2024', 'Not recorded', 'AOC2']);
    await expect(frame.getByText('The exhibits include 3 pieces of feedback.')).toBeVisible();
  });
});
