/** How an item bears on an area, in words: the app's choices, the pack's tables and its zip. */
import type { Stance } from './schemas/evidence.ts';

export const stanceLabels: Record<Stance, string> = {
  supports: 'Supports progress',
  counters: 'Counters progress',
};
