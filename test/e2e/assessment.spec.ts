/**
 * Issue 5's journey: paste the inspection letter and accept its areas, link evidence
 * with rationales and strength, make an excerpt, judge two areas, and watch the
 * readiness dashboard's gaps change as evidence is added. Axe on every screen.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './host.ts';
import { callApi, chooseOption, details, expectChoice, expectLibraryOpen, openApp, seedLibrary, selectItem } from './helpers.ts';

const LETTER = `14 March 2024

Dear Ms Okafor,

Joint local area SEND inspection in Fenmoor

Between 5 and 9 February 2024, Ofsted and the Care Quality Commission (CQC) conducted a joint inspection of the local area of Fenmoor.

As a result of the findings of this inspection, the Chief Inspector has determined that a Written Statement of Action (WSoA) is required because of significant areas of weakness in the local area's practice. The significant weaknesses are:

- The timeliness of education, health and care (EHC) plans, which are too often issued late.
- Parents and carers do not feel listened to, and the local offer is not well known.
- Leaders' self-evaluation is not informed by reliable performance information.

Yours sincerely,

A. Inspector
`;

const DESCRIPTION = 'Of 120 plans issued this year, 96 were issued within 20 weeks, up from 41 the year before.';
const QUOTE = '96 were issued within 20 weeks';

/** A date `days` before today, as YYYY-MM-DD (evidence this recent is fresh). */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const gapsFor = (page: Page, code: string): Locator => page.getByRole('region', { name: new RegExp(`^${code} — `) });

async function showReadiness(page: Page) {
  await screens(page).getByRole('button', { name: 'Readiness', exact: true }).click();
  await expect(page.getByRole('table', { name: /Evidence by area and kind/ })).toBeVisible();
}

