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

function importAll(): { ms: number; maxRssMb: number; counts: Record<string, number> } {
  const r = spawnSync(process.execPath, [child, corpus], { encoding: 'utf8', maxBuffer: 1024 ** 2 });
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const poppler: number[] = [];
const ours: { ms: number; maxRssMb: number; counts: Record<string, number> }[] = [];
for (let i = 0; i < RUNS; i++) {
  poppler.push(await pdftotextAll());
  ours.push(importAll());
}
rmSync(corpus, { recursive: true, force: true });
if (ours.some((o) => o.counts['imported'] !== FILES)) throw new Error(`not every file imported: ${JSON.stringify(ours.map((o) => o.counts))}`);

const popplerMs = median(poppler);
const oursMs = median(ours.map((o) => o.ms));
const peak = Math.max(...ours.map((o) => o.maxRssMb));
const table = [
  '| what | median of 3 | pages/s | vs pdftotext | goal |',
  '| --- | --- | --- | --- | --- |',
  `| \`pdftotext\`, ${parallel} processes at a time (reference) | ${fmt(popplerMs)} | ${Math.round(pageCount / (popplerMs / 1000))} | 1.0× | |`,
  `| \`ingest/run\` end to end, ${parallel} worker threads | ${fmt(oursMs)} | ${Math.round(pageCount / (oursMs / 1000))} | ${ratio(oursMs, popplerMs)} | ≤ 1.5× |`,
  `| peak RSS of the importing process | ${Math.round(peak)} MB | | | < 400 MB |`,
].join('\n');
const body = `${table}

Corpus: ${FILES} PDFs made with pdfkit, ${pageCount.toLocaleString('en-GB')} pages of about ${WORDS_PER_PAGE} words
(generated in ${fmt(generateMs)}). "End to end" is everything an import does: copying each file into the
library's staging folder and hashing it, reading every page with pdf.js, storing the file, and writing the
item and every page into the search index, in a fresh library, in its own process (Node start-up excluded).
\`pdftotext\` only extracts text, each file in its own process. Runs: pdftotext ${poppler.map(fmt).join(', ')};
import ${ours.map((o) => fmt(o.ms)).join(', ')}; peak RSS ${ours.map((o) => `${Math.round(o.maxRssMb)} MB`).join(', ')}.`;
writeSection('Ingest: text extraction and memory', body);
process.stdout.write(`${table}\n`);
