// Import benchmark: a generated corpus of PDFs (≥ 2,000 pages) imported end to end
// (hash, store, extract text in worker threads, index) against poppler's `pdftotext`
// extracting the same files with the same number of parallel processes; and peak RSS.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf } from '../helpers/ingest-fixtures.ts';
import { pageOfText, rng, vocabulary } from './lib/corpus.ts';
import { writeSection } from './lib/results.ts';
import { fmt, median, ratio } from './lib/timing.ts';

const FILES = 80;
const PAGES_PER_FILE = 26;
const WORDS_PER_PAGE = 330;
const RUNS = 3;
const parallel = Math.max(1, Math.min(4, availableParallelism()));
const child = fileURLToPath(new URL('./lib/import-child.ts', import.meta.url));
const readOnlyChild = fileURLToPath(new URL('./lib/extract-child.ts', import.meta.url));
const pdfjsChild = fileURLToPath(new URL('./lib/pdfjs-child.ts', import.meta.url));

if (spawnSync('pdftotext', ['-v']).error) throw new Error('pdftotext is needed (Debian: apt-get install poppler-utils)');

const corpus = mkdtempSync(join(tmpdir(), 'revisit-bench-corpus-'));
const g0 = performance.now();
const random = rng(7);
const vocab = vocabulary(7);
for (let f = 0; f < FILES; f++) {
  const pages = Array.from({ length: PAGES_PER_FILE }, () => pageOfText(vocab, WORDS_PER_PAGE, random));
  writeFileSync(join(corpus, `report-${String(f).padStart(3, '0')}.pdf`), await makePdf({ title: `Report ${f}`, pages }));
}
const generateMs = performance.now() - g0;
const files = readdirSync(corpus).map((n) => join(corpus, n));
const pageCount = files.reduce((sum, f) => sum + Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [f]).stdout.toString())?.[1] ?? 0), 0);

