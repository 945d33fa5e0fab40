/** The readiness dashboard: areas × kinds of evidence, gaps and one-line summaries. */
import { create } from 'zustand';
import type { Readiness } from '../../shared/schemas/readiness.ts';
import { api, messageOf } from '../api/client.ts';

interface ReadinessState {
  data: Readiness | null;
  loaded: boolean;
  error: string | null;
  /** The day readiness is judged as at; null: today. */
  asAt: string | null;
  /** The library the date was chosen for: a library opened afresh starts from its own default. */
  asAtFor: string | null;
  setAsAt(asAt: string | null): Promise<void>;
  /** Once per library: the example judged as at the day its story is set, any other library as at today. */
  startFor(library: { path: string; exampleDate: string | null }): void;
  load(): Promise<void>;
  reset(): void;
}

let seq = 0;

export const useReadinessStore = create<ReadinessState>()((set, get) => ({
  data: null,
  loaded: false,
  error: null,
  asAt: null,
  asAtFor: null,
  startFor(library) {
    if (get().asAtFor !== library.path) set({ asAtFor: library.path, asAt: library.exampleDate });
  },
  async setAsAt(asAt) {
    set({ asAt });
    await get().load();
  },
  async load() {
    const mine = ++seq;
    const asAt = get().asAt;
    try {
      const data = await api.call('readiness/get', asAt ? { today: asAt } : {});
      if (mine === seq) set({ data, loaded: true, error: null });
    } catch (e) {
      if (mine === seq) set({ error: messageOf(e), loaded: true });
    }
  },
  reset() {
    seq += 1;
    set({ data: null, loaded: false, error: null, asAt: null, asAtFor: null });
  },
}));
