/**
 * Evidence: the middle list (scope, filter, sort), the selected item in the right pane,
 * and every change to items, their files and their links to areas of concern.
 */
import { create } from 'zustand';
import type { Input } from '../../shared/contract.ts';
import type { Evidence, EvidenceLink, EvidenceSummary, Stance, Strength } from '../../shared/schemas/evidence.ts';
import { api, messageOf } from '../api/client.ts';
import { useAreasStore } from './areas.ts';
import { say } from './status.ts';

export type Scope = { type: 'all' } | { type: 'unlinked' } | { type: 'area'; areaId: string };

/** The list narrowed to some items of the scope (e.g. a readiness gap's stale items), with the words for the notice. */
export interface OnlyItems {
  ids: string[];
  /** "Showing 3 stale items for AOC1". */
  label: string;
}

export type SortColumn = 'title' | 'kind' | 'asAt' | 'source' | 'areas' | 'files' | 'personalData';
export interface SortState {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

export interface UploadStatus {
  key: string;
  name: string;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  message?: string;
}

interface EvidenceState {
  scope: Scope;
  /** Set, the list shows only these items of the scope until "Show all". */
  only: OnlyItems | null;
  items: EvidenceSummary[];
  listLoaded: boolean;
  listError: string | null;
  counts: { all: number | null; unlinked: number | null };
  filter: string;
  sort: SortState;
  selectedId: string | null;
  selected: Evidence | null;
  detailError: string | null;
  uploads: UploadStatus[];

