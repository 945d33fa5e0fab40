// Run by ingest-extraction.bench.ts in its own process, for comparison only: reads the text of
// every PDF in a folder with PDFium (Chrome's PDF engine, compiled to WebAssembly), in as many
// worker threads as the import uses, and prints the time taken and the CPU time used. The app
// does not use PDFium; this row shows what a parser other than pdf.js costs on the same files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { PDFiumLibrary } from '@hyzyla/pdfium';

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
  const { files } = workerData as Job;
  const library = await PDFiumLibrary.init();
  let pages = 0;
  for (const file of files) {
    const doc = await library.loadDocument(readFileSync(file));
    for (const page of doc.pages()) if (page.getText().length > 0) pages++;
    doc.destroy();
  }
  library.destroy();
  parentPort!.postMessage({ pages } satisfies Done);
}
