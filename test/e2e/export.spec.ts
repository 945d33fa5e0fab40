/**
 * The evidence pack from the app: the export dialog on the example library, the preview
 * in a sandboxed frame, HTML and ZIP written and downloaded, and personal data left out
 * until the user opts in through the second confirmation.
 */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectAccessible } from './host.ts';
import { expectLibraryOpen, libraryMenu, openApp, dateField } from './helpers.ts';

interface Seed {
  library: { name: string };
  evidence: { title: string; personalData?: boolean; links: { area: string }[] }[];
}
const seed = JSON.parse(readFileSync(new URL('../../resources/example/seed.json', import.meta.url), 'utf8')) as Seed;
// A personal-data item linked to an area, so the pack would cite it if it were allowed in.
const personal = seed.evidence.find((e) => e.personalData && e.links.length > 0)!;
const packTitle = `Joint local area SEND revisit: evidence pack — ${seed.library.name}`;

async function exportAndDownload(page: Page, dialog: Locator, format: 'HTML' | 'ZIP with exhibits'): Promise<{ download: Download; bytes: Buffer; text: string; status: string }> {
  // Chosen by keyboard (the radio is focused and Space selects it).
  const radio = dialog.getByRole('radio', { name: new RegExp(`^${format}`) });
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('radio', { name: new RegExp(`^${format}`) })).toBeChecked();
  await dialog.getByRole('button', { name: 'Export the pack', exact: true }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('Pack exported', { timeout: 30_000 });
  const link = status.getByRole('link', { name: 'Download the pack', exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { download, bytes, text: bytes.toString('utf8'), status: (await status.textContent()) ?? '' };
}

/**
 * axe on the page around the preview. The pack's frame is sandboxed with no scripts, so axe
 * cannot run inside it (it would wait for the frame to answer); the pack itself is checked
 * on its own page below.
 */
async function expectAccessibleAroundFrame(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).setLegacyMode().options({ iframes: false }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), `axe on ${what}`).toEqual([]);
}

