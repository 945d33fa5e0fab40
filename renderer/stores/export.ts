/**
 * The evidence pack dialog's work: preview (export/preview) and write (export/write),
 * with the state the dialog shows while each runs (progress from 'export/progress'), and
 * cancelling a write (export/cancel). One pack at a time.
 */
import { create } from 'zustand';
import type { ExportFormat } from '../../shared/api/export.ts';
import { api, isApiError, messageOf } from '../api/client.ts';
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
  /** Under Electron: where the user saved a copy through the save dialog (null: not saved elsewhere). */
  savedTo: string | null;
}

interface ExportState {
  previewHtml: string | null;
  previewing: boolean;
  writing: boolean;
  result: PackResult | null;
  /** The write under way: its job id, and how far it has got (from the core's events). */
  jobId: string | null;
  progress: { done: number; total: number; label: string } | null;
  cancelling: boolean;
  /** The last write was cancelled: nothing was written. */
  cancelled: boolean;
  /** The core's message, in full (e.g. which exhibit's stored file is missing). */
  error: { action: 'preview' | 'write'; message: string } | null;
  preview(options: PackOptions): Promise<void>;
  closePreview(): void;
  write(format: ExportFormat, options: PackOptions): Promise<void>;
  cancel(): Promise<void>;
  /** Under Electron: asks where to save a copy of the pack just written, and saves it. */
  saveCopy(): Promise<void>;
  clearResult(): void;
  reset(): void;
}

const initial = { previewHtml: null, previewing: false, writing: false, result: null, error: null, jobId: null, progress: null, cancelling: false, cancelled: false };

const newJobId = () => `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

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
    const jobId = newJobId();
    set({ writing: true, error: null, result: null, jobId, progress: null, cancelling: false, cancelled: false });
    const off = api.onEvent((e) => {
      if (e.name !== 'export/progress') return;
      const p = e.payload as { jobId: string; done: number; total: number; label: string };
      if (p.jobId === jobId && get().jobId === jobId) set({ progress: { done: p.done, total: p.total, label: p.label } });
    });
    const finished = { writing: false, jobId: null, progress: null, cancelling: false };
    try {
      const r = await api.call('export/write', { format, options, jobId });
      set({ ...finished, result: { ...r, format, url: api.exportUrl(r.path), savedTo: null } });
      say(`Exported the evidence pack to ${r.path}.`);
      if (api.canSaveExport()) await get().saveCopy();
    } catch (e) {
      if (isApiError(e) && e.code === 'cancelled') {
        set({ ...finished, cancelled: true });
        say('The export was cancelled; no pack was written.');
      } else set({ ...finished, error: { action: 'write', message: messageOf(e) } });
    } finally {
      off();
    }
  },
  async cancel() {
    const { jobId, writing, cancelling } = get();
    if (!writing || !jobId || cancelling) return;
    set({ cancelling: true });
    try {
      await api.call('export/cancel', { jobId });
    } catch (e) {
      set({ cancelling: false });
      say(`The export could not be cancelled: ${messageOf(e)}`);
    }
  },
  async saveCopy() {
    const result = get().result;
    if (!result) return;
    try {
      const savedTo = await api.saveExport(result.path);
      if (savedTo === null) return;
      set({ result: { ...result, savedTo } });
      say(`Saved a copy of the evidence pack to ${savedTo}.`);
    } catch (e) {
      set({ error: { action: 'write', message: messageOf(e) } });
    }
  },
  clearResult: () => set({ result: null, error: null, cancelled: false }),
  reset: () => set(initial),
}));
