/** Library-wide WSoA action settings: the status scheme, tracker imports and stocktakes. */
import { create } from 'zustand';
import type { Input, Output } from '../../shared/contract.ts';
import type { ActionStatus, ImportResult, StatusPreset, StatusPresetId, Stocktake, TrackerPreview } from '../../shared/schemas/actions.ts';
import { api } from '../api/client.ts';
import { say } from './status.ts';

type Replacements = NonNullable<Input<'actions/setStatuses'>['replacements']>;

interface ActionsState {
  statuses: ActionStatus[];
  presets: readonly StatusPreset[];
  stocktakes: Stocktake[];
  loadStatuses(): Promise<void>;
  setStatuses(statuses: Input<'actions/setStatuses'>['statuses'], replacements: Replacements): Promise<ActionStatus[]>;
  applyPreset(preset: StatusPresetId, replacements: Replacements): Promise<ActionStatus[]>;
  /** Hands the tracker file to the core and reads its columns and first rows. */
  preview(file: File, sheet?: string): Promise<{ uploadId: string; preview: TrackerPreview }>;
  previewAgain(uploadId: string, sheet: string): Promise<TrackerPreview>;
  importActions(input: Input<'actions/import'>): Promise<ImportResult>;
  loadStocktakes(): Promise<void>;
  recordStocktake(input: Input<'stocktakes/record'>): Promise<Stocktake>;
  deleteStocktake(id: string): Promise<void>;
  reset(): void;
}

export type StatusesOutput = Output<'actions/statuses'>;

export const useActionsStore = create<ActionsState>()((set, get) => ({
  statuses: [],
  presets: [],
  stocktakes: [],

  async loadStatuses() {
    const { statuses, presets } = await api.call('actions/statuses', {});
    set({ statuses, presets });
  },

  async setStatuses(statuses, replacements) {
    const result = await api.call('actions/setStatuses', { statuses, replacements });
    set({ statuses: result });
    say(`Saved the action statuses: ${result.map((s) => s.label).join(', ')}.`);
    return result;
  },

  async applyPreset(preset, replacements) {
    const result = await api.call('actions/applyPreset', { preset, replacements });
    set({ statuses: result });
    const name = get().presets.find((p) => p.id === preset)?.name ?? preset;
    say(`Now using the ${name} statuses.`);
    return result;
  },

  async preview(file, sheet) {
    const { uploadId } = await api.upload(file);
    const preview = await api.call('actions/previewImport', { source: sheet ? { uploadId, sheet } : { uploadId } });
    return { uploadId, preview };
  },

  async previewAgain(uploadId, sheet) {
    return api.call('actions/previewImport', { source: { uploadId, sheet } });
  },

  async importActions(input) {
    const result = await api.call('actions/import', input);
    say(`Imported the tracker: ${result.created} action${result.created === 1 ? '' : 's'} added, ${result.updated} updated.`);
    return result;
  },

  async loadStocktakes() {
    set({ stocktakes: await api.call('stocktakes/list', {}) });
  },

  async recordStocktake(input) {
    const stocktake = await api.call('stocktakes/record', input);
    await get().loadStocktakes();
    say(`Recorded the stocktake: ${stocktake.summary}`);
    return stocktake;
  },

  async deleteStocktake(id) {
    await api.call('stocktakes/delete', { id });
    await get().loadStocktakes();
    say('Deleted the stocktake.');
  },

  reset() {
    set({ statuses: [], presets: [], stocktakes: [] });
  },
}));
