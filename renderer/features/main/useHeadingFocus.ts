import { type RefObject, useEffect } from 'react';
import { useViewStore } from '../../stores/view.ts';

/**
 * Moves focus to a screen's heading when the screen was asked for by name (from the palette),
 * so the keyboard and a screen reader start there; chosen from the screen switcher, focus stays
 * on the switcher.
 */
export function useHeadingFocus(heading: RefObject<HTMLElement | null>): void {
  const wanted = useViewStore((s) => s.focusHeading);
  const done = useViewStore((s) => s.focusDone);
  useEffect(() => {
    if (!wanted) return;
    heading.current?.focus();
    done();
  }, [wanted, done, heading]);
}
