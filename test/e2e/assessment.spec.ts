/**
 * Issue 5's journey: paste the inspection letter and accept its areas, link evidence
 * with rationales and strength, make an excerpt from a PDF page in the viewer, link a
 * WSoA action to the evidence, record a stocktake by hand, judge two areas, and watch the
 * readiness dashboard's gaps change as evidence is added. Axe on every screen.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './host.ts';
import {
  attachViaApi,
  callApi,
  chooseOption,
  details,
  expectChoice,
  expectLibraryOpen,
  libraryMenu,
  makePdf,
  openApp,
  seedLibrary,
  selectInPdfPage,
  selectItem,
  dateField,
  fillDate,
} from './helpers.ts';

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
const REPORT_PAGES = [
  'EHC plan timeliness report, Fenmoor Council. Contents.',
  'Timeliness: of 120 plans, 96 were issued within 20 weeks.',
  'Annex: the figures by month.',
];

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
    const reportId = itemIds['EHC plan timeliness report']!;
    await callApi(host, 'evidence/update', { id: reportId, kind: 'data', description: DESCRIPTION });
    await attachViaApi(host, reportId, 'timeliness-report.pdf', await makePdf(REPORT_PAGES));
    // The attached PDF is read in the background; wait until its pages are searchable.
    await expect
      .poll(async () => (await callApi<{ files: unknown[] }>(host, 'ingest/details', { id: reportId })).files.length, { timeout: 20_000 })
      .toBe(1);
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

    // An excerpt from page 2 of the PDF, selected in the viewer, for AOC1.
    await details(page).getByRole('button', { name: 'Show in the viewer: timeliness-report.pdf', exact: true }).click();
    const viewer = page.getByRole('dialog', { name: 'timeliness-report.pdf' });
    await expect(viewer.getByText('Page 1 of 3')).toBeVisible({ timeout: 20_000 });
    const saveAs = viewer.getByRole('button', { name: 'Save as excerpt', exact: true });
    await saveAs.click();
    await expect(viewer.getByText('Nothing is selected on page 1.', { exact: false })).toBeVisible();
    await viewer.getByRole('button', { name: 'Next page', exact: true }).click();
    await expect(viewer.getByText('Page 2 of 3')).toBeVisible();
    await expect(viewer.locator('.viewer-text')).toContainText('96 were issued');
    await expect.poll(() => selectInPdfPage(page, QUOTE)).toBe(QUOTE);
    await expect(viewer.getByText(`Selected: “${QUOTE}”`)).toBeVisible();
    await expectAccessible(page, 'the PDF viewer with words selected');
    await saveAs.click();
    const excerptForm = viewer.getByRole('group', { name: 'New excerpt from page 2' });
    await expect(excerptForm.getByRole('textbox', { name: 'Quote', exact: true })).toHaveValue(QUOTE);
    // The item's one area is chosen already.
    await expectChoice(excerptForm, 'Evidences the area', 'AOC1 — EHC plans');
    await expectAccessible(page, 'the excerpt form in the PDF viewer');
    await excerptForm.getByRole('button', { name: 'Save excerpt from page 2', exact: true }).click();
    await expect(viewer.getByText('Saved the excerpt from page 2 for AOC1.', { exact: false })).toBeVisible();
    await expect(saveAs).toBeFocused();
    await viewer.getByRole('button', { name: 'Close viewer', exact: true }).click();
    await expect(viewer).toBeHidden();
    await expect(details(page).getByText(`“${QUOTE}”`)).toBeVisible();
    await expect(details(page).getByText('Page 2 · For AOC1')).toBeVisible();

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
    await expect(cited).toContainText(`“${QUOTE}” (page 2), from EHC plan timeliness report`);
    await page.getByRole('button', { name: /^History of the judgement and findings for AOC1/ }).click();
    await expect(page.getByText('Jo Bloggs changed the judgement from no judgement to sufficient progress')).toBeVisible();
    await expectAccessible(page, 'the area page of AOC1, judged');

    // A WSoA action for AOC1, linked to the report that shows it done.
    await page.getByRole('button', { name: 'Add an action', exact: true }).click();
    const action = page.getByRole('dialog', { name: 'New action for AOC1' });
    await action.getByRole('textbox', { name: 'Action', exact: true }).fill('Issue every EHC plan within 20 weeks.');
    await action.getByRole('group', { name: 'Evidence of the action' }).getByRole('checkbox', { name: /^EHC plan timeliness report/ }).check({ force: true });
    await expectAccessible(page, 'the new action dialog with evidence to choose');
    await action.getByRole('button', { name: 'Add action', exact: true }).click();
    await expect(action).toBeHidden();
    const actionRow = page.getByRole('table', { name: 'WSoA actions for AOC1' }).getByRole('row', { name: /Issue every EHC plan/ });
    await expect(actionRow).toContainText('EHC plan timeliness report');

    // A stocktake from before the library, with its counts typed in.
    await libraryMenu(page, 'Stocktakes…');
    const stocktakes = page.getByRole('dialog', { name: 'Stocktakes' });
    await fillDate(dateField(stocktakes, 'Date of the stocktake'), '2023-03-14');
    await stocktakes.getByRole('checkbox', { name: /Enter the counts by hand/ }).check({ force: true });
    const counts = stocktakes.getByRole('group', { name: 'Number of actions with each status' });
    const countFields = counts.getByRole('spinbutton');
    await expect(countFields.first()).toBeVisible();
    const n = await countFields.count();
    await countFields.first().fill('5');
    await countFields.nth(n - 1).fill('15');
    await expectAccessible(page, 'the stocktakes dialog with counts typed in');
    await stocktakes.getByRole('button', { name: 'Record a stocktake', exact: true }).click();
    await expect(stocktakes.getByText('14 March 2023', { exact: true }).first()).toBeVisible();
    await expect(stocktakes.getByText(/of 20 actions/).first()).toBeVisible();
    await stocktakes.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(stocktakes).toBeHidden();

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
    await fillDate(dateField(added, 'As at'), daysAgo(10));
    await added.getByRole('button', { name: 'Add evidence item', exact: true }).click();
    await expect(added).toBeHidden();
    // The voice of families was AOC1's last gap.
    await expect(gapsFor(page, 'AOC1')).toHaveCount(0);
    await expect(page.getByText('AOC1 EHC plans: 2 items of 2 kinds', { exact: false })).toContainText('; sufficient progress; no gaps.');
    await expect(table.getByRole('row', { name: /AOC1/ }).getByRole('cell').nth(2)).toContainText('Fresh');
    await expectAccessible(page, 'the readiness dashboard after the judgements');
  });
});
