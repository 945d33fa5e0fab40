/**
 * Issue 4's data journey: import a KPI spreadsheet with two columns of figures, link the
 * series to an area, open the new item, and see the chart, the table of the same numbers
 * and the direction of travel; a figure shows on hover. Axe on the dialog and the pane.
 */
import { fileURLToPath } from 'node:url';
import { test, expect, expectAccessible } from './host.ts';
import { details, evidenceList, expectLibraryOpen, openApp, seedLibrary } from './helpers.ts';

const EHC = '% of EHC plans issued within 20 weeks';
const CSV = Buffer.from(
  `\uFEFFYear,${EHC},Requests for an EHC needs assessment\r\n2021/22,4%,310\r\n2022/23,20%,342\r\n2023/24,39%,365\r\n`,
  'utf8',
);

test.describe('Data series', () => {
  test('imports a KPI spreadsheet, links it to an area and shows the chart, the figures and the direction of travel', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor', partners: ['Fenmoor Council'] }, [
      { code: 'AOC1', title: 'EHC plan timeliness', weakness: 'EHC plans are too often issued late.' },
      { code: 'AOC2', title: 'Listening to families', weakness: 'Parents and carers do not feel listened to.' },
    ]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');

    await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: /Data series from a spreadsheet…/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data series from a spreadsheet' });
    await expect(dialog).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a spreadsheet…', exact: true }).press('Enter');
    await (await chooser).setFiles({ name: 'Fenmoor KPIs.csv', mimeType: 'text/csv', buffer: CSV });

    const sample = dialog.getByRole('table', { name: 'The first rows of the spreadsheet' });
    await expect(sample).toBeVisible();
    // Focus stays on the chooser, not lost while the file was read.
    await expect(dialog.getByRole('button', { name: 'Choose another spreadsheet…', exact: true })).toBeFocused();
    await expect(dialog.getByText('3 rows under the header in row 1.')).toBeVisible();
    await expect(sample.getByRole('cell', { name: '39%' })).toBeVisible();
    // Both columns of figures are proposed; the second is lower-is-better here, and renamed.
    await expect(dialog.getByRole('checkbox', { name: new RegExp(EHC.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')) })).toBeChecked();
    const requests = dialog.getByRole('checkbox', { name: /Requests for an EHC needs assessment/ });
    await expect(requests).toBeChecked();
    const requestsName = dialog.getByRole('textbox', { name: 'Series name for column “Requests for an EHC needs assessment”' });
    await requestsName.fill('EHC needs assessment requests');
    // From the keyboard, as the checkbox's own input is visually hidden.
    const aoc1 = dialog.getByRole('checkbox', { name: 'AOC1 — EHC plan timeliness' });
    await aoc1.focus();
    await page.keyboard.press('Space');
    await expect(aoc1).toBeChecked();
    await expectAccessible(page, 'data series: import preview');

    await dialog.getByRole('button', { name: 'Import 2 data series', exact: true }).click();
    await expect(dialog.getByText('2 data series imported')).toBeVisible();
    await expect(dialog.getByText('Linked to AOC1.')).toBeVisible();
    await dialog.getByRole('button', { name: `Open “${EHC}”` }).click();
    await expect(dialog).toBeHidden();

    // The new item, in the list with its area, open in the details pane.
    const pane = details(page);
    await expect(pane.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(EHC);
    await expect(evidenceList(page).getByRole('rowheader', { name: 'EHC needs assessment requests', exact: true })).toBeVisible();

    const trend = pane.locator('.series-trend');
    await expect(trend).toContainText('Improving');
    await expect(trend).toContainText('↑');

    const chart = pane.getByRole('img', { name: EHC, exact: true });
    await expect(chart).toBeVisible();
    expect(await chart.evaluate((e) => e.tagName.toLowerCase())).toBe('svg');
    await expect(chart).toHaveAttribute('aria-description', /from 4% in 2021\/22 to 39% in 2023\/24/);

    const table = pane.getByRole('table', { name: `Figures for ${EHC}, oldest first` });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('2021/22');
    await expect(rows.nth(1)).toContainText('4%');
    await expect(rows.nth(3)).toContainText('2023/24');
    await expect(rows.nth(3)).toContainText('39%');

    // The link to the area shows with the item's links.
    await expect(pane.getByText('AOC1', { exact: false }).first()).toBeVisible();

    // Hovering over the last point shows its figure.
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('The chart has no size');
    await chart.hover({ position: { x: box.width - 20, y: box.height / 2 } });
    await expect(chart.locator('g.series-tip')).toContainText('2023/24: 39%');

    await expectAccessible(page, 'data series');
  });

  test('next year’s file of the same figures goes into the series already there, and says what it replaced', async ({ page, host }) => {
    await seedLibrary(host, { name: 'Fenmoor' }, [{ code: 'AOC1', title: 'EHC plan timeliness', weakness: 'EHC plans are too often issued late.' }]);
    await openApp(page, host);
    await expectLibraryOpen(page, 'Fenmoor');
    const importFile = async (name: string, buffer: Buffer) => {
      await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('menuitem', { name: /Data series from a spreadsheet…/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Import data series from a spreadsheet' });
      await dialog.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
      await expect(dialog.getByRole('table', { name: 'The first rows of the spreadsheet' })).toBeVisible();
      return dialog;
    };
    const first = await importFile('Fenmoor KPIs 2024.csv', CSV);
    await first.getByRole('button', { name: 'Import 2 data series', exact: true }).click();
    await expect(first.getByText('2 data series imported')).toBeVisible();
    await first.getByRole('button', { name: 'Done' }).click();

    const next = Buffer.from(`Year,${EHC},Requests for an EHC needs assessment\r\n2023/24,41%,365\r\n2024/25,52%,371\r\n`, 'utf8');
    const dialog = await importFile('Fenmoor KPIs 2025.csv', next);
    await expect(dialog.getByRole('button', { name: `Figures go into for column “${EHC}”` })).toContainText(`${EHC} (yearly, 3 figures to 2023/24)`);
    await expect(dialog.getByText(`Adds the figures to “${EHC}” (unit: percentage).`, { exact: false })).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: /Series name/ })).toHaveCount(0);
    await expectAccessible(page, 'data series: adding to series in the library');
    await dialog.getByRole('button', { name: 'Add figures to 2 data series', exact: true }).click();
    await expect(dialog.getByText('Figures added to 2 data series')).toBeVisible();
    await expect(dialog.getByText(`${EHC}: 2024/25 added, 1 replaced (2023/24: 39% → 41%)`)).toBeVisible();
    await dialog.getByRole('button', { name: `Open “${EHC}”` }).click();

    const table = details(page).getByRole('table', { name: `Figures for ${EHC}, oldest first` });
    await expect(table.getByRole('row')).toHaveCount(5); // a header and four years
    await expect(table.getByRole('row').nth(3)).toContainText('41%');
    await expect(table.getByRole('row').nth(4)).toContainText('52%');
    await expect(evidenceList(page).getByRole('row')).toHaveCount(3); // a header and the two series, no copies
  });

  test('imports the example library’s own quarterly complaints file, its quarters written "2023-24 Q1"', async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: 'Open the example library', exact: true }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: /Data series from a spreadsheet…/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import data series from a spreadsheet' });
    await dialog.locator('input[type=file]').setInputFiles(fileURLToPath(new URL('../../resources/example/files/send-complaints-quarterly.csv', import.meta.url)));
    await expect(dialog.getByRole('table', { name: 'The first rows of the spreadsheet' })).toBeVisible();
    // The quarters are found as the column of periods, so Import is ready without a choice.
    await expect(dialog.getByRole('button', { name: /Dates or periods column/ })).toContainText('Quarter');
    await expect(dialog.getByText('To import, choose the column that holds the dates or periods.')).toBeHidden();
    await dialog.getByRole('button', { name: 'Import 3 data series', exact: true }).click();
    await expect(dialog.getByText('3 data series imported')).toBeVisible();
    await dialog.getByRole('button', { name: 'Open “Complaints received”' }).click();
    const table = details(page).getByRole('table', { name: 'Figures for Complaints received, oldest first' });
    await expect(table.getByRole('row')).toHaveCount(6); // a header and five quarters
    await expect(table.getByRole('row').nth(1)).toContainText('2023-24 Q1');
    // Fewer complaints is better: 41 down to 19 reads as improving.
    await expect(details(page).locator('.series-trend')).toContainText('Improving');
  });
});
