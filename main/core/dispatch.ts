import type { z } from 'zod';
import { inputs, isMethod, type Method } from '../../shared/contract.ts';
import { fail, ok, type Result } from '../../shared/errors.ts';
import { isCorruptionError } from './db/open.ts';
import { CoreError } from './errors.ts';
import { handlers } from './handlers.ts';
import type { Logger } from './logger.ts';
import type { Session } from './session.ts';

/** "title: must not be empty; asAt: is not a real date" — names each field and its problem. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const seen = new Set<string>();
  return issues
    .filter((i) => {
      const key = i.path.map(String).join('.');
      if (seen.has(key)) return false; // one problem per field is enough to act on
      seen.add(key);
      return true;
    })
    .slice(0, 5)
    .map((i) => {
      const field = i.path.map(String).join('.');
      const message = i.code === 'unrecognized_keys' ? `is not a field this accepts (${i.keys.join(', ')})` : i.message;
      const text = i.code === 'invalid_type' && /received undefined/.test(i.message) ? 'is required' : message;
      return field ? `${field}: ${text}` : text;
    })
    .join('; ');
}

export function toResultError(e: unknown, logger: Logger): Result<never> {
  if (e instanceof CoreError) return fail(e.code, e.message, e.details);
  if (isCorruptionError(e))
    return fail('library-corrupt', 'The library database is damaged. Restore it from a backup; run "Check library" to see what is wrong.');
  if (e instanceof Error && 'code' in e && (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_LOCKED'))
    return fail('busy', 'The library is busy with another task (perhaps the command line). Try again in a moment.');
  if (e instanceof Error && 'code' in e && e.code === 'ENOSPC')
    return fail('file-problem', 'The disk is full, so nothing was saved. Free some space and try again.');
  logger.error('unexpected failure', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  return fail('internal', 'Something went wrong inside Revisit Ready and nothing was changed. Try again; if it keeps happening, run "Check library".');
}

/** The one dispatcher IPC, HTTP and the CLI all call: parse → handler → Result. */
export function createDispatcher(session: Session, logger: Logger) {
  return async function dispatch(method: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethod(method)) return fail('unknown-method', `There is no action called "${String(method).slice(0, 60)}".`);
    const parsed = inputs[method].safeParse(input ?? {});
    if (!parsed.success) return fail('invalid-input', describeIssues(parsed.error.issues));
    try {
      const handler = handlers[method] as (i: unknown, s: Session) => unknown;
      return ok(await handler(parsed.data, session));
    } catch (e) {
      return toResultError(e, logger);
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
export type { Method };
