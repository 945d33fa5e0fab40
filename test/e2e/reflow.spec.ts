/**
 * WCAG 1.4.10 Reflow: at 1280 pixels wide and 200% zoom (640 CSS pixels) nothing runs off the
 * right of the window; the panes stack and the page scrolls down instead.
 */
import { test, expect, expectAccessible } from './host.ts';
import { details, evidenceRows, expectLibraryOpen, openApp, seedLibrary, selectItem } from './helpers.ts';

test('at 640 pixels wide every screen fits the width, and every header button can be reached', async ({ page, host }) => {
  await seedLibrary(host, { name: 'Walsall' }, [{ code: 'AOC1', title: 'Co-production', weakness: 'Families are not listened to.' }], [
    { title: 'SEND strategy 2022 to 2025', asAt: '2022-09-01', links: [{ code: 'AOC1' }] },
  ]);
  await page.setViewportSize({ width: 640, height: 360 });
  await openApp(page, host);
  await expectLibraryOpen(page, 'Walsall');
  const width = () => page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

  expect(await width()).toBeLessThanOrEqual(640);
  const banner = page.getByRole('banner');
  for (const name of ['Search', 'Import', 'New evidence item', 'New area of concern', 'Library menu']) {
    const button = banner.getByRole('button', { name, exact: true });
    const box = await button.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 640, `${name} is within the window`).toBe(true);
  }
  // The item's details are below the list: reached by scrolling down, not sideways.
  await selectItem(page, 'SEND strategy 2022 to 2025');
  await details(page).getByRole('textbox', { name: 'Title', exact: true }).scrollIntoViewIfNeeded();
  await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toBeInViewport();
  expect(await width()).toBeLessThanOrEqual(640);
  await expect(evidenceRows(page)).toHaveCount(1);
  await expectAccessible(page, 'the evidence screen at 640 pixels');

  for (const screen of ['Areas', 'Readiness', 'Voices']) {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: screen, exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: screen, exact: true })).toHaveAttribute('aria-current', 'page');
    expect(await width(), `${screen} fits`).toBeLessThanOrEqual(640);
  }
});
