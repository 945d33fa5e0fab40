// Run by ingest-extraction.bench.ts in its own process: imports a folder into a new library and
// prints the time taken, the CPU time used and the process's peak resident memory (worker
// threads included).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../main/core/app.ts';
import { silentLogger } from '../../../main/core/logger.ts';

const corpus = process.argv[2]!;
const root = mkdtempSync(join(tmpdir(), 'revisit-bench-import-'));
const app = createApp({ dataRoot: root, resourcesDir: '.', logger: silentLogger });
const created = await app.dispatch('library/create', { name: 'Bench', path: join(root, 'lib') });
if (!created.ok) throw new Error(created.error.message);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const r = await app.dispatch('ingest/run', { sources: [{ type: 'path', path: corpus }] });
const ms = performance.now() - t0;
// CPU time of every thread of this process (the main thread and the worker threads).
const cpu = process.cpuUsage(cpu0);
if (!r.ok) throw new Error(r.error.message);
const state = r.value as { counts: Record<string, number> };
app.close();
rmSync(root, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, counts: state.counts, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
