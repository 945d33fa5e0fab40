import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

export const globalOptions: Options = {
  library: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
};

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Strict parsing: an unknown option or a missing value is a usage error (exit 2). */
export function parse(argv: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...globalOptions, ...options }, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    const message = e instanceof Error ? e.message.replace(/^.*?: /, '') : String(e);
    throw new UsageError((message.split('\n')[0] ?? message).split('. ')[0]!.replace(/\.$/, ''));
  }
}

export function boolOption(value: unknown, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true' || value === 'yes') return true;
  if (value === 'false' || value === 'no') return false;
  throw new UsageError(`--${name} takes true or false`);
}
