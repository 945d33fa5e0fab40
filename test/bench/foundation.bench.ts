// Foundation benchmarks: web host cold start to the first rendered screen of the example
// library, and the CLI's `area list` on it; each a median of 5, next to `node -e 0`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createApp } from '../../main/core/app.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { startHost } from '../e2e/host.ts';
import { writeSection } from './lib/results.ts';
import { fmt, median, ratio, timeCommand } from './lib/timing.ts';

const RUNS = 5;
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/revisit.js');
if (!existsSync(join(root, 'dist/renderer/index.html'))) throw new Error('Build the renderer first: npm run build');

const configHome = mkdtempSync(join(tmpdir(), 'revisit-bench-'));
const dataRoot = join(configHome, 'Revisit Ready');
const app = createApp({ dataRoot, resourcesDir: join(root, 'resources'), logger: silentLogger });
const opened = await app.dispatch('library/openExample', {});
if (!opened.ok) throw new Error(opened.error.message);
const libraryPath = (opened.value as { path: string }).path;
app.close();
const env = { ...process.env, XDG_CONFIG_HOME: configHome, REVISIT_LIBRARY: libraryPath };

const nodeBaseline: number[] = [];
const areaList: number[] = [];
const areaListNoCache: number[] = [];
for (let i = 0; i < RUNS; i++) {
  nodeBaseline.push(timeCommand(process.execPath, ['-e', '0']));
  areaList.push(timeCommand(process.execPath, [bin, 'area', 'list', '--json'], env));
  areaListNoCache.push(timeCommand(process.execPath, [bin, 'area', 'list', '--json'], { ...env, NODE_DISABLE_COMPILE_CACHE: '1' }));
}

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const coldStart: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = performance.now();
  const host = await startHost(configHome, libraryPath);
  await page.goto(host.url);
  // The first screen of the library: its evidence list with rows in it.
  await page.getByRole('row').nth(1).waitFor({ state: 'visible' });
  coldStart.push(performance.now() - t0);
  await context.close();
  await host.stop();
}
await browser.close();
rmSync(configHome, { recursive: true, force: true });

const nodeMs = median(nodeBaseline);
const rows = [
  ['`node -e 0` (reference)', fmt(nodeMs), '1.0×'],
  ['`revisit area list --json` on the example library', fmt(median(areaList)), ratio(median(areaList), nodeMs)],
  ['the same with the code cache off (`NODE_DISABLE_COMPILE_CACHE=1`)', fmt(median(areaListNoCache)), ratio(median(areaListNoCache), nodeMs)],
  ['Web host cold start → first rendered screen of the example library', fmt(median(coldStart)), ratio(median(coldStart), nodeMs)],
];
const table = ['| what | median of 5 | vs `node -e 0` |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const body = `${table}

Cold start is measured from spawning \`revisit serve\` (Node 24 stripping types from the
TypeScript sources) to the evidence list's first row being visible in headless Chromium
(browser already running; new context each run). The command line keeps compiled code in the data
folder's \`Code cache\` (the first run fills it). All runs: area list ${areaList.map(fmt).join(', ')};
without the cache ${areaListNoCache.map(fmt).join(', ')};
cold start ${coldStart.map(fmt).join(', ')}; node ${nodeBaseline.map(fmt).join(', ')}.`;
writeSection('Foundation: start-up', body);
process.stdout.write(`${table}\n`);
