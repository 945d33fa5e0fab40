// Evidence pack export on a generated library of 9 areas, 500 exhibits and 300 files:
// the ZIP next to `zip -r` of the same stored files in the same run, the PDF and Word
// documents on their own, and each run's peak memory (each format in its own process).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../main/core/app.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { writeSection } from './lib/results.ts';
import { fmt, median, ratio, timeCommand } from './lib/timing.ts';

const AREAS = 9;
const EXHIBITS = 500;
const FILES = 300;
// About 500 MB in all, as the issue asks; BENCH_EXPORT_MB scales it down on a small machine.
const TOTAL_MB = Number(process.env['BENCH_EXPORT_MB'] ?? 500);
const RUNS = 3;
const child = fileURLToPath(new URL('./lib/export-child.ts', import.meta.url));

const root = mkdtempSync(join(tmpdir(), 'revisit-bench-export-'));
const app = createApp({ dataRoot: root, resourcesDir: '.', logger: silentLogger });
async function call<T>(name: string, input: unknown): Promise<T> {
  const r = await app.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

const tGen = performance.now();
const lib = await call<{ path: string }>('library/create', { name: 'Benchfield', path: join(root, 'lib') });
const areas: { id: string }[] = [];
for (let a = 0; a < AREAS; a++)
  areas.push(await call('areas/create', { code: `AOC${a + 1}`, title: `Area of concern ${a + 1}: a generated weakness`, weakness: `Inspectors found weakness number ${a + 1}. `.repeat(6) }));
const fileSize = Math.round((TOTAL_MB * 1024 * 1024) / FILES);
const items: string[] = [];
for (let i = 0; i < EXHIBITS; i++) {
  const item = await call<{ id: string }>('evidence/create', { title: `Generated evidence item ${i + 1} – board paper, survey or data return`, kind: i % 4 === 0 ? 'data' : 'document', source: 'Benchfield Borough Council', asAt: '2024-06-01' });
  if (i < FILES) {
    const staged = await call<{ uploadId: string }>('files/stage', { name: `item-${i + 1}.pdf`, bytes: randomBytes(fileSize) });
    await call('evidence/addFile', { evidenceId: item.id, uploadId: staged.uploadId, name: `item-${i + 1}.pdf` });
  }
  await call('links/set', { evidenceId: item.id, areaId: areas[i % AREAS]!.id });
  items.push(item.id);
}
for (const [a, area] of areas.entries()) {
  const mine = items.filter((_, i) => i % AREAS === a);
  for (let f = 0; f * 10 < mine.length; f++)
    await call('findings/create', { areaId: area.id, text: `Finding ${f + 1}: what changed, with the evidence that shows it, and what is still not good enough.`, citations: mine.slice(f * 10, f * 10 + 10).map((evidenceId) => ({ evidenceId })) });
  await call('assessment/judge', { areaId: area.id, outcome: a % 3 === 0 ? 'not-sufficient' : 'sufficient' });
}
app.close();
const genMs = performance.now() - tGen;

const out = join(root, 'out');
const files = join(lib.path, 'files');
const run = (format: string, i: number) => {
  const r = spawnSync(process.execPath, [child, lib.path, format, join(out, `pack-${i}.${format}`)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`export ${format} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ms: number; maxRssMb: number };
};
const results: Record<string, { ms: number[]; rss: number[] }> = { zip: { ms: [], rss: [] }, pdf: { ms: [], rss: [] }, docx: { ms: [], rss: [] } };
const zipR: number[] = [];
const zipR0: number[] = [];
for (let i = 0; i < RUNS; i++) {
  for (const format of ['zip', 'pdf', 'docx']) {
    const r = run(format, i);
    results[format]!.ms.push(r.ms);
    results[format]!.rss.push(r.maxRssMb);
  }
  zipR.push(timeCommand('sh', ['-c', `cd "${files}" && zip -r -q "${join(out, `ref-${i}.zip`)}" .`]));
  zipR0.push(timeCommand('sh', ['-c', `cd "${files}" && zip -r -q -0 "${join(out, `ref0-${i}.zip`)}" .`]));
}
const zipBytes = statSync(join(out, 'pack-0.zip')).size;
rmSync(root, { recursive: true, force: true });

const zipMs = median(results['zip']!.ms);
const mb = (n: number) => `${Math.round(n)} MB`;
const rows = [
  ['`zip -r` of the stored files (reference)', fmt(median(zipR)), '1.0×', '—'],
  ['`zip -r -0` (store only) of the same files', fmt(median(zipR0)), ratio(median(zipR0), median(zipR)), '—'],
  ['Pack ZIP (html, pdf, docx, index.csv, manifest, exhibits; re-hashing every file)', fmt(zipMs), ratio(zipMs, median(zipR)), mb(Math.max(...results['zip']!.rss))],
  ['Pack PDF', fmt(median(results['pdf']!.ms)), '—', mb(Math.max(...results['pdf']!.rss))],
  ['Pack Word (.docx)', fmt(median(results['docx']!.ms)), '—', mb(Math.max(...results['docx']!.rss))],
];
const table = [`| what | median of ${RUNS} | vs \`zip -r\` | peak RSS |`, '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const body = `${table}

A generated library of ${AREAS} areas, ${EXHIBITS} exhibits (${FILES} with a file of ${(fileSize / 1024 / 1024).toFixed(2)} MB of random bytes,
${TOTAL_MB} MB in all; the pack zip is ${mb(zipBytes / 1024 / 1024)}), generated in ${fmt(genMs)}. Each export runs in its own
process (\`export/write\` through the core, from opening nothing to the renamed file), so peak RSS is that
process's whole life. The time includes loading the pack's makers (pdfkit, docx, Observable Plot, linkedom),
which load on a process's first export rather than at start: about 0.5–1.5 s here, paid once per process. \`zip -r\` compresses (random bytes do not shrink); the pack stores exhibits as they are
and hashes each as it streams. Goals: ZIP at most 1.3× \`zip -r\`, PDF and DOCX under 5 s, peak under 500 MB.
All runs: zip ${results['zip']!.ms.map(fmt).join(', ')}; pdf ${results['pdf']!.ms.map(fmt).join(', ')}; docx ${results['docx']!.ms.map(fmt).join(', ')}; zip -r ${zipR.map(fmt).join(', ')}.`;
writeSection('Export: evidence pack', body);
process.stdout.write(`${table}\n`);
