import { useSyncExternalStore } from 'react';

/**
 * The evidence list's fixed columns (Kind to Personal data: 556px, EvidenceListPane.tsx) and
 * 180px for titles; app.css gives the list the same min-width, scrolling sideways below it.
 */
export const LIST_MIN_WIDTH = 736;
const LEFT_MIN = 220;
const RIGHT_MIN = 300;

/**
 * The pane widths to draw in a window this wide: the widths the user chose, narrowed (the
 * details pane first, then the areas pane, never below their minimums) so that the evidence
 * list keeps room for its titles. The chosen widths are kept for a wider window.
 */
export function fitPanes(chosen: { left: number; right: number }, windowWidth: number): { left: number; right: number } {
  let over = chosen.left + chosen.right + LIST_MIN_WIDTH - windowWidth;
  if (over <= 0) return chosen;
  const right = Math.max(Math.min(chosen.right, RIGHT_MIN), chosen.right - over);
  over -= chosen.right - right;
  const left = Math.max(Math.min(chosen.left, LEFT_MIN), chosen.left - Math.max(0, over));
  return { left, right };
}

const subscribe = (changed: () => void) => {
  window.addEventListener('resize', changed);
  return () => window.removeEventListener('resize', changed);
};

/** The window's width, kept up to date as it is resized. */
export function useWindowWidth(): number {
  return useSyncExternalStore(subscribe, () => window.innerWidth);
}
