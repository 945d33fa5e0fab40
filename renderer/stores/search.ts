/**
 * Full-text search: what was typed, the filters, and the ranked hits (search/query).
 * The search view replaces the evidence list in the middle pane while it is open.
 */
import { create } from 'zustand';
import type { Input } from '../../shared/contract.ts';
import type { EvidenceKind } from '../../shared/schemas/evidence.ts';
import type { SearchHit, SearchTerm } from '../../shared/schemas/search.ts';
import { api, messageOf } from '../api/client.ts';

export type PersonalDataFilter = 'any' | 'with' | 'without';

export interface SearchFilterState {
  kind: EvidenceKind | 'any';
  areaId: string | 'any';
  source: string;
  /** "As at" range, ISO dates or "". */
  from: string;
  to: string;
  personalData: PersonalDataFilter;
}

export const noFilters: SearchFilterState = { kind: 'any', areaId: 'any', source: '', from: '', to: '', personalData: 'any' };

export const PAGE_SIZE = 20;

/** What the view's state asks the core for (pure, so it can be tested on its own). */
export function toQueryInput(query: string, f: SearchFilterState, offset = 0, limit = PAGE_SIZE): Input<'search/query'> {
  const filters: NonNullable<Input<'search/query'>['filters']> = {};
  if (f.kind !== 'any') filters.kinds = [f.kind];
  if (f.areaId !== 'any') filters.areaIds = [f.areaId];
  if (f.source.trim()) filters.source = f.source.trim();
  if (f.from) filters.from = f.from;
  if (f.to) filters.to = f.to;
  if (f.personalData !== 'any') filters.personalData = f.personalData === 'with';
  return { query, filters, limit, offset };
}

export const activeFilterCount = (f: SearchFilterState) =>
  (f.kind !== 'any' ? 1 : 0) +
  (f.areaId !== 'any' ? 1 : 0) +
  (f.source.trim() ? 1 : 0) +
  (f.from ? 1 : 0) +
  (f.to ? 1 : 0) +
  (f.personalData !== 'any' ? 1 : 0);

interface SearchState {
  open: boolean;
  query: string;
  filters: SearchFilterState;
  hits: SearchHit[];
  total: number;
  terms: SearchTerm[];
  /** The query had nothing to search for (e.g. only punctuation). */
  empty: boolean;
  /** The query and filters the hits answer ("" before the first search). */
  answered: string | null;
  loading: boolean;
  error: string | null;
  /** Bumped when something asks for the search field to take focus. */
  focusSeq: number;
  openSearch(query?: string): void;
  closeSearch(): void;
  setQuery(query: string): void;
  setFilters(patch: Partial<SearchFilterState>): void;
  clearFilters(): void;
  run(): Promise<void>;
  more(): Promise<void>;
  reset(): void;
}

const initial = {
  open: false,
  query: '',
  filters: noFilters,
  hits: [] as SearchHit[],
  total: 0,
  terms: [] as SearchTerm[],
  empty: false,
  answered: null,
  loading: false,
  error: null,
  focusSeq: 0,
};

let seq = 0;
const keyOf = (query: string, f: SearchFilterState) => JSON.stringify([query.trim(), f]);

export const useSearchStore = create<SearchState>()((set, get) => ({
  ...initial,

  openSearch(query) {
    set((s) => ({ open: true, focusSeq: s.focusSeq + 1, ...(query !== undefined ? { query } : {}) }));
  },

  closeSearch() {
    seq += 1;
    set({ open: false, loading: false });
  },

  setQuery(query) {
    set({ query });
  },

  setFilters(patch) {
    set((s) => ({ filters: { ...s.filters, ...patch } }));
  },

  clearFilters() {
    set({ filters: noFilters });
  },

  async run() {
    const { query, filters } = get();
    const mine = ++seq;
    if (!query.trim()) {
      set({ hits: [], total: 0, terms: [], empty: false, answered: null, loading: false, error: null });
      return;
    }
    set({ loading: true });
    try {
      const result = await api.call('search/query', toQueryInput(query, filters));
      if (mine !== seq) return;
      set({ hits: result.hits, total: result.total, terms: result.terms, empty: result.empty, answered: keyOf(query, filters), loading: false, error: null });
    } catch (e) {
      if (mine !== seq) return;
      set({ loading: false, error: messageOf(e) });
    }
  },

  async more() {
    const { query, filters, hits } = get();
    const mine = ++seq;
    set({ loading: true });
    try {
      const result = await api.call('search/query', toQueryInput(query, filters, hits.length));
      if (mine !== seq) return;
      set((s) => ({ hits: [...s.hits, ...result.hits.filter((h) => !s.hits.some((x) => x.id === h.id))], total: result.total, loading: false, error: null }));
    } catch (e) {
      if (mine !== seq) return;
      set({ loading: false, error: messageOf(e) });
    }
  },

  reset() {
    seq += 1;
    set({ ...initial });
  },
}));
