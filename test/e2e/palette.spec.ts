/**
 * Quick find (Ctrl+K) reaches the header's commands: in the example library, "export"
 * puts "Export the evidence pack…" first, ahead of any item spelt like it, and Enter opens it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './host.ts';
import { expectLibraryOpen, openApp } from './helpers.ts';

const shots = '/tmp/palette';
const seed = JSON.parse(readFileSync(new URL('../../resources/example/seed.json', import.meta.url), 'utf8')) as { library: { name: string } };

async function openPalette(page: Page) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Quick find' });
  await expect(palette).toBeVisible();
  // Its data has loaded: the items are listed before anything is typed.
  await expect(palette.getByText('Evidence items (type to find more)')).toBeVisible();
  return palette;
}

test.describe('Quick find commands', () => {
  test.beforeEach(async ({ page, host }) => {
    await openApp(page, host);
    await page.getByRole('button', { name: 'Open the example library', exact: true }).click();
    await expectLibraryOpen(page, seed.library.name);
  });

  test('"export" then Enter opens the export dialog', async ({ page }) => {
    const palette = await openPalette(page);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/nothing-typed.png` });
    await page.keyboard.type('export');
    const options = palette.getByRole('option');
    await expect(options.first()).toContainText('Export the evidence pack…');
    // The first option is the one Enter runs: it carries the focus.
    await expect(options.first()).toHaveAttribute('data-focused', 'true');
    await expect(palette.locator('.palette-section-title').first()).toHaveText('Commands');
    await expectAccessible(page, 'the quick-find palette showing commands');
    await page.screenshot({ path: `${shots}/export.png` });

    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByRole('dialog', { name: 'Export the evidence pack' })).toBeVisible();
  });

  test('"back up" finds "Back up library…", and "readiness" goes to the Readiness screen', async ({ page }) => {
    let palette = await openPalette(page);
    mkdirSync(shots, { recursive: true });
    await page.keyboard.type('back up');
    await expect(palette.getByRole('option').first()).toContainText('Back up library…');
    await page.screenshot({ path: `${shots}/back-up.png` });
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();

    palette = await openPalette(page);
    await page.keyboard.type('readiness');
    await expect(palette.getByRole('option').first()).toContainText('Go to Readiness');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Readiness' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 2, name: 'Readiness' })).toBeVisible();
  });
});