test.describe('Areas, judgements and readiness', () => {
  test('from the pasted letter to two judged areas, with the gaps closing as evidence is added', async ({ page, host }) => {
    const { itemIds } = await seedLibrary(host, { name: 'Fenmoor', userName: 'Jo Bloggs' }, [], [
      { title: 'EHC plan timeliness report', asAt: daysAgo(30), source: 'Fenmoor Council' },
    ]);
    await callApi(host, 'evidence/update', { id: itemIds['EHC plan timeliness report'], kind: 'data', description: DESCRIPTION });
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');

    // Paste the letter from the empty areas pane; nothing is added until accepted.
    await page.getByRole('button', { name: 'Paste the inspection letter…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste the inspection letter' });
    await dialog.getByRole('textbox', { name: 'Text of the letter' }).fill(LETTER);
    await expectAccessible(page, 'the paste-the-letter dialog');
    await dialog.getByRole('button', { name: 'Find the weaknesses', exact: true }).click();
    await expect(dialog.getByText('Three weaknesses found')).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Proposed areas of concern' }).getByRole('listitem')).toHaveCount(3);
    await expectAccessible(page, 'the letter’s proposals');

    await dialog.getByRole('button', { name: 'Accept AOC1', exact: true }).click();
    await expect(dialog.getByText('Added as AOC1')).toBeVisible();
    await dialog.getByRole('button', { name: 'Edit AOC2', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Short title of proposal AOC2' }).fill('Listening to families');
    await dialog.getByRole('button', { name: 'Accept AOC2', exact: true }).click();
    await expect(dialog.getByText('Added as AOC2')).toBeVisible();
    await dialog.getByRole('button', { name: 'Reject AOC3', exact: true }).click();
    await expect(dialog.getByText('2 accepted, 0 still to decide.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done', exact: true }).click();
    const areas = page.getByRole('grid', { name: 'Areas of concern' });
    await expect(areas.getByRole('row')).toHaveCount(2);
    await expect(areas.getByRole('row', { name: /^AOC2 — Listening to families/ })).toBeVisible();

    // The dashboard: nothing is linked yet.
    await showReadiness(page);
    await expect(gapsFor(page, 'AOC1')).toContainText('No evidence is linked to this area yet.');
    await expect(gapsFor(page, 'AOC1')).toContainText('No judgement yet');
    await expectAccessible(page, 'the readiness dashboard');

    // Link the report to AOC1, as showing impact, with a rationale.
    await screens(page).getByRole('button', { name: 'Evidence', exact: true }).click();
    await selectItem(page, 'EHC plan timeliness report');
    await chooseOption(details(page), page, 'Link to an area', 'AOC1 — EHC plans');
    await chooseOption(details(page), page, 'What it shows for AOC1', 'Impact');
    const why = details(page).getByRole('textbox', { name: 'Why this evidences the area (AOC1)' });
    await why.fill('Plans on time rose from a third to four in five: the difference families feel.');
    await why.blur();
    await expect(details(page).getByText('Saved', { exact: true }).first()).toBeVisible();

    // An excerpt, quoted from the description, on page 3, for AOC1.
    const description = details(page).getByRole('textbox', { name: 'Description', exact: true });
    await description.evaluate((el, quote) => {
      // Runs in the page; the root tsconfig has no DOM types, so say only what is used.
      const box = el as unknown as { value: string; focus(): void; setSelectionRange(a: number, b: number): void };
      const start = box.value.indexOf(quote);
      box.focus();
      box.setSelectionRange(start, start + quote.length);
    }, QUOTE);
    await details(page).getByRole('button', { name: 'Quote the selected text', exact: true }).click();
    await expect(details(page).getByRole('textbox', { name: 'Quote', exact: true })).toHaveValue(QUOTE);
    await details(page).getByRole('spinbutton', { name: 'Page', exact: true }).fill('3');
    // The item's one area is chosen already.
    await expectChoice(details(page), 'Evidences the area', 'AOC1 — EHC plans');
    await expectAccessible(page, 'the excerpt form in the details pane');
    await details(page).getByRole('button', { name: 'Save excerpt', exact: true }).click();
    await expect(details(page).getByText(`“${QUOTE}”`)).toBeVisible();
    await expect(details(page).getByText('Page 3 · For AOC1')).toBeVisible();

    // The dashboard follows: AOC1 has evidence of impact now, AOC2 still has none.
    await showReadiness(page);
    await expect(gapsFor(page, 'AOC1')).not.toContainText('No evidence is linked to this area yet.');
    await expect(gapsFor(page, 'AOC1')).not.toContainText('No linked item is marked as showing impact.');
    await expect(gapsFor(page, 'AOC1')).toContainText('Nothing here gives the voice of parents');
    await expect(gapsFor(page, 'AOC2')).toContainText('No evidence is linked to this area yet.');
    const aoc1Row = page.getByRole('table', { name: /Evidence by area and kind/ }).getByRole('row', { name: /AOC1/ });
    await expect(aoc1Row.getByRole('cell').nth(1)).toContainText('1');
    await expect(aoc1Row.getByRole('cell').nth(1)).toContainText('Fresh');

    // Judge AOC1 from its gap, with a finding that cites the item and the excerpt.
    await page.getByRole('button', { name: 'Judge AOC1', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'AOC1 — EHC plans' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Judgement', exact: true })).toBeFocused();
    await page.getByRole('radio', { name: 'Sufficient progress', exact: true }).check({ force: true });
    await expect(page.getByText('The area has made sufficient progress to improve this area of weakness.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Rationale for AOC1' }).fill('Four in five plans are now on time.');
    await page.getByRole('button', { name: 'Save judgement', exact: true }).click();
    await expect(page.getByText(/Now: Sufficient progress, by Jo Bloggs/)).toBeVisible();

    await page.getByRole('button', { name: 'Add a finding', exact: true }).click();
    const finding = page.getByRole('dialog', { name: 'New finding for AOC1' });
    await finding.getByRole('textbox', { name: 'Finding', exact: true }).fill('Most EHC plans are now issued within 20 weeks.');
    await finding.getByRole('checkbox', { name: /^EHC plan timeliness report/ }).check({ force: true });
    await finding.getByRole('checkbox', { name: /^“96 were issued/ }).check({ force: true });
    await expectAccessible(page, 'the new finding dialog');
    await finding.getByRole('button', { name: 'Add finding', exact: true }).click();
    await expect(finding).toBeHidden();
    const cited = page.getByRole('list', { name: 'Evidence cited by finding 1' });
    await expect(cited.getByRole('listitem')).toHaveCount(2);
    await expect(cited).toContainText(`“${QUOTE}” (page 3), from EHC plan timeliness report`);
    await page.getByRole('button', { name: /^History of the judgement and findings for AOC1/ }).click();
    await expect(page.getByText('Jo Bloggs changed the judgement from no judgement to sufficient progress')).toBeVisible();
    await expectAccessible(page, 'the area page of AOC1, judged');

    // Judge AOC2 (from the area pages' own list).
    await page.getByRole('navigation', { name: 'Area pages' }).getByRole('button', { name: /^AOC2/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'AOC2 — Listening to families' })).toBeVisible();
    await page.getByRole('radio', { name: 'Not sufficient progress', exact: true }).check({ force: true });
    await page.getByRole('textbox', { name: 'Rationale for AOC2' }).fill('Families still say they are not heard.');
    await page.getByRole('button', { name: 'Save judgement', exact: true }).click();
    await expect(page.getByText(/Now: Not sufficient progress/)).toBeVisible();

    // Both judged; the voice of families is one click from being added.
    await showReadiness(page);
    await expect(page.getByText(/2 of 2 areas judged/)).toBeVisible();
    const table = page.getByRole('table', { name: /Evidence by area and kind/ });
    await expect(table.getByRole('row', { name: /AOC1/ })).toContainText('Sufficient progress');
    await expect(table.getByRole('row', { name: /AOC2/ })).toContainText('Not sufficient progress');
    await expect(gapsFor(page, 'AOC1')).not.toContainText('No judgement yet');
    await expect(gapsFor(page, 'AOC2')).toContainText('The judgement is not backed by evidence');

    await page.getByRole('button', { name: 'Add feedback from parents and carers for AOC1', exact: true }).click();
    const added = page.getByRole('dialog', { name: 'New evidence item' });
    await added.getByRole('textbox', { name: 'Title', exact: true }).fill('Parent carer forum survey');
    await added.getByLabel('As at').fill(daysAgo(10));
    await added.getByRole('button', { name: 'Add evidence item', exact: true }).click();
    await expect(added).toBeHidden();
    // The voice of families was AOC1's last gap.
    await expect(gapsFor(page, 'AOC1')).toHaveCount(0);
    await expect(page.getByText('AOC1 EHC plans: 2 items of 2 kinds', { exact: false })).toContainText('Sufficient progress; no gaps.');
    await expect(table.getByRole('row', { name: /AOC1/ }).getByRole('cell').nth(2)).toContainText('Fresh');
    await expectAccessible(page, 'the readiness dashboard after the judgements');
  });
});
