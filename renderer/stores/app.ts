/**
 * The session: which library is open (or why none is), and the library-wide actions
 * (create, open, close, restore, update details, check, back up).
 */
import { create } from 'zustand';
import type { Input } from '../../shared/contract.ts';
import type { AppState, CheckReport, LibraryInfo } from '../../shared/schemas/library.ts';
import { api, ApiError, messageOf } from '../api/client.ts';
import { say } from './status.ts';

export type Phase = 'loading' | 'start' | 'library' | 'unauthorised' | 'failed';

interface AppStoreState {
  phase: Phase;
  appState: AppState | null;
  library: LibraryInfo | null;
  /** Why the app could not start at all (the core could not be reached). */
  loadError: string | null;
  /** Bumped every time a (possibly different) library is opened; screens reload on it. */
  generation: number;
  load(): Promise<void>;
  createLibrary(input: Input<'library/create'>): Promise<LibraryInfo>;
  openExample(): Promise<LibraryInfo>;
  openFolder(path: string): Promise<LibraryInfo>;
  restore(file: File): Promise<LibraryInfo>;
  closeLibrary(): Promise<void>;
  updateDetails(input: Input<'library/update'>): Promise<LibraryInfo>;
  check(): Promise<CheckReport>;
  backup(): Promise<{ path: string; files: number; bytes: number; url: string | null }>;
  markUnauthorised(): void;
  reset(): void;
}

const initial = {
  phase: 'loading' as Phase,
  appState: null,
  library: null,
  loadError: null,
  generation: 0,
};

export const useAppStore = create<AppStoreState>()((set, get) => {
  const opened = (library: LibraryInfo, message: string) => {
    set((s) => ({
      phase: 'library',
      library,
      appState: s.appState ? { ...s.appState, library, openError: null } : s.appState,
      generation: s.generation + 1,
    }));
    say(message);
    return library;
  };

  return {
    ...initial,

    async load() {
      try {
        const state = await api.call('app/state', {});
        set((s) => ({
          appState: state,
          library: state.library,
          loadError: null,
          phase: state.library ? 'library' : 'start',
          generation: state.library ? s.generation + 1 : s.generation,
        }));
      } catch (e) {
        if (e instanceof ApiError && e.code === 'unauthorised') set({ phase: 'unauthorised' });
        else set({ phase: 'failed', loadError: messageOf(e) });
      }
    },

    async createLibrary(input) {
      const library = await api.call('library/create', input);
      return opened(library, `Created the library “${library.details.name}”.`);
    },

    async openExample() {
      const library = await api.call('library/openExample', {});
      return opened(library, 'Opened a copy of the example library. Nothing you do changes the original.');
    },

    async openFolder(path) {
      const library = await api.call('library/open', { path });
      return opened(library, `Opened the library “${library.details.name}”.`);
    },

    async restore(file) {
      const staged = await api.upload(file);
      const library = await api.call('library/restore', { uploadId: staged.uploadId });
      return opened(library, `Restored “${library.details.name}” from ${file.name}.`);
    },

    async closeLibrary() {
      const name = get().library?.details.name;
      const state = await api.call('library/close', {});
      set({ appState: state, library: state.library, phase: state.library ? 'library' : 'start' });
      say(name ? `Closed the library “${name}”.` : 'Closed the library.');
    },

    async updateDetails(input) {
      const library = await api.call('library/update', input);
      set((s) => ({ library, appState: s.appState ? { ...s.appState, library } : s.appState }));
      say('Saved the library details.');
      return library;
    },

    async check() {
      const report = await api.call('library/check', {});
      say(report.ok ? 'Checked the library: no problems found.' : `Checked the library: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} found.`);
      return report;
    },

    async backup() {
      const result = await api.call('library/backup', {});
      say(`Backed up the library to ${result.path}.`);
      return { ...result, url: api.backupUrl(result.path) };
    },

    markUnauthorised() {
      set({ phase: 'unauthorised' });
    },

    reset() {
      set(initial);
    },
  };
});
