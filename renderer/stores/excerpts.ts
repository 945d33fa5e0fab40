/** Excerpts of the selected evidence item: quotes, pages and data points saved from it. */
import { create } from 'zustand';
import type { Input } from '../../shared/contract.ts';
import type { Excerpt, ExcerptSnapshot } from '../../shared/schemas/assessment.ts';
import { api, messageOf } from '../api/client.ts';
import { say } from './status.ts';

interface ExcerptsState {
  evidenceId: string | null;
  excerpts: Excerpt[];
  error: string | null;
  load(evidenceId: string): Promise<void>;
  create(input: Input<'excerpts/create'>): Promise<Excerpt>;
  update(input: Input<'excerpts/update'>): Promise<Excerpt>;
  remove(id: string): Promise<ExcerptSnapshot>;
  restore(snapshot: ExcerptSnapshot): Promise<void>;
  /** An excerpt another part of the pane offers to save (e.g. a figure of a series), for the Excerpts form to open with. */
  proposed: ProposedExcerpt | null;
  propose(p: ProposedExcerpt): void;
  takeProposed(): ProposedExcerpt | null;
  reset(): void;
}

export interface ProposedExcerpt {
  evidenceId: string;
  quote: string;
  dataPoint: string;
}

let seq = 0;

export const useExcerptsStore = create<ExcerptsState>()((set, get) => {
  const reload = async (evidenceId: string) => {
    if (get().evidenceId === evidenceId) await get().load(evidenceId);
  };
  return {
    evidenceId: null,
    excerpts: [],
    error: null,
    proposed: null,

    propose: (proposed) => set({ proposed }),
    takeProposed() {
      const p = get().proposed;
      if (p) set({ proposed: null });
      return p;
    },

    async load(evidenceId) {
      const mine = ++seq;
      if (get().evidenceId !== evidenceId) set({ evidenceId, excerpts: [], error: null });
      try {
        const excerpts = await api.call('excerpts/list', { evidenceId });
        if (mine === seq) set({ excerpts, error: null });
      } catch (e) {
        if (mine === seq) set({ error: messageOf(e) });
      }
    },

    async create(input) {
      const excerpt = await api.call('excerpts/create', input);
      await reload(input.evidenceId);
      say(`Saved the excerpt${excerpt.areaCode ? ` for ${excerpt.areaCode}` : ''}.`);
      return excerpt;
    },

    async update(input) {
      const excerpt = await api.call('excerpts/update', input);
      await reload(excerpt.evidenceId);
      say('Saved the excerpt.');
      return excerpt;
    },

    async remove(id) {
      const { removed } = await api.call('excerpts/delete', { id });
      await reload(removed.evidenceId);
      say('Deleted the excerpt.');
      return removed;
    },

    async restore(snapshot) {
      await api.call('excerpts/restore', { excerpt: snapshot });
      await reload(snapshot.evidenceId);
      say('Put the excerpt back.');
    },

    reset() {
      seq += 1;
      set({ evidenceId: null, excerpts: [], error: null, proposed: null });
    },
  };
});
