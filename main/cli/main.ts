import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Method, Output } from '../../shared/contract.ts';
import type { Area } from '../../shared/schemas/areas.ts';
import type { Evidence, EvidenceSummary } from '../../shared/schemas/evidence.ts';
import { createApp, type App } from '../core/app.ts';
import { silentLogger } from '../core/logger.ts';
import { defaultDataRoot, defaultLibraryPath } from '../core/paths.ts';
import { parseArgs } from 'node:util';
import { boolOption, globalOptions, parse, UsageError, type Parsed } from './args.ts';
import { helpText } from './help.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** For `serve`: resolves when the server should stop. */
  waitForStop?: () => Promise<void>;
}

/** Exit 1 with a one-sentence message (and the JSON error with --json). */
class Failure extends Error {
  override readonly name = 'Failure';
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = '0.1.0';

interface Ctx {
  io: Io;
  json: boolean;
  libraryPath: string;
  dataRoot: string;
  app?: App;
}

function openApp(ctx: Ctx, mustExist: boolean): App {
  const app = createApp({ dataRoot: ctx.dataRoot, libraryPath: ctx.libraryPath, resourcesDir: resolve(repoRoot, 'resources'), logger: silentLogger });
  ctx.app = app;
  if (mustExist && !app.session.library) {
    const why = app.session.openError;
    if (why) throw new Failure(why.code, why.message);
    throw new Failure('no-library', `There is no library at ${ctx.libraryPath}. Run "revisit init" to create one, or give --library.`);
  }
  return app;
}

async function call<M extends Method>(ctx: Ctx, method: M, input: unknown): Promise<Output<M>> {
  const result = await ctx.app!.dispatch(method, input);
  if (!result.ok) throw new Failure(result.error.code, result.error.message);
  return result.value as Output<M>;
}

function print(ctx: Ctx, json: unknown, human: string) {
  ctx.io.stdout(ctx.json ? `${JSON.stringify(json, null, 2)}\n` : human.endsWith('\n') ? human : `${human}\n`);
}

const areaJson = (a: Area) => ({ code: a.code, title: a.title, weakness: a.weakness, judgement: a.judgement });
const evidenceJson = (e: EvidenceSummary | Evidence) => ({
  id: e.id,
  title: e.title,
  kind: e.kind,
  date: e.asAt,
  areas: e.areaCodes,
  personalData: e.personalData,
});

async function areaByCode(ctx: Ctx, code: string): Promise<Area> {
  const areas = await call(ctx, 'areas/list', {});
  const area = areas.find((a) => a.code.toLowerCase() === code.toLowerCase());
  if (!area) throw new Failure('not-found', `There is no area of concern with the code ${code}. "revisit area list" shows the codes.`);
  return area;
}

function need(p: Parsed, index: number, what: string): string {
  const v = p.positionals[index];
  if (v === undefined) throw new UsageError(`missing ${what}`);
  return v;
}

function noMore(p: Parsed, count: number) {
  if (p.positionals.length > count) throw new UsageError(`unexpected argument "${p.positionals[count]}"`);
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The positional words, with every known option's value skipped, to find the command. */
function commandWords(argv: string[], allOptions: Parameters<typeof parse>[1]): string[] {
  const { positionals } = parseArgs({ args: argv, options: { ...globalOptions, ...allOptions }, allowPositionals: true, strict: false });
  return positionals;
}

async function run(argv: string[], io: Io): Promise<number> {
  const commandOptions: Record<string, Parameters<typeof parse>[1]> = {
    init: { name: { type: 'string' } },
    'area add': { code: { type: 'string' }, title: { type: 'string' }, weakness: { type: 'string' } },
    'area list': {},
    'evidence list': { area: { type: 'string' } },
    'evidence set': { title: { type: 'string' }, date: { type: 'string' }, 'personal-data': { type: 'string' } },
    link: { stance: { type: 'string' }, note: { type: 'string' } },
    check: {},
    backup: {},
    restore: {},
    serve: { port: { type: 'string' } },
    '': {},
  };
  const words = commandWords(argv, Object.assign({}, ...Object.values(commandOptions)));
  const command = words[0] === 'area' || words[0] === 'evidence' ? `${words[0]} ${words[1] ?? ''}`.trim() : (words[0] ?? '');
  const options = commandOptions[command];
  if (!options) throw new UsageError(`unknown command "${command}"`);
  const p = parse(argv, options);
  if (p.values['version']) {
    io.stdout(p.values['json'] ? `${JSON.stringify({ version: VERSION })}\n` : `${VERSION}\n`);
    return 0;
  }
  if (p.values['help'] || command === '') {
    (command === '' && !p.values['help'] ? io.stderr : io.stdout)(helpText);
    return command === '' && !p.values['help'] ? 2 : 0;
  }
  const dataRoot = defaultDataRoot(process.platform, io.env, homedir());
  const ctx: Ctx = {
    io,
    json: p.values['json'] === true,
    dataRoot,
    libraryPath: resolve(str(p.values['library']) ?? io.env['REVISIT_LIBRARY'] ?? defaultLibraryPath(dataRoot)),
  };
  const skip = command.split(' ').length; // words naming the command
  const args: Parsed = { values: p.values, positionals: p.positionals.slice(skip) };
  try {
    return await runCommand(command, args, ctx);
  } catch (e) {
    if (e instanceof Failure) {
      io.stderr(`${e.message}\n`);
      if (ctx.json) io.stdout(`${JSON.stringify({ error: { code: e.code, message: e.message } })}\n`);
      return 1;
    }
    throw e;
  } finally {
    ctx.app?.close();
  }
}

async function runCommand(command: string, p: Parsed, ctx: Ctx): Promise<number> {
  const v = p.values;
  switch (command) {
    case 'init': {
      noMore(p, 0);
      const app = openApp(ctx, false);
      if (app.session.openError) throw new Failure(app.session.openError.code, app.session.openError.message);
      const info = app.session.library ? app.session.info() : await call(ctx, 'library/create', { name: str(v['name']) ?? 'My local area', path: ctx.libraryPath });
      const library = { path: info.path, name: info.details.name, schemaVersion: info.schemaVersion };
      print(ctx, { library }, `Library "${library.name}" is ready in ${library.path}.`);
      return 0;
    }
    case 'area add': {
      noMore(p, 0);
      openApp(ctx, true);
      const area = await call(ctx, 'areas/create', { code: v['code'], title: v['title'], weakness: v['weakness'] });
      print(ctx, { area: { code: area.code, title: area.title, weakness: area.weakness } }, `Added ${area.code}: ${area.title}.`);
      return 0;
    }
    case 'area list': {
      noMore(p, 0);
      openApp(ctx, true);
      const areas = await call(ctx, 'areas/list', {});
      const human = areas.length ? areas.map((a) => `${a.code}\t${a.title}\t${a.evidenceCount} evidence`).join('\n') : 'No areas of concern yet. Add one with "revisit area add".';
      print(ctx, { areas: areas.map(areaJson) }, human);
      return 0;
    }
    case 'evidence list': {
      noMore(p, 0);
      openApp(ctx, true);
      const code = str(v['area']);
      const scope = code ? { type: 'area', areaId: (await areaByCode(ctx, code)).id } : { type: 'all' };
      const items = await call(ctx, 'evidence/list', { scope });
      const human = items.length ? items.map((e) => `${e.id}\t${e.asAt ?? '—'}\t${e.kind}\t${e.title}\t${e.areaCodes.join(',')}`).join('\n') : 'No evidence items.';
      print(ctx, { evidence: items.map(evidenceJson) }, human);
      return 0;
    }
    case 'evidence set': {
      const id = need(p, 0, 'the evidence id');
      noMore(p, 1);
      const personalData = boolOption(v['personal-data'], 'personal-data');
      openApp(ctx, true);
      const item = await call(ctx, 'evidence/update', { id, title: str(v['title']), asAt: str(v['date']), personalData });
      print(ctx, { evidence: evidenceJson(item) }, `Saved "${item.title}".`);
      return 0;
    }
    case 'link': {
      const evidenceId = need(p, 0, 'the evidence id');
      const code = need(p, 1, 'the area code');
      noMore(p, 2);
      openApp(ctx, true);
      const area = await areaByCode(ctx, code);
      const link = await call(ctx, 'links/set', { evidenceId, areaId: area.id, stance: str(v['stance']) ?? 'supports', note: str(v['note']) ?? '' });
      print(ctx, { link: { evidenceId: link.evidenceId, area: link.areaCode, stance: link.stance, note: link.note } }, `Linked ${evidenceId} to ${link.areaCode} (${link.stance}).`);
      return 0;
    }
    case 'check': {
      noMore(p, 0);
      openApp(ctx, true);
      const report = await call(ctx, 'library/check', {});
      const human = report.ok ? `The library is sound: database checked and ${report.filesChecked} stored files re-hashed.` : report.problems.join('\n');
      print(ctx, { ok: report.ok, problems: report.problems }, human);
      return report.ok ? 0 : 1;
    }
    case 'backup': {
      const file = resolve(need(p, 0, 'the backup file to write'));
      noMore(p, 1);
      openApp(ctx, true);
      const result = await call(ctx, 'library/backup', { path: file });
      print(ctx, { path: result.path }, `Backed up ${result.files} stored files to ${result.path}.`);
      return 0;
    }
    case 'restore': {
      const file = resolve(need(p, 0, 'the backup file to restore'));
      noMore(p, 1);
      openApp(ctx, false);
      const info = await call(ctx, 'library/restore', { backupPath: file, path: ctx.libraryPath });
      print(ctx, { path: info.path }, `Restored the library into ${info.path}.`);
      return 0;
    }
    case 'serve':
      noMore(p, 0);
      return serve(ctx, str(v['port']));
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function serve(ctx: Ctx, portText: string | undefined): Promise<number> {
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a whole number from 0 to 65535');
  const { startWebHost } = await import('../web/server.ts');
  const app = openApp(ctx, false);
  let host;
  try {
    host = await startWebHost({ app, staticDir: resolve(repoRoot, 'dist/renderer'), port });
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? e.code : '';
    throw new Failure('busy', code === 'EADDRINUSE' ? `Port ${port} is already in use. Choose another with --port, or leave it out.` : 'The web host could not start.');
  }
  ctx.io.stdout(`${host.url}\n`);
  ctx.io.stderr(`Revisit Ready is serving ${ctx.app?.session.library ? `the library in ${ctx.libraryPath}` : 'the start screen'} on 127.0.0.1 only. Open the address above in your browser. Press Ctrl+C to stop.\n`);
  await (ctx.io.waitForStop?.() ?? new Promise<void>(() => {}));
  await host.close();
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`revisit: ${e.message}. Run "revisit --help" for usage.\n`);
      return 2;
    }
    io.stderr(`Something went wrong inside Revisit Ready: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
