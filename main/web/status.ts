import type { ErrorCode } from '../../shared/errors.ts';

export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'invalid-input':
      return 400;
    case 'unauthorised':
      return 401;
    case 'forbidden':
      return 403;
    case 'unknown-method':
    case 'not-found':
      return 404;
    case 'conflict':
    case 'cancelled':
    case 'library-exists':
    case 'no-library':
    case 'library-newer':
    case 'library-corrupt':
      return 409;
    case 'file-problem':
      return 422;
    case 'busy':
      return 503;
    case 'internal':
      return 500;
    default: {
      const never: never = code;
      return never;
    }
  }
}