/** pdftotext over every file, `parallel` processes at a time. */
async function pdftotextAll(): Promise<number> {
  const queue = [...files];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        await new Promise<void>((resolve, reject) =>
          spawn('pdftotext', ['-enc', 'UTF-8', f, '-'], { stdio: ['ignore', 'ignore', 'inherit'] }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pdftotext ${f}`)))),
        );
      }
    }),
  );
  return performance.now() - t0;
}

/**
 * CPU time (user + system) pdftotext takes for every file, one after another: read from the
 * shell's \`times\` (its children's totals). The machine may be shared, so CPU time is a
 * steadier comparison than wall-clock time; it is measured in a separate pass, not timed.
 */
function pdftotextCpuMs(): number {
  const script = 'for f in "$@"; do pdftotext -enc UTF-8 "$f" - > /dev/null || exit 1; done; times';
  const r = spawnSync('bash', ['-c', script, 'bash', ...files], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  const seconds = [...(r.stdout.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (seconds.length !== 2) throw new Error(`unexpected output of times: ${r.stdout}`);
  return (seconds[0]! + seconds[1]!) * 1000;
}

type ImportRun = { ms: number; cpuMs: number; maxRssMb: number; counts: Record<string, number> };

function importAll(): ImportRun {
  const r = spawnSync(process.execPath, [child, corpus], { encoding: 'utf8', maxBuffer: 1024 ** 2 });
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

type ReadRun = { ms: number; cpuMs: number; pages: number };

function readRun(script: string, ...args: string[]): ReadRun {
  const r = spawnSync(process.execPath, [script, corpus, ...args], { encoding: 'utf8', maxBuffer: 1024 ** 2 });
  if (r.status !== 0) throw new Error(`reading failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
/** Only reading the text, in the import's own worker threads: what PDFium alone costs. */
const readAll = () => readRun(readOnlyChild);
/** For comparison: the same with pdf.js, the reader the app used before. */
const pdfjsAll = () => readRun(pdfjsChild, String(parallel));

const poppler: number[] = [];
const popplerCpu: number[] = [];
const ours: ImportRun[] = [];
const reads: ReadRun[] = [];
const pdfjss: ReadRun[] = [];
for (let i = 0; i < RUNS; i++) {
  poppler.push(await pdftotextAll());
  ours.push(importAll());
  reads.push(readAll());
  pdfjss.push(pdfjsAll());
  popplerCpu.push(pdftotextCpuMs());
}
rmSync(corpus, { recursive: true, force: true });
for (const [what, runs] of [['PDFium', reads], ['pdf.js', pdfjss]] as const)
  if (runs.some((r) => r.pages !== pageCount)) throw new Error(`pages read by ${what}: ${runs.map((r) => r.pages).join(', ')}, expected ${pageCount}`);
if (ours.some((o) => o.counts['imported'] !== FILES)) throw new Error(`not every file imported: ${JSON.stringify(ours.map((o) => o.counts))}`);

const popplerMs = median(poppler);
const oursMs = median(ours.map((o) => o.ms));
const peak = Math.max(...ours.map((o) => o.maxRssMb));
const popplerCpuMs = median(popplerCpu);
const oursCpuMs = median(ours.map((o) => o.cpuMs));
const readMs = median(reads.map((r) => r.ms));
const readCpuMs = median(reads.map((r) => r.cpuMs));
const pdfjsMs = median(pdfjss.map((r) => r.ms));
const pdfjsCpuMs = median(pdfjss.map((r) => r.cpuMs));
const table = [
  '| what | median of 3 | pages/s | vs pdftotext | goal |',
  '| --- | --- | --- | --- | --- |',
  `| \`pdftotext\`, ${parallel} processes at a time (reference) | ${fmt(popplerMs)} | ${Math.round(pageCount / (popplerMs / 1000))} | 1.0× | |`,
  `| \`ingest/run\` end to end, ${parallel} worker threads | ${fmt(oursMs)} | ${Math.round(pageCount / (oursMs / 1000))} | ${ratio(oursMs, popplerMs)} | ≤ 1.5× |`,
  `| reading the text only (PDFium in the same ${parallel} worker threads; nothing stored) | ${fmt(readMs)} | ${Math.round(pageCount / (readMs / 1000))} | ${ratio(readMs, popplerMs)} | |`,
  `| for comparison: reading the text only with pdf.js (the app's reader before), ${parallel} worker threads | ${fmt(pdfjsMs)} | ${Math.round(pageCount / (pdfjsMs / 1000))} | ${ratio(pdfjsMs, popplerMs)} | |`,
  `| CPU time, all cores: \`pdftotext\` (reference) | ${fmt(popplerCpuMs)} | | 1.0× | |`,
  `| CPU time, all cores: \`ingest/run\` end to end | ${fmt(oursCpuMs)} | | ${ratio(oursCpuMs, popplerCpuMs)} | |`,
  `| CPU time, all cores: reading the text only | ${fmt(readCpuMs)} | | ${ratio(readCpuMs, popplerCpuMs)} | |`,
  `| CPU time, all cores: reading the text only with pdf.js | ${fmt(pdfjsCpuMs)} | | ${ratio(pdfjsCpuMs, popplerCpuMs)} | |`,
  `| peak RSS of the importing process | ${Math.round(peak)} MB | | | < 400 MB |`,
].join('\n');
const body = `${table}

Corpus: ${FILES} PDFs made with pdfkit, ${pageCount.toLocaleString('en-GB')} pages of about ${WORDS_PER_PAGE} words
(generated in ${fmt(generateMs)}). "End to end" is everything an import does: copying each file into the
library's staging folder and hashing it, reading every page with PDFium, storing the file, and writing the
item and every page into the search indexes (by page and by whole item), in a fresh library, in its own process (Node start-up excluded).
\`pdftotext\` only extracts text, each file in its own process. Runs: pdftotext ${poppler.map(fmt).join(', ')};
import ${ours.map((o) => fmt(o.ms)).join(', ')}; reading only ${reads.map((r) => fmt(r.ms)).join(', ')}; peak RSS ${ours.map((o) => `${Math.round(o.maxRssMb)} MB`).join(', ')}.
"Reading the text only" runs the import's worker threads on the same files and stores nothing:
it is the floor under the import's time, what PDFium (\`@hyzyla/pdfium\`, Chrome's PDF engine built to
WebAssembly) itself costs here. The pdf.js rows read the same files with pdf.js, set up as the app had it
before it changed reader: they show what the change bought. Runs: ${pdfjss.map((r) => fmt(r.ms)).join(', ')};
CPU ${pdfjss.map((r) => fmt(r.cpuMs)).join(', ')}.
The goal is about the wall-clock rows. The CPU-time rows are there because the benchmark machine
may be shared (other work running slows both sides unevenly): they add up the user and system time of
every thread — for the import, the whole importing process during \`ingest/run\` (worker threads,
garbage collection and the main thread's search-index writes included); for \`pdftotext\`, every
process in a separate, untimed pass over the same files. CPU runs: pdftotext ${popplerCpu.map(fmt).join(', ')};
import ${ours.map((o) => fmt(o.cpuMs)).join(', ')}; reading only ${reads.map((r) => fmt(r.cpuMs)).join(', ')}.`;
writeSection('Ingest: text extraction and memory', body);
process.stdout.write(`${table}\n`);
