/**
 * Quick find over search/quickFind data, the same way every palette does it
 * (shared/quick-find.ts): each typed word as a substring first; fuzzy only when that
 * finds nothing (a typo).
 */
import Fuse from 'fuse.js';
import type { QuickFindData, QuickFindItem } from '../../../shared/schemas/search.ts';
import { quickFindFuseOptions, substringQuery } from '../../../shared/quick-find.ts';

export type QuickArea = QuickFindData['areas'][number];

export interface QuickFinder {
  find(typed: string, limits?: { items?: number; areas?: number }): { items: QuickFindItem[]; areas: QuickArea[]; fuzzy: boolean };
}

/** The words typed, without characters fuse.js would read as operators. */
const plainWords = (typed: string) =>
  typed
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^['=!^"]+/, '').replace(/[$"]+$/, ''))
    .filter(Boolean)
    .join(' ');

export function makeFinder(data: QuickFindData): QuickFinder {
  const items = new Fuse(data.items, quickFindFuseOptions);
  const areas = new Fuse(data.areas, {
    ...quickFindFuseOptions,
    keys: [
      { name: 'code', weight: 3 },
      { name: 'title', weight: 2 },
    ],
  });
  return {
    find(typed, limits = {}) {
      const itemLimit = limits.items ?? 12;
      const areaLimit = limits.areas ?? 6;
      const words = plainWords(typed);
      if (!words) return { items: data.items.slice(0, itemLimit), areas: data.areas.slice(0, areaLimit), fuzzy: false };
      const exact = substringQuery(words);
      let foundItems = items.search(exact, { limit: itemLimit }).map((r) => r.item);
      let foundAreas = areas.search(exact, { limit: areaLimit }).map((r) => r.item);
      let fuzzy = false;
      if (foundItems.length === 0 && foundAreas.length === 0) {
        fuzzy = true;
        foundItems = items.search(words, { limit: itemLimit }).map((r) => r.item);
        foundAreas = areas.search(words, { limit: areaLimit }).map((r) => r.item);
      }
      return { items: foundItems, areas: foundAreas, fuzzy };
    },
  };
}
