/** The in-app PDF viewer: which file of which item is open, at which page, highlighting what. */
import { create } from 'zustand';

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
  openViewer(target: ViewerTarget): void;
  closeViewer(): void;
  reset(): void;
}

export const useViewerStore = create<ViewerState>()((set) => ({
  target: null,
  openViewer: (target) => set({ target }),
  closeViewer: () => set({ target: null }),
  reset: () => set({ target: null }),
}));
