// Readiness dashboard: 20 areas and 10,000 linked items (plus findings, excerpts and 184
// actions), core time of readiness/get as median and p95 of 30 runs, next to the raw
// aggregate SQL in-process and through the sqlite3 command line on the same file.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../main/core/app.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { readiness } from '../../main/core/readiness/load.ts';
import { writeSection } from './lib/results.ts';
import { fmt, median, percentile, ratio, timeCommand } from './lib/timing.ts';

const AREAS = 20;
const ITEMS = 10_000;
const RUNS = 30;
const GOAL_MS = 200;
const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'revisit-dashboard-'));
const lib = join(folder, 'lib');

const app = createApp({ dataRoot: folder, resourcesDir: join(root, 'resources'), logger: silentLogger });
const created = await app.dispatch('library/create', { name: 'Benchshire', path: lib, revisitWindowStart: '2024-04-01', revisitWindowEnd: '2024-09-30' });
if (!created.ok) throw new Error(created.error.message);
const db = app.session.library!.db;

// Fill the library directly in one transaction (the API would fsync 10,000 times).
const t = '2024-01-01T00:00:00.000Z';
const kinds = ['document', 'data', 'feedback', 'case-study'] as const;
const voices = [null, 'parent-carer', 'child-young-person', 'practitioner', null] as const;
db.transaction(() => {
  const area = db.prepare('INSERT INTO area (id, code, title, weakness, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (let a = 0; a < AREAS; a++) area.run(`a${a}`, `AOC${a + 1}`, `Area ${a + 1}`, 'A weakness', a, t, t);
  const item = db.prepare('INSERT INTO evidence (id, title, kind, as_at, voice, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const link = db.prepare('INSERT INTO link (evidence_id, area_id, stance, strength, note, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (let i = 0; i < ITEMS; i++) {
    const kind = kinds[i % 4]!;
    const month = String(1 + (i % 12)).padStart(2, '0');
    item.run(`e${i}`, `Item ${i}`, kind, i % 17 === 0 ? null : `${2022 + (i % 3)}-${month}-15`, kind === 'feedback' ? voices[i % 5] : null, t, t);
    link.run(`e${i}`, `a${i % AREAS}`, i % 23 === 0 ? 'counters' : 'supports', i % 7 === 0 ? 'impact' : 'activity', 'Why it matters', t);
  }
  const finding = db.prepare('INSERT INTO finding (id, area_id, text, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const cite = db.prepare('INSERT INTO finding_citation (finding_id, position, evidence_id) VALUES (?, ?, ?)');
  const excerpt = db.prepare("INSERT INTO excerpt (id, evidence_id, area_id, quote, created_at, updated_at) VALUES (?, ?, ?, 'A quote', ?, ?)");
  const citeExcerpt = db.prepare('INSERT INTO finding_citation (finding_id, position, excerpt_id) VALUES (?, ?, ?)');
  for (let a = 0; a < AREAS; a++)
    for (let f = 0; f < 8; f++) {
      finding.run(`f${a}-${f}`, `a${a}`, `Finding ${f}`, f, t, t);
      for (let c = 0; c < 3; c++) cite.run(`f${a}-${f}`, c, `e${a + AREAS * (f * 3 + c)}`);
      excerpt.run(`x${a}-${f}`, `e${a + AREAS * f}`, `a${a}`, t, t);
      citeExcerpt.run(`f${a}-${f}`, 3, `x${a}-${f}`);
    }
  const judge = db.prepare("INSERT INTO judgement (area_id, outcome, updated_at) VALUES (?, ?, ?)");
  for (let a = 0; a < AREAS; a += 2) judge.run(`a${a}`, a % 4 ? 'sufficient' : 'not-sufficient', t);
  const action = db.prepare("INSERT INTO action (id, area_id, text, due_on, status_id, position, created_at, updated_at) VALUES (?, ?, 'Do it', ?, ?, ?, ?, ?)");
  const statuses = ['completed', 'in-progress', 'yet-to-start'];
  for (let x = 0; x < 184; x++) action.run(`act${x}`, `a${x % AREAS}`, `2024-0${1 + (x % 9)}-01`, statuses[x % 3], x, t, t);
})();

const today = '2024-03-01';
const aggregate = `SELECT l.area_id, e.kind, e.voice, count(*) AS n, max(e.as_at) AS newest
  FROM link l JOIN evidence e ON e.id = l.evidence_id GROUP BY l.area_id, e.kind, e.voice`;
const check = readiness(db, today);
if (check.areas.length !== AREAS || check.areas.reduce((n, a) => n + a.linkedItems, 0) !== ITEMS) throw new Error('The benchmark library is not what it should be.');

const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
for (let i = 0; i < 3; i++) readiness(db, today); // warm up
const core: number[] = [];
const dispatch: number[] = [];
const rawSql: number[] = [];
const aggregateStatement = db.prepare(aggregate);
for (let i = 0; i < RUNS; i++) {
  core.push(time(() => readiness(db, today)));
  rawSql.push(time(() => aggregateStatement.all()));
  const t0 = performance.now();
  const r = await app.dispatch('readiness/get', { today });
  if (!r.ok) throw new Error(r.error.message);
  dispatch.push(performance.now() - t0);
}
app.close();

const sqliteCli = existsSync('/usr/bin/sqlite3') ? '/usr/bin/sqlite3' : null;
const cli: number[] = [];
if (sqliteCli) for (let i = 0; i < 10; i++) cli.push(timeCommand(sqliteCli, [join(lib, 'library.sqlite'), aggregate]));
rmSync(folder, { recursive: true, force: true });

const ref = median(rawSql);
const rows = [
  ['Raw aggregate SQL, counts and newest date per area and kind (reference, in-process)', fmt(ref), fmt(percentile(rawSql, 95)), '1.0×'],
  ['Readiness, core (`readiness()`: 4 queries in one read transaction + the pure computation)', fmt(median(core)), fmt(percentile(core, 95)), ratio(median(core), ref)],
  ['Readiness through the dispatcher (`readiness/get`, input parsed with zod)', fmt(median(dispatch)), fmt(percentile(dispatch, 95)), ratio(median(dispatch), ref)],
  ...(sqliteCli ? [['Same aggregate SQL through the `sqlite3` command line (process start included)', fmt(median(cli)), fmt(percentile(cli, 95)), ratio(median(cli), ref)]] : []),
];
const table = [`| what | median of ${RUNS} | p95 | vs raw SQL |`, '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const verdict = median(core) < GOAL_MS && percentile(core, 95) < GOAL_MS ? `within the ${GOAL_MS} ms goal` : `OVER the ${GOAL_MS} ms goal`;
writeSection(
  'Dashboard: readiness for 20 areas and 10,000 linked items',
  `${table}

Library: ${AREAS} areas, ${ITEMS.toLocaleString('en-GB')} items each linked to one area (every 23rd countering, every 7th
showing impact), 160 findings citing 480 items and 160 excerpts, 184 actions, 10 judgements. Core time is ${verdict}
(median ${fmt(median(core))}, p95 ${fmt(percentile(core, 95))}). The sqlite3 row runs 10 times and includes starting the process.`,
);
process.stdout.write(`${table}\n`);
if (median(core) >= GOAL_MS) process.exitCode = 1;