  /** Changes the scope; `only` narrows it to some items (left out, every item in the scope). */
  setScope(scope: Scope, only?: OnlyItems | null): Promise<void>;
  /** Shows every item in the scope again. */
  showAll(): Promise<void>;
  setFilter(filter: string): void;
  setSort(sort: SortState): void;
  refresh(): Promise<void>;
  select(id: string | null): Promise<void>;
  reloadSelected(): Promise<void>;
  create(input: Input<'evidence/create'>, options?: { files?: File[]; linkTo?: string | null }): Promise<Evidence>;
  /** Saves a change to the selected item, or to the item `id` names (an edit left as another was chosen). */
  update(patch: Omit<Input<'evidence/update'>, 'id'>, id?: string): Promise<Evidence>;
  remove(id: string): Promise<{ filesRemoved: number; filesKept: number }>;
  addFiles(evidenceId: string, files: File[]): Promise<void>;
  removeFile(fileId: string): Promise<void>;
  setLink(evidenceId: string, areaId: string, stance: Stance, note: string, strength?: Strength): Promise<void>;
  removeLink(evidenceId: string, areaId: string): Promise<EvidenceLink>;
  reset(): void;
}

const initial = {
  scope: { type: 'all' } as Scope,
  only: null as OnlyItems | null,
  items: [] as EvidenceSummary[],
  listLoaded: false,
  listError: null,
  counts: { all: null, unlinked: null },
  filter: '',
  sort: { column: 'asAt', direction: 'descending' } as SortState,
  selectedId: null,
  selected: null,
  detailError: null,
  uploads: [] as UploadStatus[],
};

let listSeq = 0;
let detailSeq = 0;
let uploadSeq = 0;

const sameScope = (a: Scope, b: Scope) =>
  a.type === b.type && (a.type !== 'area' || (b.type === 'area' && a.areaId === b.areaId));

const toSummary = (e: Evidence): EvidenceSummary => ({
  id: e.id,
  title: e.title,
  kind: e.kind,
  asAt: e.asAt,
  source: e.source,
  personalData: e.personalData,
  areaCodes: e.areaCodes,
  fileCount: e.fileCount,
  updatedAt: e.updatedAt,
  voice: e.voice,
});

export const useEvidenceStore = create<EvidenceState>()((set, get) => {
  /** After links change: the list's area codes, the counts and the areas' counts. */
  const refreshAround = async () => {
    await Promise.all([get().refresh(), useAreasStore.getState().load()]);
  };

  const patchSelected = (e: Evidence) => {
    set((s) => ({
      selected: s.selectedId === e.id ? e : s.selected,
      items: s.items.map((i) => (i.id === e.id ? toSummary(e) : i)),
    }));
  };

  return {
    ...initial,

    async setScope(scope, only = null) {
      if (sameScope(scope, get().scope) && get().listLoaded && only === null && get().only === null) return;
      set({ scope, only, listLoaded: false });
      await get().refresh();
      const { selectedId, items } = get();
      if (selectedId && !items.some((i) => i.id === selectedId)) await get().select(null);
    },

    async showAll() {
      if (get().only === null) return;
      set({ only: null, listLoaded: false });
      await get().refresh();
      say(`Showing every item${get().scope.type === 'all' ? '' : ' in this list'}.`);
    },

    setFilter(filter) {
      set({ filter });
    },

    setSort(sort) {
      set({ sort });
    },

    async refresh() {
      const seq = ++listSeq;
      const { scope, only } = get();
      try {
        const [items, all, unlinked] = await Promise.all([
          api.call('evidence/list', only ? { scope, ids: only.ids } : { scope }),
          scope.type === 'all' && !only ? null : api.call('evidence/list', { scope: { type: 'all' } }),
          scope.type === 'unlinked' && !only ? null : api.call('evidence/list', { scope: { type: 'unlinked' } }),
        ]);
        if (seq !== listSeq) return;
        set({
          items,
          listLoaded: true,
          listError: null,
          counts: { all: (all ?? items).length, unlinked: (unlinked ?? items).length },
        });
      } catch (e) {
        if (seq !== listSeq) return;
        set({ listError: messageOf(e), listLoaded: true });
      }
    },

    async select(id) {
      const seq = ++detailSeq;
      if (id === null) {
        set({ selectedId: null, selected: null, detailError: null, uploads: [] });
        return;
      }
      const keep = get().selected?.id === id ? get().selected : null;
      set({ selectedId: id, selected: keep, detailError: null, uploads: get().selectedId === id ? get().uploads : [] });
      try {
        const evidence = await api.call('evidence/get', { id });
        if (seq !== detailSeq) return;
        set({ selected: evidence });
      } catch (e) {
        if (seq !== detailSeq) return;
        set({ detailError: messageOf(e), selected: null });
      }
    },

    async reloadSelected() {
      const id = get().selectedId;
      if (!id) return;
      try {
        const evidence = await api.call('evidence/get', { id });
        if (get().selectedId === id) patchSelected(evidence);
      } catch (e) {
        if (get().selectedId === id) set({ detailError: messageOf(e), selected: null });
      }
    },

    async create(input, options) {
      let evidence = await api.call('evidence/create', input);
      const linkTo = options?.linkTo;
      if (linkTo) {
        await api.call('links/set', { evidenceId: evidence.id, areaId: linkTo, stance: 'supports', note: '' });
      }
      say(`Added “${evidence.title}”.`);
      set({ selectedId: evidence.id, selected: evidence, uploads: [] });
      const files = options?.files ?? [];
      if (files.length > 0) await get().addFiles(evidence.id, files);
      if (linkTo || files.length > 0) {
        try {
          evidence = await api.call('evidence/get', { id: evidence.id });
          patchSelected(evidence);
        } catch {
          // The list refresh below still shows the item.
        }
      }
      await refreshAround();
      return evidence;
    },

    async update(patch, itemId) {
      const id = itemId ?? get().selectedId;
      if (!id) throw new Error('No evidence item is selected.');
      const evidence = await api.call('evidence/update', { id, ...patch });
      patchSelected(evidence);
      return evidence;
    },

    async remove(id) {
      const title = get().items.find((i) => i.id === id)?.title ?? get().selected?.title ?? 'the item';
      const result = await api.call('evidence/delete', { id });
      set((s) => ({
        items: s.items.filter((i) => i.id !== id),
        ...(s.selectedId === id ? { selectedId: null, selected: null, uploads: [] } : {}),
      }));
      const kept = result.filesKept > 0 ? ` ${result.filesKept} file${result.filesKept === 1 ? ' was' : 's were'} kept because other items use ${result.filesKept === 1 ? 'it' : 'them'}.` : '';
      say(`Deleted “${title}”.${kept}`);
      await refreshAround();
      return result;
    },

    async addFiles(evidenceId, files) {
      const batch: UploadStatus[] = files.map((f) => ({ key: `u${++uploadSeq}`, name: f.name, state: 'waiting' }));
      set((s) => ({ uploads: [...s.uploads.filter((u) => u.state !== 'done'), ...batch] }));
      const mark = (key: string, patch: Partial<UploadStatus>) =>
        set((s) => ({ uploads: s.uploads.map((u) => (u.key === key ? { ...u, ...patch } : u)) }));
      let added = 0;
      for (const [i, file] of files.entries()) {
        const key = batch[i]?.key ?? '';
        mark(key, { state: 'uploading' });
        try {
          const staged = await api.upload(file);
          const evidence = await api.call('evidence/addFile', { evidenceId, uploadId: staged.uploadId, name: file.name });
          if (get().selectedId === evidence.id) patchSelected(evidence);
          mark(key, { state: 'done' });
          added += 1;
        } catch (e) {
          mark(key, { state: 'failed', message: messageOf(e) });
        }
      }
      const failed = files.length - added;
      say(
        failed === 0
          ? `Attached ${added === 1 ? `“${files[0]?.name ?? ''}”` : `${added} files`}.`
          : `Attached ${added} of ${files.length} files; ${failed} could not be attached.`,
      );
      // "Attached" lines fade away after a moment; failures stay until the next upload.
      const keys = new Set(batch.map((u) => u.key));
      setTimeout(() => set((s) => ({ uploads: s.uploads.filter((u) => !(u.state === 'done' && keys.has(u.key))) })), 5000);
      if (added > 0) await get().refresh();
    },

    async removeFile(fileId) {
      const selected = get().selected;
      if (!selected) return;
      const name = selected.files.find((f) => f.id === fileId)?.name ?? 'the file';
      const evidence = await api.call('evidence/removeFile', { evidenceId: selected.id, fileId });
      patchSelected(evidence);
      say(`Removed “${name}” from “${evidence.title}”.`);
      await get().refresh();
    },

    async setLink(evidenceId, areaId, stance, note, strength) {
      await api.call('links/set', strength ? { evidenceId, areaId, stance, note, strength } : { evidenceId, areaId, stance, note });
      if (get().selectedId === evidenceId) await get().reloadSelected();
      await refreshAround();
    },

    async removeLink(evidenceId, areaId) {
      const result = await api.call('links/remove', { evidenceId, areaId });
      if (get().selectedId === evidenceId) await get().reloadSelected();
      await refreshAround();
      return result.removed;
    },

    reset() {
      listSeq += 1;
      detailSeq += 1;
      set({ ...initial });
    },
  };
});

/** The list as shown: filtered by the filter text (title, source, area code) and sorted. */
export function visibleItems(items: EvidenceSummary[], filter: string, sort: SortState): EvidenceSummary[] {
  const needle = filter.trim().toLowerCase();
  const matches = needle
    ? items.filter(
        (i) =>
          i.title.toLowerCase().includes(needle) ||
          i.source.toLowerCase().includes(needle) ||
          i.areaCodes.some((c) => c.toLowerCase().includes(needle)),
      )
    : items;
  const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
  const key = (i: EvidenceSummary): string | number => {
    switch (sort.column) {
      case 'title':
        return i.title;
      case 'kind':
        return i.kind;
      case 'asAt':
        return i.asAt ?? '';
      case 'source':
        return i.source;
      case 'areas':
        return i.areaCodes.join(' ');
      case 'files':
        return i.fileCount;
      case 'personalData':
        return i.personalData ? 1 : 0;
      default: {
        const never: never = sort.column;
        return never;
      }
    }
  };
  const dir = sort.direction === 'ascending' ? 1 : -1;
  return [...matches].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    // Ties are broken by title, A to Z.
    if (c === 0) return collator.compare(a.title, b.title);
    // Items with no date or source go last whichever way the column is sorted.
    if (ka === '' || kb === '') return ka === '' ? 1 : -1;
    return c * dir;
  });
}
