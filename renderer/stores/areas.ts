/** Areas of concern: the list in the left pane and the changes made to it. */
import { create } from 'zustand';
import type { Input } from '../../shared/contract.ts';
import type { Area } from '../../shared/schemas/areas.ts';
import { api, messageOf } from '../api/client.ts';
import { say } from './status.ts';

interface AreasState {
  areas: Area[];
  loaded: boolean;
  error: string | null;
  load(): Promise<void>;
  create(input: Input<'areas/create'>): Promise<Area>;
  update(input: Input<'areas/update'>): Promise<Area>;
  /** Moves an area one place up (-1) or down (+1) in the list. */
  move(id: string, by: -1 | 1): Promise<void>;
  remove(id: string): Promise<{ unlinkedEvidence: number }>;
  reset(): void;
}

export const areaLabel = (a: Pick<Area, 'code' | 'title'>) => `${a.code} — ${a.title}`;

const sorted = (areas: Area[]) => [...areas].sort((a, b) => a.position - b.position);

export const useAreasStore = create<AreasState>()((set, get) => ({
  areas: [],
  loaded: false,
  error: null,

  async load() {
    try {
      const areas = await api.call('areas/list', {});
      set({ areas: sorted(areas), loaded: true, error: null });
    } catch (e) {
      set({ error: messageOf(e), loaded: true });
    }
  },

  async create(input) {
    const area = await api.call('areas/create', input);
    set((s) => ({ areas: sorted([...s.areas.filter((a) => a.id !== area.id), area]) }));
    say(`Added the area of concern ${areaLabel(area)}.`);
    return area;
  },

  async update(input) {
    const area = await api.call('areas/update', input);
    set((s) => ({ areas: sorted(s.areas.map((a) => (a.id === area.id ? area : a))) }));
    say(`Saved ${areaLabel(area)}.`);
    return area;
  },

  async move(id, by) {
    const list = get().areas;
    const index = list.findIndex((a) => a.id === id);
    const target = index + by;
    const area = list[index];
    if (!area || target < 0 || target >= list.length) return;
    try {
      const areas = await api.call('areas/move', { id, position: target });
      set({ areas: sorted(areas) });
      say(`Moved ${area.code} ${by < 0 ? 'up' : 'down'} to place ${target + 1} of ${list.length}.`);
    } catch (e) {
      say(messageOf(e));
    }
  },

  async remove(id) {
    const area = get().areas.find((a) => a.id === id);
    const result = await api.call('areas/delete', { id });
    set((s) => ({ areas: s.areas.filter((a) => a.id !== id) }));
    const links = result.unlinkedEvidence;
    say(
      `Deleted ${area ? areaLabel(area) : 'the area of concern'}${
        links > 0 ? ` and removed ${links} link${links === 1 ? '' : 's'} to evidence. The evidence items are still in the library.` : '.'
      }`,
    );
    return result;
  },

  reset() {
    set({ areas: [], loaded: false, error: null });
  },
}));
