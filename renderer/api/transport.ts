/**
 * A transport carries `{method, input}` to the core and brings back a Result. Two real
 * ones exist (IPC under Electron, HTTP in a browser); tests inject a fake.
 */
import type { AppEvent, Method } from '../../shared/contract.ts';
import type { ClientErrorCode } from './errors.ts';

/** What a transport brings back: the core's Result, or the host's own refusal. */
export type TransportResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ClientErrorCode; message: string; details?: unknown } };

export interface Staged {
  uploadId: string;
  size: number;
  sha256: string;
}

/** A native menu action delivered by Electron (never happens in a browser). */
export interface MenuAction {
  action: 'new-evidence' | 'new-area' | 'open-example' | 'backup' | 'restore' | 'check' | 'close-library' | (string & {});
  result?: unknown;
}

export interface Transport {
  readonly kind: 'ipc' | 'http' | 'fake';
  invoke(method: Method, input: unknown): Promise<TransportResult<unknown>>;
  /** Hands a file to the core; the upload id is then used by evidence/addFile or library/restore. */
  upload(file: File, onProgress?: (sent: number, total: number) => void): Promise<TransportResult<Staged>>;
  /** A link that opens (or downloads) a stored file, or null when the host cannot give one. */
  fileUrl(fileId: string, download: boolean): string | null;
  /** A link that downloads a backup written by library/backup, or null (IPC). */
  backupUrl(path: string): string | null;
  /**
   * A link that downloads a pack written by export/write into the Exports folder, or null
   * (IPC: under Electron, saveExport offers a save dialog instead).
   */
  exportUrl(path: string): string | null;
  /**
   * Under Electron: asks where to save a copy of a pack in the Exports folder (a native
   * save dialog) and copies it there; the saved path, or null if the user cancelled.
   * Left out where the host offers a download link instead.
   */
  saveExport?(path: string): Promise<TransportResult<{ savedTo: string | null }>>;
  /** Core events (library/changed, progress). Returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Native menu actions (IPC only). Returns the unsubscribe function. */
  onMenu(listener: (action: MenuAction) => void): () => void;
}
