// Issue 4, "a chart of a 10-year monthly series renders without dropping frames": in the
// real app (web host + built renderer in headless Chromium), a data item with 120 monthly
// figures, a target, a baseline and an England average. Measures (1) selecting the item to
// its chart's SVG being on the page, next to selecting a plain item to its details showing;
// (2) animation frames while the pointer sweeps across the chart (the hover tip follows),
// next to the same sweep over the evidence list, both timed with requestAnimationFrame in
// the page. No wall-clock limits: ratios against the references measured in the same run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from '@playwright/test';
import { createApp } from '../../main/core/app.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { startHost } from '../e2e/host.ts';
import { writeSection } from './lib/results.ts';
import { fmt, median, percentile, ratio } from './lib/timing.ts';

const MONTHS = 120;
const SELECT_RUNS = 7;
const SWEEPS = 3;
const SWEEP_MS = 2000;
const STEP_PX = 3;
const SERIES_TITLE = 'Share of EHC plans issued within 20 weeks (monthly)';
const PLAIN_TITLE = 'SEND partnership board minutes 1';
const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(root, 'dist/renderer/index.html'))) throw new Error('Build the renderer first: npm run build');

// The library, made through the core API before the page opens.
const configHome = mkdtempSync(join(tmpdir(), 'revisit-series-chart-'));
const dataRoot = join(configHome, 'Revisit Ready');
const libraryPath = join(configHome, 'Benchshire');
const app = createApp({ dataRoot, resourcesDir: join(root, 'resources'), logger: silentLogger });
const must = async <T>(method: string, input: unknown): Promise<T> => {
  const r = await app.dispatch(method as never, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
};
await must('library/create', { name: 'Benchshire', path: libraryPath, revisitWindowStart: '2025-04-01', revisitWindowEnd: '2025-09-30' });
for (let i = 1; i <= 30; i++) await must('evidence/create', { title: `SEND partnership board minutes ${i}`, asAt: `2024-${String(1 + (i % 12)).padStart(2, '0')}-10`, source: 'Partnership board' });
const values = Array.from({ length: MONTHS }, (_, i) => {
  const year = 2015 + Math.floor(i / 12);
  const month = String(1 + (i % 12)).padStart(2, '0');
  // A rising line with a seasonal wobble, 0-100.
  const value = Math.round((28 + (45 * i) / (MONTHS - 1) + 7 * Math.sin(i / 2.3)) * 10) / 10;
  return { periodStart: `${year}-${month}-01`, value };
});
const created = await must<{ id: string; values: unknown[] }>('series/create', {
  title: SERIES_TITLE,
  source: 'Case management system',
  unit: 'percentage',
  period: 'month',
  better: 'higher',
  baseline: 30,
  target: 75,
  englandAverage: 50.3,
  values,
});
if (created.values.length !== MONTHS) throw new Error(`The series has ${created.values.length} figures, not ${MONTHS}.`);
app.close();

const host = await startHost(configHome, libraryPath);
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// In-page scripts are strings: the Node-side tsconfig has no DOM types.
/** Arms a one-shot timer: from the next pointerdown to the first animation frame where `condition` holds. */
const armSelectionTimer = (condition: string) => `(() => {
  window.__sel = new Promise((resolve) => {
    document.addEventListener('pointerdown', () => {
      const down = performance.now();
      const poll = () => ((${condition}) ? resolve(performance.now() - down) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    }, { capture: true, once: true });
  });
})()`;
const chartShown = `document.querySelector('.series-chart svg') !== null`;
const plainShown = `[...document.querySelectorAll('input, textarea')].some((i) => i.value === ${JSON.stringify(PLAIN_TITLE)})`;

/** Starts recording requestAnimationFrame intervals, and the hover tip's texts in the chart. */
const startFrames = `(() => {
  const b = { deltas: [], running: true, tips: new Set(), tipChanges: 0 };
  window.__frames = b;
  let last = 0;
  const tick = (t) => {
    if (last) b.deltas.push(t - last);
    last = t;
    if (b.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const chart = document.querySelector('.series-chart');
  if (chart) {
    b.observer = new MutationObserver(() => {
      const tip = chart.querySelector('g.series-tip');
      const text = tip ? tip.textContent : '';
      if (text && !b.tips.has(text)) b.tips.add(text);
      b.tipChanges++;
    });
    b.observer.observe(chart, { childList: true, subtree: true, characterData: true });
  }
})()`;
const stopFrames = `(() => {
  const b = window.__frames;
  b.running = false;
  if (b.observer) b.observer.disconnect();
  return { deltas: b.deltas, tips: b.tips.size, tipChanges: b.tipChanges };
})()`;

interface Sweep {
  deltas: number[];
  tips: number;
  tipChanges: number;
  moves: number;
}

/** Moves the pointer back and forth across `target` in small steps for SWEEP_MS, recording frames. */
async function sweep(page: Page, target: Locator): Promise<Sweep> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('Nothing to sweep over');
  const left = box.x + 6;
  const right = box.x + box.width - 6;
  const top = box.y + box.height * 0.25;
  const span = box.height * 0.5;
  await page.mouse.move(left, top);
  await page.waitForTimeout(200);
  await page.evaluate(startFrames);
  let x = left;
  let dir = 1;
  let moves = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < SWEEP_MS) {
    x += dir * STEP_PX;
    if (x >= right || x <= left) dir = -dir;
    const y = top + span * (0.5 + 0.5 * Math.sin(moves / 40));
    await page.mouse.move(x, y);
    moves++;
  }
  const r = (await page.evaluate(stopFrames)) as Omit<Sweep, 'moves'>;
  return { ...r, moves };
}

