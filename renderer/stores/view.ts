/**
 * Which screen the library window shows: the evidence library (three panes), the
 * readiness dashboard, or one area of concern's page. A "focus" names the part of the
 * area page to bring into view (e.g. a readiness gap's fix opens the judgement).
 */
import { create } from 'zustand';

export type ViewName = 'evidence' | 'readiness' | 'area' | 'voices';
export type AreaSection = 'top' | 'judgement' | 'findings' | 'review' | 'actions' | 'history';

interface ViewState {
  view: ViewName;
  /** The area the area page shows (kept when you move to another screen and back). */
  areaId: string | null;
  /** The section of the area page to scroll to and focus, once, after it opens. */
  focus: AreaSection | null;
  /** Bumped on every request to show a section, so asking twice scrolls twice. */
  focusSeq: number;
  /** Whether the screen just shown should take focus to its heading (asked for from the palette, not from the screen switcher). */
  focusHeading: boolean;
  show(view: ViewName, opts?: { focusHeading?: boolean }): void;
  /** Opens an area's page; a null focus leaves focus where it is (on the screen switcher). */
  openArea(areaId: string, focus?: AreaSection | null): void;
  focusDone(): void;
  reset(): void;
}

export const useViewStore = create<ViewState>()((set) => ({
  view: 'evidence',
  areaId: null,
  focus: null,
  focusSeq: 0,
  focusHeading: false,
  show: (view, opts) => set({ view, focus: null, focusHeading: opts?.focusHeading ?? false }),
  openArea: (areaId, focus = 'top') => set((s) => ({ view: 'area', areaId, focus, focusSeq: s.focusSeq + 1 })),
  focusDone: () => set({ focus: null, focusHeading: false }),
  reset: () => set({ view: 'evidence', areaId: null, focus: null }),
}));
