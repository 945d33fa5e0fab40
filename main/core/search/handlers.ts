import type { SearchInputs } from '../../../shared/api/search.ts';
import type { HandlersFor } from '../handler.ts';
import { quickFindData } from './quick-find.ts';
import { searchInItem, searchLibrary } from './search.ts';

export const searchHandlers: HandlersFor<SearchInputs> = {
  'search/query': (input, s) => searchLibrary(s.requireLibrary().db, input),
  'search/inItem': (input, s) => searchInItem(s.requireLibrary().db, input),
  'search/quickFind': (_, s) => quickFindData(s.requireLibrary().db),
};