const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const page = await context.newPage();
await page.goto(host.url);
const list = page.getByRole('grid', { name: 'Evidence list' });
const pane = page.getByRole('region', { name: 'Evidence details' });
const rowOf = (title: string) => list.getByRole('rowgroup').nth(1).getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
await rowOf(SERIES_TITLE).waitFor({ state: 'visible' });
const chart = pane.getByRole('img', { name: SERIES_TITLE, exact: true });

// 1. Selecting: a plain item (reference) then the series, SELECT_RUNS times after one warm-up.
const selectPlain: number[] = [];
const selectSeries: number[] = [];
const selectSeriesWall: number[] = [];
for (let i = 0; i <= SELECT_RUNS; i++) {
  await page.evaluate(armSelectionTimer(plainShown));
  await rowOf(PLAIN_TITLE).click();
  const plainMs = (await page.evaluate('window.__sel')) as number;
  await chart.waitFor({ state: 'detached' });
  await page.evaluate(armSelectionTimer(chartShown));
  const t0 = performance.now();
  await rowOf(SERIES_TITLE).click();
  await chart.waitFor({ state: 'attached' });
  const wall = performance.now() - t0;
  const seriesMs = (await page.evaluate('window.__sel')) as number;
  if (i === 0) continue;
  selectPlain.push(plainMs);
  selectSeries.push(seriesMs);
  selectSeriesWall.push(wall);
}

// The chart as drawn: SVG elements (the chart's root svg included), before and while hovering.
const countSvg = `(() => { const s = document.querySelector('.series-chart svg'); return s ? s.querySelectorAll('*').length + 1 : 0; })()`;
const svgElements = (await page.evaluate(countSvg)) as number;
const dots = (await page.evaluate(`document.querySelectorAll('.series-chart svg circle').length`)) as number;

// 2. Frames: reference sweep over the evidence list, then the chart, alternating.
const reference: Sweep[] = [];
const charted: Sweep[] = [];
for (let i = 0; i < SWEEPS; i++) {
  reference.push(await sweep(page, list));
  charted.push(await sweep(page, chart));
}
const svgWhileHovering = (await page.evaluate(countSvg)) as number;
await context.close();
await browser.close();
await host.stop();
rmSync(configHome, { recursive: true, force: true });

