import { none } from './common.ts';
import { searchInItemInput, searchQueryInput, type ItemMatch, type QuickFindData, type SearchResult } from '../schemas/search.ts';

export const searchInputs = {
  /** Full-text search: one hit per item, its best page, ranked by bm25. */
  'search/query': searchQueryInput,
  /** Every matching page or part of one item, in page order (the viewer's next/previous match). */
  'search/inItem': searchInItemInput,
  /** Titles, area codes and ids for the quick-find palette (fuse.js in the renderer). */
  'search/quickFind': none,
} as const;

export type SearchInputs = typeof searchInputs;

export interface SearchOutputs {
  'search/query': SearchResult;
  'search/inItem': { matches: ItemMatch[]; terms: SearchResult['terms'] };
  'search/quickFind': QuickFindData;
}
