/** The in-app PDF viewer: which file of which item is open, at which page, highlighting what. */
import { create } from 'zustand';
import type { EvidenceLink } from '../../shared/schemas/evidence.ts';
import { api } from '../api/client.ts';

export interface ViewerTarget {
  itemId: string;
  itemTitle: string;
  fileId: string;
  fileName: string;
  /** 1-based page to open at. */
  page: number;
  /** The search words to highlight and step through ("" for none). */
  query: string;
}

interface ViewerState {
  target: ViewerTarget | null;
  /** The open item's links to areas of concern (what an excerpt from the page can evidence); null until loaded. */
  links: EvidenceLink[] | null;
  openViewer(target: ViewerTarget): void;
  /** Loads the item's area links, for "Save as excerpt". */
  loadLinks(itemId: string): Promise<EvidenceLink[]>;
  closeViewer(): void;
  reset(): void;
}

export const useViewerStore = create<ViewerState>()((set, get) => ({
  target: null,
  links: null,
  openViewer: (target) => set({ target, links: null }),
  async loadLinks(itemId) {
    const evidence = await api.call('evidence/get', { id: itemId });
    if (get().target?.itemId === itemId) set({ links: evidence.links });
    return evidence.links;
  },
  closeViewer: () => set({ target: null, links: null }),
  reset: () => set({ target: null, links: null }),
}));