const pool = (s: Sweep[]) => s.flatMap((x) => x.deltas);
const refDeltas = pool(reference);
const chartDeltas = pool(charted);
const refMedian = median(refDeltas);
const dropLimit = 2 * refMedian;
const dropped = (d: number[]) => d.filter((x) => x > dropLimit).length;
const fps = (s: Sweep[]) => s.reduce((n, x) => n + x.deltas.length, 0) / s.reduce((n, x) => n + x.deltas.reduce((a, b) => a + b, 0) / 1000, 0);
const sum = (s: Sweep[], k: 'moves' | 'tipChanges') => s.reduce((n, x) => n + x[k], 0);
const maxTips = Math.max(...charted.map((c) => c.tips));

const selectRows = [
  ['Select a plain item → its details show (reference)', fmt(median(selectPlain)), fmt(Math.max(...selectPlain)), '1.0×'],
  ['Select the 120-month series → chart SVG on the page', fmt(median(selectSeries)), fmt(Math.max(...selectSeries)), ratio(median(selectSeries), median(selectPlain))],
  ['Same, timed from Playwright (click sent → SVG attached)', fmt(median(selectSeriesWall)), fmt(Math.max(...selectSeriesWall)), ratio(median(selectSeriesWall), median(selectPlain))],
];
const ms1 = (ms: number) => `${ms.toFixed(1)} ms`;
const frameRow = (name: string, s: Sweep[], d: number[], vs: string) =>
  `| ${name} | ${d.length} | ${fps(s).toFixed(1)} | ${ms1(median(d))} | ${ms1(percentile(d, 95))} | ${ms1(Math.max(...d))} | ${dropped(d)} | ${vs} |`;
const table = [
  `| what | median of ${SELECT_RUNS} | slowest | vs reference |`,
  '| --- | --- | --- | --- |',
  ...selectRows.map((r) => `| ${r.join(' | ')} |`),
  '',
  `| pointer sweep, ${SWEEPS} × ${SWEEP_MS / 1000} s | frames | frames/s | median interval | p95 | max | dropped (> ${ms1(dropLimit)}) | median vs reference |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  frameRow('Over the evidence list (reference)', reference, refDeltas, '1.0×'),
  frameRow('Over the chart (hover tip follows)', charted, chartDeltas, ratio(median(chartDeltas), refMedian)),
].join('\n');

const body = `${table}

The library has one data item with ${MONTHS} monthly figures (Jan 2015 to Dec 2024) with a target, a baseline
and an England average, and 30 plain items; it is made through the core API, then \`revisit serve\` and
headless Chromium (1600 × 1000) open it. Selection times are measured in the page, from the pointerdown on the
row to the first animation frame in which the chart's SVG (or the plain item's title in the details pane) is
there, so they include fetching \`series/get\` and drawing the chart with Observable Plot; one warm-up run
is left out. The chart has ${svgElements} SVG elements (${dots} dots), ${svgWhileHovering} while the tip shows.

Frames: a requestAnimationFrame loop in the page records every frame interval while Playwright moves the
pointer in ${STEP_PX} px steps back and forth across the target (${sum(reference, 'moves')} moves over the list,
${sum(charted, 'moves')} over the chart). Over the chart its SVG changed in ${sum(charted, 'tipChanges')} mutation batches and the tip
showed up to ${maxTips} different months in one sweep (so it follows the pointer). "Dropped" counts frames longer than twice the reference's median
interval. Per sweep, chart frames: ${charted.map((c) => c.deltas.length).join(', ')}; reference: ${reference.map((c) => c.deltas.length).join(', ')}.`;
writeSection('Data series: chart of a 10-year monthly series', body);
process.stdout.write(`${table}\n`);
