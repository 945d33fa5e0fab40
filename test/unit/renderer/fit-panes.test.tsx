import { describe, expect, it } from 'vitest';
import { fitPanes, LIST_MIN_WIDTH } from '../../../renderer/features/main/fitPanes.ts';

describe('pane widths in a narrow window', () => {
  const chosen = { left: 250, right: 380 };

  it('keeps the chosen widths when the evidence list has room for its titles', () => {
    expect(fitPanes(chosen, 1366)).toEqual(chosen);
    expect(fitPanes(chosen, 250 + 380 + LIST_MIN_WIDTH)).toEqual(chosen);
  });

  it('narrows the details pane first, then the areas pane, to make room for the list', () => {
    expect(fitPanes(chosen, 1320)).toEqual({ left: 250, right: 1320 - 250 - LIST_MIN_WIDTH });
    expect(fitPanes(chosen, 1280)).toEqual({ left: 244, right: 300 });
    // Both at their minimums, and the list takes what is left.
    expect(fitPanes(chosen, 1024)).toEqual({ left: 220, right: 300 });
    expect(fitPanes(chosen, 800)).toEqual({ left: 220, right: 300 });
  });

  it('never widens a pane the user made narrower than the minimum it shrinks to', () => {
    expect(fitPanes({ left: 180, right: 700 }, 1024)).toEqual({ left: 180, right: 300 });
    expect(fitPanes({ left: 250, right: 280 }, 1024)).toEqual({ left: 220, right: 280 });
  });
});
