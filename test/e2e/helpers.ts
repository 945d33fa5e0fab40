/**
 * Shared steps for the end-to-end tests: what a user does through the UI, plus a few
 * ways to set up a library quickly through the web host's own API (with the run's token).
 */
import PDFDocument from 'pdfkit';
import { expect, type Host } from './host.ts';
import type { Locator, Page } from '@playwright/test';

export interface LibraryDetails {
  name: string;
  partners?: string[];
  initialInspectionDate?: string;
  wsoaFitDate?: string;
  revisitWindowStart?: string;
  revisitWindowEnd?: string;
  userName?: string;
}

export function tokenOf(host: Host): string {
  const token = new URL(host.url).searchParams.get('token');
  if (!token) throw new Error(`The host's address has no token: ${host.url}`);
  return token;
}

export function originOf(host: Host): string {
  return new URL(host.url).origin;
}

/** Calls the web host's API as the renderer does; throws with the core's message if it fails. */
export async function callApi<T = unknown>(host: Host, method: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${originOf(host)}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokenOf(host)}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${method} failed (${body.error.code}): ${body.error.message}`);
  return body.value;
}

/** Attaches a file to an item through the API, as the renderer does (upload, then addFile). */
export async function attachViaApi(host: Host, evidenceId: string, name: string, bytes: Buffer): Promise<void> {
  const res = await fetch(`${originOf(host)}/api/upload?name=${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${tokenOf(host)}` },
    body: new Uint8Array(bytes),
  });
  const body = (await res.json()) as { ok: true; value: { uploadId: string } } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`upload failed: ${body.error.message}`);
  await callApi(host, 'evidence/addFile', { evidenceId, uploadId: body.value.uploadId, name });
}

export interface SeedArea {
  code: string;
  title: string;
  weakness: string;
}
export interface SeedItem {
  title: string;
  asAt?: string | null;
  source?: string;
  /** Area codes to link to, each with an optional stance and note. */
  links?: { code: string; stance?: 'supports' | 'counters'; note?: string }[];
}

/**
 * Creates a library with areas and evidence through the API (fast set-up for tests that
 * are about something else). Returns the ids by code and by title.
 */
export async function seedLibrary(
  host: Host,
  details: LibraryDetails,
  areas: SeedArea[] = [],
  items: SeedItem[] = [],
): Promise<{ areaIds: Record<string, string>; itemIds: Record<string, string> }> {
  await callApi(host, 'library/create', {
    name: details.name,
    partners: details.partners ?? [],
    initialInspectionDate: details.initialInspectionDate ?? null,
    wsoaFitDate: details.wsoaFitDate ?? null,
    revisitWindowStart: details.revisitWindowStart ?? null,
    revisitWindowEnd: details.revisitWindowEnd ?? null,
    userName: details.userName ?? '',
  });
  const areaIds: Record<string, string> = {};
  for (const a of areas) {
    const created = await callApi<{ id: string }>(host, 'areas/create', a);
    areaIds[a.code] = created.id;
  }
  const itemIds: Record<string, string> = {};
  for (const i of items) {
    const created = await callApi<{ id: string }>(host, 'evidence/create', {
      title: i.title,
      asAt: i.asAt ?? null,
      source: i.source ?? '',
    });
    itemIds[i.title] = created.id;
    for (const l of i.links ?? []) {
      const areaId = areaIds[l.code];
      if (!areaId) throw new Error(`No area ${l.code} in the seed`);
      await callApi(host, 'links/set', { evidenceId: created.id, areaId, stance: l.stance ?? 'supports', note: l.note ?? '' });
    }
  }
  return { areaIds, itemIds };
}

/** Opens the app at the host's address and waits until it has finished loading. */
export async function openApp(page: Page, host: Host) {
  await page.goto(host.url);
  await expect(page.getByText('Opening Revisit Ready…')).toBeHidden();
}

/** Waits for the main screen of the named library. */
export async function expectLibraryOpen(page: Page, name: string) {
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/**
 * Picks an option in one of the app's selects (react-aria Select). Its button is named
 * "<current value> <label>", so it is found by the label at the end of its name.
 */
export async function chooseOption(scope: Page | Locator, page: Page, label: string, option: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await scope.getByRole('button', { name: new RegExp(`(^|\\s)${escaped}$`) }).click();
  const listbox = page.getByRole('listbox');
  await listbox.getByRole('option', { name: option, exact: true }).click();
  await expect(listbox).toBeHidden();
}

/** The button of a select, found by its label; its text is the chosen value. */
export function selectButton(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${escaped}$`) });
}

export const views = (page: Page) => page.getByRole('grid', { name: 'Views' });
/**
 * A row of the Views list with its count. "1 item" or "1 items" both match here: the
 * wording itself is checked once, in editing.spec.ts.
 */
export function viewRow(page: Page, view: 'All evidence' | 'Unlinked', count: number): Locator {
  return views(page).getByRole('row', { name: new RegExp(`^${view}, ${count} items?$`) });
}
export const areasGrid = (page: Page) => page.getByRole('grid', { name: 'Areas of concern' });
export const evidenceList = (page: Page) => page.getByRole('grid', { name: 'Evidence list' });
export const details = (page: Page) => page.getByRole('region', { name: 'Evidence details' });

/** The body rows of the evidence list (the header row is left out). */
export function evidenceRows(page: Page): Locator {
  return evidenceList(page).getByRole('rowgroup').nth(1).getByRole('row');
}

const cellIndex = { Kind: 0, 'As at': 1, Source: 2, Areas: 3, Files: 4, 'Personal data': 5 } as const;

