// Run by ingest-extraction.bench.ts in its own process: reads the text of every file in a
// folder with the import's own worker threads and nothing else (no copying, hashing, storing
// or indexing), and prints the time taken and the CPU time used. This is the floor under an
// import's time: what PDFium alone costs on these files.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../main/core/logger.ts';
import { WorkerPool } from '../../../main/core/ingest/pool.ts';
import { defaultIngestOptions } from '../../../main/core/ingest/service.ts';

const corpus = process.argv[2]!;
const files = readdirSync(corpus).sort().map((n) => join(corpus, n));
const options = defaultIngestOptions();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const pool = new WorkerPool({ size: options.poolSize, workerUrl: options.workerUrl, heapMb: options.limits.workerHeapMb, idleMs: 60_000, logger: silentLogger });
let pages = 0;
await Promise.all(
  files.map(async (path) => {
    const x = await pool.run({ type: 'extract', path, name: path, limits: options.limits, stagingDir: tmpdir() }, { timeoutMs: options.limits.timeoutMs, tag: 'bench' });
    pages += x.parts.length;
  }),
);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
await pool.close();
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, pages }));
process.exit(0);
