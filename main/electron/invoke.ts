/**
 * The decision behind `revisit:invoke`: who may call, which methods exist, and that the
 * answer is always a Result (never a thrown error crossing IPC). No Electron here.
 */
import { isMethod } from '../../shared/contract.ts';
import { fail, type Result } from '../../shared/errors.ts';
import { isTrustedSender } from './sender.ts';

export interface Dispatcher {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
}

/** Actions the main process carries out itself (e.g. a save dialog), beside the core's methods. */
export type ShellMethods = Readonly<Record<string, (input: unknown) => Promise<Result<unknown>>>>;

export interface InvokeRequest {
  /** URL of the frame that sent the message (event.senderFrame?.url). */
  frameUrl: string | null | undefined;
  /** Whether that frame is its window's main frame (no iframes may call the core). */
  isMainFrame: boolean;
  method: unknown;
  input: unknown;
}

export async function handleInvoke(core: Dispatcher, appOrigin: string, request: InvokeRequest, shell: ShellMethods = {}): Promise<Result<unknown>> {
  if (!request.isMainFrame || !isTrustedSender(request.frameUrl, appOrigin)) {
    return fail('invalid-input', 'This request did not come from the Revisit Ready window, so it was refused.');
  }
  if (typeof request.method !== 'string') {
    return fail('invalid-input', 'The request did not name an action, so nothing was done.');
  }
  const shellMethod = Object.prototype.hasOwnProperty.call(shell, request.method) ? shell[request.method] : undefined;
  if (shellMethod) {
    try {
      return await shellMethod(request.input);
    } catch {
      return fail('internal', 'Something went wrong inside Revisit Ready. Nothing was changed; try again.');
    }
  }
  if (!isMethod(request.method)) {
    return fail('unknown-method', 'Revisit Ready does not know that action, so nothing was done.');
  }
  try {
    return await core.dispatch(request.method, request.input);
  } catch {
    return fail('internal', 'Something went wrong inside Revisit Ready. Nothing was changed; try again.');
  }
}
