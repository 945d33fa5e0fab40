/** Stable error codes: hosts, the CLI and tests rely on them. */
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'no-library'
  | 'library-newer'
  | 'library-corrupt'
  | 'library-exists'
  | 'file-problem'
  | 'busy'
  | 'cancelled'
  | 'unauthorised'
  | 'forbidden'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** One or two sentences a council officer understands. */
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});
