import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { revisit } from '../../helpers/cli.ts';
import { latestVersion } from '../../../main/core/db/migrations/index.ts';
import { defaultDataRoot, defaultLibraryPath } from '../../../main/core/paths.ts';
import { tempDir } from '../../helpers/temp.ts';

const bin = fileURLToPath(new URL('../../../bin/revisit.js', import.meta.url));


describe('revisit (CLI contract)', () => {
  it('init, area add, area list, evidence list, evidence set and link, with the documented JSON shapes', async () => {
    const lib = join(tempDir(), 'lib');
    const init = await revisit(['init', '--name', 'Testshire', '--library', lib, '--json']);
    expect(init.code).toBe(0);
    expect(init.json()).toEqual({ library: { path: lib, name: 'Testshire', schemaVersion: latestVersion } });
    // init keeps an existing library.
    expect((await revisit(['init', '--name', 'Other', '--library', lib, '--json'])).json().library.name).toBe('Testshire');

    const add = await revisit(['area', 'add', '--code', 'AOC1', '--title', 'Plans', '--weakness', 'Plans are late.\n  And poor.', '--json'], { REVISIT_LIBRARY: lib });
    expect(add.json()).toEqual({ area: { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.\n  And poor.' } });
    const list = await revisit(['area', 'list', '--json', '--library', lib]);
    expect(list.json()).toEqual({ areas: [{ code: 'AOC1', title: 'Plans', weakness: 'Plans are late.\n  And poor.', judgement: null }] });

    // Items are added through the core here (import comes with its own issue).
    const { createApp } = await import('../../../main/core/app.ts');
    const app = createApp({ dataRoot: tempDir(), libraryPath: lib, resourcesDir: '.' });
    const created = await app.dispatch('evidence/create', { title: 'Board minutes', asAt: '2023-01-10' });
    app.close();
    const id = (created as { ok: true; value: { id: string } }).value.id;

    const set = await revisit(['evidence', 'set', id, '--title', 'SEND board minutes', '--date', '2023-02-01', '--personal-data', 'true', '--json', '--library', lib]);
    expect(set.json()).toEqual({ evidence: { id, title: 'SEND board minutes', kind: 'document', date: '2023-02-01', areas: [], personalData: true } });
    const link = await revisit(['link', id, 'aoc1', '--stance', 'counters', '--note', 'Delays noted', '--json', '--library', lib]);
    expect(link.code).toBe(0);
    expect(link.json().link).toMatchObject({ evidenceId: id, stance: 'counters', note: 'Delays noted' });
    // Run again (a script re-run), it keeps what is not given, and changes what is.
    expect((await revisit(['link', id, 'AOC1', '--json', '--library', lib])).json().link).toMatchObject({ stance: 'counters', note: 'Delays noted' });
    expect((await revisit(['link', id, 'AOC1', '--note', 'Delays fell', '--json', '--library', lib])).json().link).toMatchObject({ stance: 'counters', note: 'Delays fell' });
    const items = await revisit(['evidence', 'list', '--area', 'AOC1', '--json', '--library', lib]);
    expect(items.json()).toEqual({ evidence: [{ id, title: 'SEND board minutes', kind: 'document', date: '2023-02-01', areas: ['AOC1'], personalData: true }] });
  });

  it('takes an empty REVISIT_LIBRARY or --library as not given: the library goes in the data folder, never the current one', async () => {
    const config = tempDir();
    const expected = defaultLibraryPath(defaultDataRoot(process.platform, { XDG_CONFIG_HOME: config }, homedir()));
    const fromEnv = await revisit(['init', '--name', 'Emptyshire', '--json'], { XDG_CONFIG_HOME: config, REVISIT_LIBRARY: '  ' });
    expect(fromEnv.json().library.path).toBe(expected);
    const fromOption = await revisit(['area', 'list', '--json', '--library', ''], { XDG_CONFIG_HOME: config });
    expect(fromOption.code).toBe(0);
    expect(readdirSync(process.cwd())).not.toContain('library.sqlite');
  });

  it('exits 1 with one sentence (and a JSON error) for a problem the user can fix', async () => {
    const lib = join(tempDir(), 'lib');
    const missing = await revisit(['area', 'list', '--library', lib, '--json']);
    expect(missing.code).toBe(1);
    expect(missing.json().error.code).toBe('no-library');
    expect(missing.stderr).toMatch(/^There is no library at .*revisit init/);
    await revisit(['init', '--library', lib]);
    const bad = await revisit(['evidence', 'set', 'nosuch', '--date', '2023-02-30', '--library', lib, '--json']);
    expect(bad.code).toBe(1);
    // The option the user typed, not the core's field name.
    expect(bad.json().error).toEqual({ code: 'invalid-input', message: '--date is not a real date. Write dates as YYYY-MM-DD, such as 2024-06-23.' });
    expect((await revisit(['area', 'add', '--code', 'AOC1', '--title', 'T', '--library', lib])).stderr).toBe('--weakness is required.\n');
    const unknownArea = await revisit(['evidence', 'list', '--area', 'AOC9', '--library', lib]);
    expect(unknownArea.code).toBe(1);
    expect(unknownArea.stderr).toContain('AOC9');
    // A folder where a file should go, and a file where a folder should: said so, not "something went wrong".
    const folder = tempDir();
    const intoFolder = await revisit(['export', '--format', 'zip', '--out', folder, '--library', lib]);
    expect(intoFolder.code).toBe(1);
    expect(intoFolder.stderr).toBe(`${folder} is a folder; give the name of the file to write in it, such as ${join(folder, 'pack.zip')}.\n`);
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    expect((await revisit(['init', '--name', 'X', '--library', file])).stderr).toBe(`${file} is a file, not a folder; choose a folder for the library (it is made if it does not exist).\n`);
  });

  it('exits 2 when the command line itself is wrong', async () => {
    expect((await revisit(['frobnicate'])).code).toBe(2);
    const opt = await revisit(['area', 'list', '--colour']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("'--colour'");
    expect((await revisit(['evidence', 'set', 'x', '--personal-data', 'maybe'])).code).toBe(2);
    expect((await revisit(['link', 'onlyone'])).code).toBe(2);
    expect((await revisit([])).code).toBe(2);
    // Without --json stdout stays empty; with it, exactly one JSON document says what is wrong.
    expect(opt.stdout).toBe('');
    const json = await revisit(['area', 'list', '--colour', '--json']);
    expect(json.code).toBe(2);
    expect(json.json()).toEqual({ error: { code: 'usage', message: expect.stringContaining("'--colour'") } });
  });

  it('check, backup and restore round-trip through the command line', async () => {
    const lib = join(tempDir(), 'lib');
    await revisit(['init', '--name', 'Roundtrip', '--library', lib]);
    await revisit(['area', 'add', '--code', 'AOC1', '--title', 'T', '--weakness', 'W', '--library', lib]);
    const check = await revisit(['check', '--json', '--library', lib]);
    expect(check.json()).toEqual({ ok: true, problems: [] });
    const file = join(tempDir(), 'b.revisit-backup');
    expect((await revisit(['backup', file, '--json', '--library', lib])).json()).toEqual({ path: file });
    const target = join(tempDir(), 'restored');
    expect((await revisit(['restore', file, '--json', '--library', target])).json()).toEqual({ path: target });
    expect((await revisit(['area', 'list', '--json', '--library', target])).json().areas[0].code).toBe('AOC1');
    expect((await revisit(['restore', file, '--library', target])).code).toBe(1);

    // A stored file gone missing: exit 1, the problem in the JSON, and one sentence on stderr.
    const db = new Database(join(lib, 'library.sqlite'));
    db.prepare("INSERT INTO blob (sha256, size, created_at) VALUES (?, 3, '2024-01-01T00:00:00.000Z')").run('a'.repeat(64));
    db.close();
    const damaged = await revisit(['check', '--json', '--library', lib]);
    expect(damaged.code).toBe(1);
    expect(damaged.json().ok).toBe(false);
    expect(damaged.json().problems.length).toBeGreaterThan(0);
    expect(damaged.stderr).toMatch(/^The library has (a problem|\d+ problems); they are listed in the JSON\. .+\.\n$/);
  });

  it('runs as a real process through bin/revisit.js, with --version and exit codes', () => {
    const env = { ...process.env, XDG_CONFIG_HOME: tempDir() };
    const v = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = spawnSync(process.execPath, [bin, 'nonsense'], { encoding: 'utf8', env });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('keeps its compiled code in the user data folder, and runs as well when it cannot', () => {
    const config = tempDir();
    const { NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
    const env = { ...inherited, XDG_CONFIG_HOME: config };
    expect(spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env }).status).toBe(0);
    const cache = join(config, 'Revisit Ready', 'Code cache');
    expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
    // A file where the folder should be: no cache, same answer.
    const blocked = tempDir();
    mkdirSync(join(blocked, 'Revisit Ready'));
    writeFileSync(join(blocked, 'Revisit Ready', 'Code cache'), 'not a folder');
    const v = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env: { ...env, XDG_CONFIG_HOME: blocked } });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