/** A cell of an evidence list row, by its column (the Title is the row header, not a cell). */
export function cell(row: Locator, column: keyof typeof cellIndex): Locator {
  return row.getByRole('gridcell').nth(cellIndex[column]);
}

/** Opens an area's actions menu and chooses one of its items. */
export async function areaAction(page: Page, code: string, action: 'Edit area…' | 'Move up' | 'Move down' | 'Delete area…') {
  await page.getByRole('button', { name: `Actions for ${code}`, exact: true }).click();
  await page.getByRole('menu', { name: `Actions for ${code}` }).getByRole('menuitem', { name: action, exact: true }).click();
}

/** Opens the Library menu in the header and chooses one of its items. */
export async function libraryMenu(page: Page, item: string) {
  await page.getByRole('button', { name: 'Library menu', exact: true }).click();
  await page.getByRole('menu', { name: 'Library' }).getByRole('menuitem', { name: item, exact: true }).click();
}

/** Adds an area of concern through the "New area of concern" dialog. */
export async function addAreaViaDialog(page: Page, area: { code?: string; title: string; weakness: string }) {
  await page.getByRole('banner').getByRole('button', { name: 'New area of concern', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New area of concern' });
  await expect(dialog).toBeVisible();
  if (area.code !== undefined) await dialog.getByRole('textbox', { name: 'Code', exact: true }).fill(area.code);
  await dialog.getByRole('textbox', { name: 'Short title', exact: true }).fill(area.title);
  await dialog.getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' }).fill(area.weakness);
  await dialog.getByRole('button', { name: 'Add area of concern', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Selects an evidence item in the list by its title and waits for the details pane to show it. */
export async function selectItem(page: Page, title: string) {
  await evidenceRows(page).filter({ has: page.getByRole('rowheader', { name: title, exact: true }) }).click();
  await expect(details(page).getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title);
}

/** Expects a select to show `value` (its button is named "<value> <label>"). */
export async function expectChoice(scope: Page | Locator, label: string, value: string) {
  await expect(selectButton(scope, label)).toHaveAccessibleName(`${value} ${label}`);
}

/** A small, real PDF made with pdfkit: one page of text, or one page per string. */
export function makePdf(text: string | readonly string[]): Promise<Buffer> {
  const pages = typeof text === 'string' ? [text] : text;
  return new Promise((resolve, reject) => {
    // A fixed date keeps the bytes the same from run to run.
    const doc = new PDFDocument({ size: 'A4', info: { Title: pages[0] ?? '', CreationDate: new Date('2023-03-31T09:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    pages.forEach((t, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(14).text(t);
    });
    doc.end();
  });
}

/**
 * Selects `quote` in the PDF viewer's text layer with a DOM Range over its spans, as a
 * mouse drag across the words would; returns what the page says is selected.
 * Written as a string: the Node-side tsconfig has no DOM types, and this runs in the page.
 */
export async function selectInPdfPage(page: Page, quote: string): Promise<string> {
  return page.evaluate(`(() => {
    const layer = document.querySelector('.viewer-text');
    if (!layer) return 'no text layer';
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push([n, all.length]);
      all += n.textContent;
    }
    const quote = ${JSON.stringify(quote)};
    const start = all.indexOf(quote);
    if (start < 0) return 'not on the page: ' + all;
    const at = (pos) => {
      for (const [n, off] of nodes) if (pos <= off + n.textContent.length) return [n, pos - off];
      return [layer, layer.childNodes.length];
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + quote.length));
    const sel = document.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  })()`);
}

/**
 * The focused element's tag and its computed focus indicator (outline or box-shadow), if any.
 * Written as a string: the Node-side tsconfig has no DOM types, and this runs in the page.
 */
const FOCUS_INDICATOR = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { tag: 'body', outline: '', boxShadow: '' };
  const s = getComputedStyle(el);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor : '';
  const boxShadow = s.boxShadow && s.boxShadow !== 'none' ? s.boxShadow : '';
  return { tag: el.tagName.toLowerCase(), outline, boxShadow };
})()`;

export async function focusIndicator(page: Page): Promise<{ tag: string; outline: string; boxShadow: string }> {
  return (await page.evaluate(FOCUS_INDICATOR)) as { tag: string; outline: string; boxShadow: string };
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === el.ownerDocument.activeElement);
}

/**
 * Presses Tab until `target` has focus (at most `maxStops` times), checking that every
 * element passed on the way, and the target, shows a focus ring.
 */
export async function tabTo(page: Page, target: Locator, maxStops = 12): Promise<void> {
  for (let stops = 0; stops < maxStops && !(await isFocused(target)); stops++) {
    await page.keyboard.press('Tab');
    const ring = await focusIndicator(page);
    expect(ring.tag, 'Tab keeps focus in the page').not.toBe('body');
    expect(ring.outline || ring.boxShadow, `a visible focus ring on the focused ${ring.tag}`).not.toBe('');
  }
  await expect(target).toBeFocused();
}

/** A date field (DateInputField): the group that holds its day, month and year segments. */
export function dateField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}

/**
 * Types an ISO date (yyyy-mm-dd) into a date field as a person would: into the day
 * segment, then the month, then the year (each moves on to the next by itself).
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!parts) throw new Error(`fillDate takes yyyy-mm-dd, not ${iso}`);
  const [, year, month, day] = parts;
  await field.getByRole('spinbutton', { name: /^day/ }).click();
  await field.page().keyboard.type(`${day}${month}${year}`);
  await expect(field).toHaveText(`${day}/${month}/${year}`);
}

/** The absolute address a link points to. */
export async function hrefOf(link: Locator, page: Page): Promise<string> {
  const href = await link.getAttribute('href');
  if (!href) throw new Error('The link has no href');
  return new URL(href, page.url()).href;
}
