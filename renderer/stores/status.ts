import { create } from 'zustand';

/** The status bar's last-action message (read out politely by screen readers). */
interface StatusState {
  message: string;
  /** Bumped on every message, so the same words said twice are still announced. */
  seq: number;
  say(message: string): void;
  reset(): void;
}

export const useStatusStore = create<StatusState>()((set) => ({
  message: '',
  seq: 0,
  say: (message) => set((s) => ({ message, seq: s.seq + 1 })),
  reset: () => set({ message: '', seq: 0 }),
}));

export const say = (message: string) => useStatusStore.getState().say(message);
