import { describe, expect, it } from 'vitest';
import { revisitWindowNote } from '../../../renderer/features/main/revisitWindow.ts';

describe('the revisit window in the status bar', () => {
  it('counts the days until it opens, then says until when it is open, then that it has ended', () => {
    expect(revisitWindowNote(null, '2027-04-22', '2026-11-23')).toBeNull();
    expect(revisitWindowNote('2027-01-01', '2027-04-22', '2026-11-23')).toBe('Revisit window opens in 39 days');
    expect(revisitWindowNote('2027-01-01', '2027-04-22', '2026-12-31')).toBe('Revisit window opens tomorrow');
    expect(revisitWindowNote('2027-01-01', '2027-04-22', '2027-01-01')).toBe('Revisit window open until 22 April 2027');
    expect(revisitWindowNote('2027-01-01', '2027-04-22', '2027-04-22')).toBe('Revisit window open until 22 April 2027');
    expect(revisitWindowNote('2027-01-01', null, '2027-02-01')).toBe('Revisit window open since 1 January 2027');
    expect(revisitWindowNote('2027-01-01', '2027-04-22', '2027-04-23')).toBe('Revisit window ended 22 April 2027');
    // Across the clocks going forward: still whole days.
    expect(revisitWindowNote('2027-04-01', null, '2027-03-27')).toBe('Revisit window opens in 5 days');
  });
});
