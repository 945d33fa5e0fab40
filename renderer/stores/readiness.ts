/** The readiness dashboard: areas × kinds of evidence, gaps and one-line summaries. */
import { create } from 'zustand';
import type { Readiness } from '../../shared/schemas/readiness.ts';
import { api, messageOf } from '../api/client.ts';

interface ReadinessState {
  data: Readiness | null;
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  reset(): void;
}

let seq = 0;

export const useReadinessStore = create<ReadinessState>()((set) => ({
  data: null,
  loaded: false,
  error: null,
  async load() {
    const mine = ++seq;
    try {
      const data = await api.call('readiness/get', {});
      if (mine === seq) set({ data, loaded: true, error: null });
    } catch (e) {
      if (mine === seq) set({ error: messageOf(e), loaded: true });
    }
  },
  reset() {
    seq += 1;
    set({ data: null, loaded: false, error: null });
  },
}));
