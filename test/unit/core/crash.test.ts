import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

const writer = fileURLToPath(new URL('../../fixtures/crash-writer.ts', import.meta.url));

/** Starts the writer, waits until it is writing, lets it run `ms`, then kills it outright. */
function runAndKill(dataRoot: string, lib: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataRoot, lib], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), ms));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended by itself (${code}): ${err}`))));
  });
}

describe('a process killed mid-write', () => {
  it('leaves the library consistent: check passes, no row without its file, no half-made item', async () => {
    const dataRoot = tempDir();
    const lib = join(dataRoot, 'lib');
    const setup = testApp({ dataRoot });
    await setup.call('library/create', { name: 'Crashshire', path: lib });
    setup.app.close();

    for (const ms of [40, 90, 150, 230, 310]) await runAndKill(dataRoot, lib, ms);

    const t = testApp({ dataRoot, libraryPath: lib });
    const report = await t.call('library/check');
    expect(report.problems).toEqual([]);
    const db = t.app.session.library!.db;
    const items = db.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number };
    expect(items.n).toBeGreaterThan(0);
    // Every file row points at a blob row whose file is there (check re-hashed them all).
    expect(db.prepare('SELECT count(*) AS n FROM evidence_file f LEFT JOIN blob b ON b.sha256 = f.sha256 WHERE b.sha256 IS NULL').get()).toEqual({ n: 0 });
    expect(report.filesChecked).toBe((db.prepare('SELECT count(*) AS n FROM blob').get() as { n: number }).n);
    t.app.close();
  });
});
