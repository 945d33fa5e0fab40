import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export const resultsFile = fileURLToPath(new URL('../../../bench/results.md', import.meta.url));

const header = `# Benchmark results

Written by \`npm run bench\`. Each section is replaced when its benchmark runs again.
Figures are medians on the machine named in the section; every ratio compares against
a reference measured in the same run, so the ratios travel better than the times.
`;

/** Replaces (or adds) the section headed `## <title>` in bench/results.md. */
export function writeSection(title: string, body: string) {
  mkdirSync(dirname(resultsFile), { recursive: true });
  const current = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : header;
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}`;
  const section = `## ${title}\n\nRun ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.\n\n${body.trim()}\n`;
  const parts = current.split(/^(?=## )/m);
  const index = parts.findIndex((p) => p.startsWith(`## ${title}\n`));
  if (index >= 0) parts[index] = `${section}\n`;
  else parts.push(`${section}\n`);
  writeFileSync(resultsFile, parts.join('').replace(/\n{3,}/g, '\n\n'));
}
