// Survey import benchmark: a 100,000-response export with 5 free-text questions (byte-order
// mark, Windows line endings, some answers over two lines, a role column) imported end to
// end into a fresh library (500,000 feedback items), next to parsing the same file alone
// with papaparse. Each runs in its own process, so each peak memory figure is its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { createApp } from '../../main/core/app.ts';
import { silentLogger } from '../../main/core/logger.ts';
import { writeSection } from './lib/results.ts';
import { fmt, ratio } from './lib/timing.ts';

const ROWS = 100_000;
const QUESTIONS = [
  'What has been the most helpful thing about the support your family receives?',
  'What one thing would you change about the EHC needs assessment process?',
  'How well do professionals listen to you and your child? Please tell us more.',
  'Tell us about your experience of moving between schools or settings.',
  'Is there anything else you would like to tell the local area partnership?',
];
const ROLES = ['Parent/carer', 'Young person', 'SENCo', 'Social worker', 'Grandparent', 'Other'];
const OPENINGS = ['Honestly', 'To be fair', 'Over the last year', 'Since the relaunch', 'Sadly', 'In our experience', 'Mostly', 'At first'];
const MIDDLES = [
  'the coffee mornings helped us meet other families',
  'we waited far too long for the assessment to start',
  'the key worker listened properly and explained every step',
  'communication from the SEND team has improved a lot',
  'nobody told us what was happening with the plan',
  'the new portal keeps losing the documents we upload',
  'the school SENCo went above and beyond for us',
  'transport was sorted out quickly once we asked',
];
const ENDINGS = ['and we are grateful.', 'but there is a long way to go.', 'which made a real difference.', 'and it still worries us.', 'so thank you.', ''];

/** One answer, varied enough to read as free text; about one in 200 names a child, one in 500 runs over two lines. */
function answer(row: number, q: number): string {
  const n = row * 7 + q * 13;
  if (n % 211 === 0) return `My son Jacob ${MIDDLES[n % MIDDLES.length]}.`;
  const text = `${OPENINGS[n % OPENINGS.length]}, ${MIDDLES[(n >> 3) % MIDDLES.length]} ${ENDINGS[(n >> 6) % ENDINGS.length]} (${row}.${q})`.trim();
  return row % 500 === q ? `${text}\r\nAnd one more thing on a second line.` : text;
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function writeSurvey(path: string) {
  const lines = [['Timestamp', 'I am a…', ...QUESTIONS, 'May we quote you?'].map(quote).join(',')];
  for (let r = 1; r <= ROWS; r++) {
    const day = String((r % 28) + 1).padStart(2, '0');
    const month = String((r % 12) + 1).padStart(2, '0');
    const cells = [`${day}/${month}/2024 ${String(r % 24).padStart(2, '0')}:15:00`, ROLES[r % ROLES.length]!, ...QUESTIONS.map((_, q) => answer(r, q)), r % 3 ? 'Yes' : 'No'];
    lines.push(cells.map(quote).join(','));
  }
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
}

interface ChildResult {
  ms: number;
  /** CPU time (user + system) of the timed part: on a busy machine, steadier than wall-clock time. */
  cpuMs: number;
  maxRssMb: number;
  startRssMb: number;
  detail: string;
}

/** In a child process: parse the file alone, as readTable does (BOM removed, papaparse). */
function parseAlone(path: string): ChildResult {
  const startRssMb = process.memoryUsage.rss() / 1024 ** 2;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const text = readFileSync(path).toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, startRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024, detail: `${parsed.data.length} rows` };
}

/** In a child process: feedback/importSurvey end to end on a fresh library. */
async function importEndToEnd(path: string): Promise<ChildResult> {
  const root = mkdtempSync(join(tmpdir(), 'revisit-bench-survey-'));
  const app = createApp({ dataRoot: root, resourcesDir: '.', logger: silentLogger });
  const created = await app.dispatch('library/create', { name: 'Bench', path: join(root, 'lib') });
  if (!created.ok) throw new Error(created.error.message);
  const area = await app.dispatch('areas/create', { code: 'AOC1', title: 'Co-production', weakness: 'Families are not heard.' });
  if (!area.ok) throw new Error(area.error.message);
  const startRssMb = process.memoryUsage.rss() / 1024 ** 2;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await app.dispatch('feedback/importSurvey', {
    source: { path },
    mapping: { questionColumns: [2, 3, 4, 5, 6], roleColumn: 1, dateColumn: 0, consentColumn: 7 },
    defaults: { surveyTitle: 'SEND survey 2024' },
    areaIds: [(area.value as { id: string }).id],
  });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (!r.ok) throw new Error(r.error.message);
  const v = r.value as { created: number; responses: number; flagged: number };
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  app.close();
  rmSync(root, { recursive: true, force: true });
  return { ms, cpuMs: (c.user + c.system) / 1000, startRssMb, maxRssMb, detail: `${v.created} items from ${v.responses} responses, ${v.flagged} flagged` };
}

const [mode, file] = process.argv.slice(2);
if (mode === 'parse' || mode === 'import') {
  const result = mode === 'parse' ? parseAlone(file!) : await importEndToEnd(file!);
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const self = fileURLToPath(import.meta.url);
const child = (what: 'parse' | 'import', path: string): ChildResult => {
  const r = spawnSync(process.execPath, [self, what, path], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
};

const dir = mkdtempSync(join(tmpdir(), 'revisit-bench-survey-file-'));
const path = join(dir, 'survey.csv');
writeSurvey(path);
const sizeMb = statSync(path).size / 1024 ** 2;
const parse = child('parse', path);
const full = child('import', path);
rmSync(dir, { recursive: true, force: true });

const mb = (x: number) => `${Math.round(x)} MB`;
const rows = [
  ['papaparse alone (reference)', fmt(parse.ms), fmt(parse.cpuMs), '1.0×', mb(parse.maxRssMb), mb(parse.startRssMb), parse.detail],
  ['`feedback/importSurvey` end to end', fmt(full.ms), fmt(full.cpuMs), `${ratio(full.ms, parse.ms)} (CPU ${ratio(full.cpuMs, parse.cpuMs)})`, mb(full.maxRssMb), mb(full.startRssMb), full.detail],
];
const table = [
  '| what | time | CPU time | vs papaparse | peak RSS | RSS before | result |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const body = `${table}

Survey export: ${ROWS.toLocaleString('en-GB')} responses × ${QUESTIONS.length} free-text questions, a role, a
timestamp and a consent column (${sizeMb.toFixed(1)} MB of CSV with a byte-order mark, Windows line endings and
some answers over two lines). Each measurement runs once, in its own Node process, so its peak
RSS (\`process.resourceUsage().maxRSS\`) is its own; "RSS before" is the process just before
the timed part. CPU time (user + system) is given beside wall-clock time because the
machine may be busy with other work. The import reads the file, checks every date, flags possible personal data,
writes every item and its feedback row, indexes them all for search, and links each to one area, in one
transaction. Peak memory ratio: ${ratio(full.maxRssMb, parse.maxRssMb)} of parsing alone.`;
writeSection('Survey import: 100,000 responses × 5 questions', body);
process.stdout.write(`${table}\n`);
