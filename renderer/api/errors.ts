import type { ErrorCode } from '../../shared/errors.ts';

/** Codes the renderer adds to the core's own: the host refused us, or could not be reached. */
export type ClientErrorCode = ErrorCode | 'unauthorised' | 'network';

/** Thrown by `api.call` when the core answers `{ok: false}` or the host cannot be reached. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ClientErrorCode;
  readonly details: unknown;
  constructor(code: ClientErrorCode, message: string, details?: unknown) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** A sentence for the user from anything thrown; never a stack trace. */
export function messageOf(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Something went wrong and the change may not have been made. Try again; if it keeps happening, close and reopen the app.';
}
