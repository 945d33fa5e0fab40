/** The quick-find palette (Ctrl/Cmd+K): open or closed. */
import { create } from 'zustand';

interface PaletteState {
  open: boolean;
  openPalette(): void;
  closePalette(): void;
}

export const usePaletteStore = create<PaletteState>()((set) => ({
  open: false,
  openPalette: () => set({ open: true }),
  closePalette: () => set({ open: false }),
}));
