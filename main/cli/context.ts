import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import type { Method, Output } from '../../shared/contract.ts';
import type { Area } from '../../shared/schemas/areas.ts';
import { createApp, type App } from '../core/app.ts';
import { silentLogger } from '../core/logger.ts';
import { UsageError, type Parsed } from './args.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** For `serve`: resolves when the server should stop. */
  waitForStop?: () => Promise<void>;
}

/** Exit 1 with a one-sentence message (and the JSON error with --json). */
export class Failure extends Error {
  override readonly name = 'Failure';
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Ctx {
  io: Io;
  json: boolean;
  libraryPath: string;
  dataRoot: string;
  app?: App;
}

/** One CLI command: its words ("area add"), its options, and what it does. */
export interface Command {
  name: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(p: Parsed, ctx: Ctx): Promise<number>;
}

export function openApp(ctx: Ctx, mustExist: boolean): App {
  const app = createApp({ dataRoot: ctx.dataRoot, libraryPath: ctx.libraryPath, resourcesDir: resolve(repoRoot, 'resources'), logger: silentLogger });
  ctx.app = app;
  if (mustExist && !app.session.library) {
    const why = app.session.openError;
    if (why) throw new Failure(why.code, why.message);
    throw new Failure('no-library', `There is no library at ${ctx.libraryPath}. Run "revisit init" to create one, or give --library.`);
  }
  return app;
}

/** The core names a bad input by its field ("asAt: is not a real date"); on the command line, by its option. */
const OPTION_OF: Record<string, string> = {
  asAt: '--date',
  'options.asAt': '--as-at',
  'filters.from': '--from',
  'filters.to': '--to',
  title: '--title',
  code: '--code',
  weakness: '--weakness',
  stance: '--stance',
  strength: '--strength',
  note: '--note',
  rationale: '--rationale',
  name: '--name',
};

export function inOptionWords(message: string): string {
  const m = /^([\w.]+): (.+)$/s.exec(message);
  const option = m ? OPTION_OF[m[1]!] : undefined;
  if (!m || !option) return message;
  const said = `${option} ${m[2]!.replace(/\.$/, '')}.`;
  return /\bdate\b/.test(m[2]!) ? `${said} Write dates as YYYY-MM-DD, such as 2024-06-23.` : said;
}

export async function call<M extends Method>(ctx: Ctx, method: M, input: unknown): Promise<Output<M>> {
  const result = await ctx.app!.dispatch(method, input);
  if (!result.ok) throw new Failure(result.error.code, inOptionWords(result.error.message));
  return result.value as Output<M>;
}

/** With --json, exactly one JSON document; otherwise the human line(s). */
export function print(ctx: Ctx, json: unknown, human: string) {
  ctx.io.stdout(ctx.json ? `${JSON.stringify(json, null, 2)}\n` : human.endsWith('\n') ? human : `${human}\n`);
}

export async function areaByCode(ctx: Ctx, code: string): Promise<Area> {
  const areas = await call(ctx, 'areas/list', {});
  const area = areas.find((a) => a.code.toLowerCase() === code.toLowerCase());
  if (!area) throw new Failure('not-found', `There is no area of concern with the code ${code}. "revisit area list" shows the codes.`);
  return area;
}

export function need(p: Parsed, index: number, what: string): string {
  const v = p.positionals[index];
  if (v === undefined) throw new UsageError(`missing ${what}`);
  return v;
}

export function noMore(p: Parsed, count: number) {
  if (p.positionals.length > count) throw new UsageError(`unexpected argument "${p.positionals[count]}"`);
}

export const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
