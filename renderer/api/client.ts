/**
 * The typed client the stores use. The transport is chosen once at start (IPC when the
 * Electron preload is present, else HTTP); tests set a fake with `setTransport`.
 */
import type { AppEvent, Input, Method, Output } from '../../shared/contract.ts';
import { ApiError } from './errors.ts';
import { createHttpTransport, takeToken } from './http.ts';
import { createIpcTransport } from './ipc.ts';
import type { MenuAction, Staged, Transport } from './transport.ts';

export { ApiError, isApiError, messageOf } from './errors.ts';
export type { MenuAction, Staged, Transport, TransportResult } from './transport.ts';

let transport: Transport | null = null;
const unauthorisedListeners = new Set<() => void>();

/** Picks the transport for this window: Electron's bridge if present, else the web host. */
export function chooseTransport(win: Window = window): Transport {
  if (win.revisit) return createIpcTransport(win.revisit);
  return createHttpTransport({ token: takeToken(win) });
}

export function setTransport(t: Transport): void {
  transport = t;
}

function current(): Transport {
  if (!transport) transport = chooseTransport();
  return transport;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { code: ApiError['code']; message: string; details?: unknown } }): T {
  if (result.ok) return result.value;
  if (result.error.code === 'unauthorised') for (const l of unauthorisedListeners) l();
  throw new ApiError(result.error.code, result.error.message, result.error.details);
}

export const api = {
  get kind(): Transport['kind'] {
    return current().kind;
  },
  /** Calls a core method; throws ApiError with the core's code and message on failure. */
  async call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const result = await current().invoke(method, input);
    return unwrap(result) as Output<M>;
  },
  /** Stages a file with the core and returns its upload id. */
  async upload(file: File, onProgress?: (sent: number, total: number) => void): Promise<Staged> {
    return unwrap(await current().upload(file, onProgress));
  },
  fileUrl(fileId: string, download = false): string | null {
    return current().fileUrl(fileId, download);
  },
  backupUrl(path: string): string | null {
    return current().backupUrl(path);
  },
  /** A link that downloads a pack written to the Exports folder (web host), or null (Electron). */
  exportUrl(path: string): string | null {
    return current().exportUrl(path);
  },
  /** Whether the host can save a copy of a pack through a native save dialog (Electron). */
  canSaveExport(): boolean {
    return current().saveExport !== undefined;
  },
  /** Asks where to save a copy of a pack and saves it; the path saved to, or null if the user cancelled. */
  async saveExport(path: string): Promise<string | null> {
    const save = current().saveExport;
    if (!save) return null;
    return unwrap(await save(path)).savedTo;
  },
  onEvent(listener: (event: AppEvent) => void): () => void {
    return current().onEvent(listener);
  },
  onMenu(listener: (action: MenuAction) => void): () => void {
    return current().onMenu(listener);
  },
  /** Called whenever the host refuses us for a missing or wrong token. */
  onUnauthorised(listener: () => void): () => void {
    unauthorisedListeners.add(listener);
    return () => unauthorisedListeners.delete(listener);
  },
};

export type Api = typeof api;
