import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataRoot, defaultLibraryPath } from '../core/paths.ts';
import { globalOptions, parse, UsageError, type Parsed } from './args.ts';
import { commands } from './commands/index.ts';
import { Failure, str, type Command, type Ctx, type Io } from './context.ts';
import { helpText } from './help.ts';

const given = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

export type { Io };

const VERSION = '0.1.0';

/** Finds the command named by the first one or two words, skipping every option's value. */
function findCommand(argv: string[]): Command | null | undefined {
  const allOptions = Object.assign({}, globalOptions, ...commands.map((c) => c.options));
  const { positionals } = parseArgs({ args: argv, options: allOptions, allowPositionals: true, strict: false });
  if (positionals.length === 0) return null;
  const two = `${positionals[0]} ${positionals[1] ?? ''}`;
  return commands.find((c) => c.name === two) ?? commands.find((c) => c.name === positionals[0]);
}

async function run(argv: string[], io: Io): Promise<number> {
  const command = findCommand(argv);
  if (command === undefined) {
    const { positionals } = parseArgs({ args: argv, options: globalOptions, allowPositionals: true, strict: false });
    throw new UsageError(`unknown command "${positionals.slice(0, 2).join(' ')}"`);
  }
  const p = parse(argv, command?.options ?? {});
  if (p.values['version']) {
    io.stdout(p.values['json'] ? `${JSON.stringify({ version: VERSION })}\n` : `${VERSION}\n`);
    return 0;
  }
  if (p.values['help']) {
    io.stdout(helpText);
    return 0;
  }
  if (!command) {
    io.stderr(helpText);
    return 2;
  }
  const dataRoot = defaultDataRoot(process.platform, io.env, homedir());
  const ctx: Ctx = {
    io,
    json: p.values['json'] === true,
    dataRoot,
    // An empty --library or REVISIT_LIBRARY (a script's unset variable) means "not given", never the current folder.
    libraryPath: resolve(given(str(p.values['library'])) ?? given(io.env['REVISIT_LIBRARY']) ?? defaultLibraryPath(dataRoot)),
  };
  const args: Parsed = { values: p.values, positionals: p.positionals.slice(command.name.split(' ').length) };
  try {
    return await command.run(args, ctx);
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

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    // The command line may not have parsed, so --json is looked for as typed: scripts that
    // asked for JSON still get exactly one JSON document on stdout.
    const json = argv.includes('--json');
    const fail = (code: string, message: string, stderr: string, exit: number) => {
      io.stderr(stderr);
      if (json) io.stdout(`${JSON.stringify({ error: { code, message } })}\n`);
      return exit;
    };
    if (e instanceof UsageError) return fail('usage', `${e.message}.`, `revisit: ${e.message}. Run "revisit --help" for usage.\n`, 2);
    const message = `Something went wrong inside Revisit Ready: ${e instanceof Error ? e.message : String(e)}`;
    return fail('internal', message, `${message}\n`, 1);
  }
}
