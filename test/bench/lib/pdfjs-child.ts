// Run by ingest-extraction.bench.ts in its own process, for comparison only: reads the text of
// every PDF in a folder with pdf.js (the reader the app used before PDFium), in as many worker
// threads as the import uses, set up as the app had it (one shared pdf.js worker per thread,
// no standard font files, no DecompressionStream), and prints the time and CPU time taken.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

type Job = { files: string[] };
type Done = { pages: number };

if (isMainThread) {
  const corpus = process.argv[2]!;
  const threads = Number(process.argv[3]);
  const files = readdirSync(corpus).sort().map((n) => join(corpus, n));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // Files are dealt round-robin: the corpus's files are all much the same size.
  const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const pages = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { files: share } satisfies Job });
          worker.once('message', (m: Done) => resolve(m.pages));
          worker.once('error', reject);
        }),
    ),
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, pages: pages.reduce((a, b) => a + b, 0) }));
  process.exit(0);
} else {
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  const { getDocument, PDFWorker, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const worker = new PDFWorker({ verbosity: VerbosityLevel.ERRORS });
  const { files } = workerData as Job;
  let pages = 0;
  for (const file of files) {
    const task = getDocument({ data: new Uint8Array(readFileSync(file)), worker, verbosity: VerbosityLevel.ERRORS, disableFontFace: true, useSystemFonts: false });
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      if (content.items.some((i) => 'str' in i && i.str.trim())) pages++;
      page.cleanup();
    }
    await task.destroy();
  }
  parentPort!.postMessage({ pages } satisfies Done);
}
