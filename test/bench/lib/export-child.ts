// Run by export.bench.ts in its own process: writes one pack format from a library and
// prints the time taken and the process's peak resident memory.
import { join } from 'node:path';
import { createApp } from '../../../main/core/app.ts';
import { silentLogger } from '../../../main/core/logger.ts';

const [libPath, format, out] = process.argv.slice(2) as [string, string, string];
const app = createApp({ dataRoot: join(libPath, '..'), resourcesDir: '.', logger: silentLogger });
const opened = await app.dispatch('library/open', { path: libPath });
if (!opened.ok) throw new Error(opened.error.message);
const t0 = performance.now();
const r = await app.dispatch('export/write', { format, path: out, options: { asAt: '2024-09-01' } });
const ms = performance.now() - t0;
if (!r.ok) throw new Error(r.error.message);
app.close();
process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
