/**
 * Data series: the selected data item's details, values and direction of travel, and
 * the spreadsheet import (stage the file, preview, import).
 */
import { create } from 'zustand';
import type { Input } from '../../shared/contract.ts';
import type { Series, SeriesImportResult, SeriesPreview } from '../../shared/schemas/series.ts';
import { api, messageOf } from '../api/client.ts';
import { useAreasStore } from './areas.ts';
import { useEvidenceStore } from './evidence.ts';

interface SeriesState {
  /** The series shown in the details pane (null while loading). */
  series: Series | null;
  loadError: string | null;
  /** The figure the values editor is changing (index into series.values), or null when adding; nonce counts presses of Edit. */
  editing: { index: number | null; nonce: number };
  startEdit(index: number | null): void;
  load(id: string): Promise<void>;
  /** Saves details and/or values; the returned series (with its new trend) replaces the shown one. */
  save(input: Input<'series/save'>): Promise<Series>;
  preview(file: File, onProgress?: (sent: number, total: number) => void): Promise<{ uploadId: string; preview: SeriesPreview }>;
  previewAgain(uploadId: string, sheet: string): Promise<SeriesPreview>;
  importSeries(input: Input<'series/import'>): Promise<SeriesImportResult>;
  reset(): void;
}

let loadSeq = 0;
let currentId: string | null = null;

export const useSeriesStore = create<SeriesState>()((set, get) => ({
  series: null,
  loadError: null,
  editing: { index: null, nonce: 0 },

  startEdit(index) {
    set((s) => ({ editing: { index, nonce: s.editing.nonce + 1 } }));
  },

  async load(id) {
    const seq = ++loadSeq;
    currentId = id;
    if (get().series?.id !== id) set({ series: null, loadError: null, editing: { index: null, nonce: get().editing.nonce } });
    try {
      const series = await api.call('series/get', { id });
      if (seq === loadSeq) set({ series, loadError: null });
    } catch (e) {
      if (seq === loadSeq) set({ loadError: messageOf(e) });
    }
  },

  async save(input) {
    const series = await api.call('series/save', input);
    // Shown only if it is still the item in the pane (an Undo may land after moving on).
    if (series.id === currentId) {
      loadSeq++;
      set({ series, loadError: null });
    }
    // The list shows when each item last changed.
    void useEvidenceStore.getState().refresh().catch(() => {});
    return series;
  },

  async preview(file, onProgress) {
    const { uploadId } = await api.upload(file, onProgress);
    const preview = await api.call('series/previewImport', { source: { uploadId } });
    return { uploadId, preview };
  },

  async previewAgain(uploadId, sheet) {
    return api.call('series/previewImport', { source: { uploadId, sheet } });
  },

  async importSeries(input) {
    const result = await api.call('series/import', input);
    // The new items in the list, and the areas' evidence counts.
    await Promise.all([useEvidenceStore.getState().refresh(), useAreasStore.getState().load()]).catch(() => {});
    return result;
  },

  reset() {
    loadSeq++;
    currentId = null;
    set({ series: null, loadError: null, editing: { index: null, nonce: 0 } });
  },
}));
