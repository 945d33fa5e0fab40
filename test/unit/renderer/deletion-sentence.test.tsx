import { describe, expect, it } from 'vitest';
import { deletionSentence } from '../../../renderer/features/evidence/EvidenceDialogs.tsx';

describe('what deleting an item deletes, in words', () => {
  it('lists the links with “and”, counts files in words a person would use, and says it cannot be undone', () => {
    expect(deletionSentence([], 0)).toBe('This deletes the evidence item. It cannot be undone.');
    expect(deletionSentence(['AOC1'], 1)).toBe(
      'This deletes the evidence item, its link to AOC1 (with the stance and reason written on it) and its attached file. It cannot be undone.',
    );
    expect(deletionSentence(['AOC1', 'AOC9'], 0)).toBe(
      'This deletes the evidence item and its links to AOC1 and AOC9 (with the stance and reason written on each). It cannot be undone.',
    );
    expect(deletionSentence(['AOC1', 'AOC2', 'AOC9'], 3)).toBe(
      'This deletes the evidence item, its links to AOC1, AOC2 and AOC9 (with the stance and reason written on each) and its 3 attached files. It cannot be undone.',
    );
  });
});
