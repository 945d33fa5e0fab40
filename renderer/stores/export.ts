/**
 * The evidence pack dialog's work: preview (export/preview) and write (export/write),
 * with the state the dialog shows while each runs. One pack at a time.
 */
import { create } from 'zustand';
import type { ExportFormat } from '../../shared/api/export.ts';
import { api, messageOf } from '../api/client.ts';
import { say } from './status.ts';

export interface PackOptions {
  areaIds?: string[];
  includePersonalData: boolean;
  draft: boolean;
  asAt?: string;
}

export interface PackResult {
  path: string;
  format: ExportFormat;
  exhibits: number;
  withheld: number;
  /** A download link (web host), or null (Electron: the file is already on this computer). */
  url: string | null;
}

interface ExportState {
  previewHtml: string | null;
  previewing: boolean;
  writing: boolean;
  result: PackResult | null;
  /** The core's message, in full (e.g. which exhibit's stored file is missing). */
  error: { action: 'preview' | 'write'; message: string } | null;
  preview(options: PackOptions): Promise<void>;
  closePreview(): void;
  write(format: ExportFormat, options: PackOptions): Promise<void>;
  clearResult(): void;
  reset(): void;
}

const initial = { previewHtml: null, previewing: false, writing: false, result: null, error: null };

export const useExportStore = create<ExportState>()((set, get) => ({
  ...initial,
  async preview(options) {
    if (get().previewing || get().writing) return;
    set({ previewing: true, error: null });
    try {
      const html = await api.call('export/preview', { options });
      set({ previewHtml: html, previewing: false });
    } catch (e) {
      set({ previewing: false, error: { action: 'preview', message: messageOf(e) } });
    }
  },
  closePreview: () => set({ previewHtml: null }),
  async write(format, options) {
    // A second press while the pack is being written does nothing.
    if (get().writing) return;
    set({ writing: true, error: null, result: null });
    try {
      const r = await api.call('export/write', { format, options });
      set({ writing: false, result: { ...r, format, url: api.exportUrl(r.path) } });
      say(`Exported the evidence pack to ${r.path}.`);
    } catch (e) {
      set({ writing: false, error: { action: 'write', message: messageOf(e) } });
    }
  },
  clearResult: () => set({ result: null, error: null }),
  reset: () => set(initial),
}));
