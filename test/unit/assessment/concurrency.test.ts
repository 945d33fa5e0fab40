import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeLoop } from '../../fixtures/assessment-write-loop.ts';
import { testApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

const writer = fileURLToPath(new URL('../../fixtures/assessment-writer.ts', import.meta.url));
const COUNT = 120;

describe('two processes writing the same library at once', () => {
  it('loses no update and never reports the library as busy or locked', async () => {
    const dataRoot = tempDir();
    const lib = join(dataRoot, 'lib');
    const t = testApp({ dataRoot });
    await t.call('library/create', { name: 'Busyshire', path: lib, userName: 'LANO' });
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'x' });

    const child = spawn(process.execPath, [writer, dataRoot, lib, area.id, 'cli', String(COUNT)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));

    // The app writes at the same time, through the same dispatcher the UI uses.
    const failures: string[] = [];
    await writeLoop(
      async (m, i) => {
        const r = await t.app.dispatch(m, i);
        if (!r.ok) failures.push(`${m}: ${r.error.code}: ${r.error.message}`);
        return (r.ok ? r.value : { id: '' }) as { id: string };
      },
      area.id,
      'app',
      COUNT,
    );
    expect(await exited, err).toBe(0);
    expect(failures).toEqual([]);

    const db = t.app.session.library!.db;
    const findings = db.prepare('SELECT position FROM finding WHERE area_id = ? ORDER BY position').all(area.id) as { position: number }[];
    expect(findings.map((f) => f.position)).toEqual([...Array(2 * COUNT).keys()]);
    expect(db.prepare("SELECT count(*) AS n FROM finding WHERE text LIKE 'cli %'").get()).toEqual({ n: COUNT });
    expect(db.prepare('SELECT count(DISTINCT position) AS n, count(*) AS total FROM action').get()).toEqual({ n: 2 * COUNT, total: 2 * COUNT });
    expect(db.prepare("SELECT count(*) AS n FROM link WHERE strength = 'impact'").get()).toEqual({ n: 2 * COUNT });

    // Each judgement change starts from the one before it: no write was based on a stale read.
    const history = await t.call('assessment/history', { areaId: area.id, limit: 1000 });
    const judgements = history.filter((h) => h.subject === 'judgement').reverse();
    expect(judgements.length).toBeGreaterThan(COUNT);
    for (let i = 1; i < judgements.length; i++) expect(judgements[i]!.before).toEqual(judgements[i - 1]!.after);
    const { judgement } = await t.call('assessment/get', { areaId: area.id });
    expect(judgements.at(-1)!.after).toEqual({ outcome: judgement!.outcome, rationale: judgement!.rationale });
  });
});