test.describe('Exporting the evidence pack', () => {
  test.beforeEach(async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: 'Open the example library', exact: true }).click();
    await expectLibraryOpen(page, seed.library.name);
  });

  test('previews, exports HTML and ZIP, and keeps personal data out until confirmed', async ({ page }) => {
    expect(personal, 'the example library has a linked item marked as personal data').toBeTruthy();

    await libraryMenu(page, 'Export the evidence pack…');
    const dialog = page.getByRole('dialog', { name: 'Export the evidence pack' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: 'Include items marked as containing personal data' })).not.toBeChecked();
    await expectAccessible(page, 'the export dialog');

    // Preview: the pack, in a frame that runs no scripts.
    await dialog.getByRole('button', { name: 'Preview the pack', exact: true }).click();
    const preview = page.getByRole('dialog', { name: 'Preview of the evidence pack' });
    await expect(preview).toBeVisible();
    const frameEl = preview.locator('iframe');
    // No scripts run in it: its sandbox allows none (only the app's origin, to hear Escape).
    await expect(frameEl).toHaveAttribute('sandbox', 'allow-same-origin');
    const frame = preview.frameLocator('iframe');
    await expect(frame.getByText('At the initial inspection, inspectors found the following:').first()).toBeVisible();
    await expect(frame.getByRole('heading', { level: 1 })).toContainText(packTitle);
    // The annexes: each linked data series drawn as a named chart with its figures, and whose voice the feedback carries.
    await expect(frame.getByRole('heading', { name: 'Annex B: data series' })).toBeVisible();
    await expect(frame.getByRole('img', { name: 'EHC plans issued within 20 weeks – monthly, January 2021 to August 2024' })).toBeVisible();
    await expect(frame.getByRole('table', { name: 'The figures of EHC plans issued within 20 weeks – monthly, January 2021 to August 2024' })).toContainText('63.2%');
    await expect(frame.getByRole('heading', { name: 'Annex C: who the feedback came from' })).toBeVisible();
    // Each area's evidence with its stance, and the written statement of action's actions.
    await expect(frame.getByRole('heading', { name: 'Evidence held for each area' })).toBeVisible();
    await expect(frame.getByRole('table', { name: /^AOC1: / }).first()).toContainText(/Supports progress|Counters progress|Cited in a finding/);
    await expect(frame.getByRole('heading', { name: 'Annex E: actions of the written statement of action' })).toBeVisible();
    // Counts of evidence items are not suppressed as if they were counts of people.
    await expect(frame.getByRole('table', { name: 'Whose voice the evidence carries (number of evidence items)' })).not.toContainText('fewer than 3');
    await expectAccessibleAroundFrame(page, 'the pack preview');
    const packHtml = (await frameEl.getAttribute('srcdoc')) ?? '';
    const packPage = await page.context().newPage();
    await packPage.setContent(packHtml);
    await expectAccessible(packPage, 'the pack itself');
    await packPage.close();
    await preview.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(preview).toBeHidden();
    await expect(dialog).toBeVisible();
    // Escape closes it too while focus is inside the pack itself.
    await dialog.getByRole('button', { name: 'Preview the pack', exact: true }).click();
    await preview.frameLocator('iframe').getByRole('heading', { level: 1 }).click();
    await expect(preview.getByRole('button', { name: 'Close', exact: true })).not.toBeFocused();
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await expect(dialog).toBeVisible();

    // HTML, personal data left out.
    const html = await exportAndDownload(page, dialog, 'HTML');
    expect(html.download.suggestedFilename()).toMatch(new RegExp(`^${seed.library.name} evidence pack \\d{4}-\\d{2}-\\d{2}\\.html$`));
    expect(html.text).toContain(packTitle);
    expect(html.text).not.toContain(personal.title);
    expect(html.status).toMatch(/withheld/);
    await expectAccessible(page, 'the export dialog after exporting');

    // ZIP with exhibits.
    const zip = await exportAndDownload(page, dialog, 'ZIP with exhibits');
    expect(zip.download.suggestedFilename()).toMatch(/ evidence pack \d{4}-\d{2}-\d{2}\.zip$/);
    expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(zip.bytes.includes(Buffer.from('manifest.json'))).toBe(true);

    // Opting in needs the second confirmation.
    await dialog.getByRole('checkbox', { name: 'Include items marked as containing personal data' }).focus();
    await page.keyboard.press('Space');
    const confirm = page.getByRole('alertdialog', { name: 'Include personal data in the pack?' });
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText('will say near its start that it includes personal data');
    await expectAccessible(page, 'the personal data confirmation');
    await confirm.getByRole('button', { name: 'Include personal data', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(dialog.getByRole('checkbox', { name: 'Include items marked as containing personal data' })).toBeChecked();

    const withPersonal = await exportAndDownload(page, dialog, 'HTML');
    const text = withPersonal.text;
    expect(text).toContain(personal.title);
    expect(text).toContain('marked as containing personal data, included on purpose');

    await dialog.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  test('the readiness screen opens the same dialog, reachable by keyboard', async ({ page }) => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Readiness', exact: true }).click();
    // The example is judged as at the day its story is set, not years later when all of it would be stale.
    await expect(dateField(page, 'Judge as at')).toHaveText('31/08/2024');
    await expect(page.getByText(/^Judged as at 31 August 2024:/)).toBeVisible();
    await expect(page.getByText(/The example library’s story is set in August 2024/)).toBeVisible();
    await page.screenshot({ path: '/tmp/shots/readiness-example.png' });
    await expectAccessible(page, 'the readiness screen of the example');
    const open = page.getByRole('button', { name: 'Export the evidence pack…', exact: true });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export the evidence pack' });
    await expect(dialog).toBeVisible();
    // Space on the personal data box asks; Escape keeps it out and leaves the export dialog open.
    await dialog.getByRole('checkbox', { name: 'Include items marked as containing personal data' }).focus();
    await page.keyboard.press('Space');
    const confirm = page.getByRole('alertdialog', { name: 'Include personal data in the pack?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Keep personal data out', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(dialog).toBeVisible();
    const personal = dialog.getByRole('checkbox', { name: 'Include items marked as containing personal data' });
    await expect(personal).not.toBeChecked();
    // Focus is back on the box it left from, so the next Escape closes the export dialog.
    await expect(personal).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  });
});
