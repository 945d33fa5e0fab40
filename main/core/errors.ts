import type { ErrorCode } from '../../shared/errors.ts';

/** Thrown inside the core; the dispatcher turns it into `{ok: false, error}`. */
export class CoreError extends Error {
  override readonly name = 'CoreError';
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string) =>
  new CoreError('not-found', `${what} could not be found. It may have been deleted.`);
