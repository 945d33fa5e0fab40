/**
 * The Electron transport: the preload exposes `window.revisit.invoke` and `.on`, nothing else.
 */
import type { AppEvent, Method } from '../../shared/contract.ts';
import type { Result } from '../../shared/errors.ts';
import type { MenuAction, Staged, Transport, TransportResult } from './transport.ts';

export interface RevisitBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  on(name: string, cb: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    revisit?: RevisitBridge;
  }
}

const EVENT_NAMES = ['library/changed', 'progress', 'ingest/progress', 'ingest/file', 'ingest/done', 'export/progress'] as const satisfies readonly AppEvent['name'][];

export function createIpcTransport(bridge: RevisitBridge): Transport {
  return {
    kind: 'ipc',
    invoke(method: Method, input: unknown) {
      return bridge.invoke(method, input ?? {});
    },
    async upload(file: File, onProgress) {
      onProgress?.(0, file.size);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = (await bridge.invoke('files/stage', { name: file.name, bytes })) as TransportResult<Staged>;
      if (result.ok) onProgress?.(file.size, file.size);
      return result;
    },
    fileUrl(fileId, download) {
      // Served by the Electron shell's app:// handler from the library's store.
      return `app://renderer/files/${encodeURIComponent(fileId)}${download ? '?download=1' : ''}`;
    },
    backupUrl() {
      return null;
    },
    // Under Electron the pack is already on this computer: saveExport asks where to keep a copy.
    exportUrl() {
      return null;
    },
    saveExport(path) {
      // Carried out by the main process itself (main/electron/save-export.ts), not the core.
      return bridge.invoke('shell/saveExport', { path }) as Promise<TransportResult<{ savedTo: string | null }>>;
    },
    onEvent(listener) {
      const offs = EVENT_NAMES.map((name) =>
        bridge.on(name, (payload) => listener({ name, payload } as AppEvent)),
      );
      return () => offs.forEach((off) => off());
    },
    onMenu(listener) {
      return bridge.on('menu', (payload) => listener(payload as MenuAction));
    },
  };
}
