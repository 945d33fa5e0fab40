// `npm run bench`: runs every benchmark in turn and writes bench/results.md.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o))));
let failed = 0;
for (const file of benches.sort()) {
  process.stderr.write(`\n▶ ${file}\n`);
  const r = spawnSync(process.execPath, [`${dir}/${file}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
