import type { SeriesInputs } from '../../../shared/api/series.ts';
import { CoreError } from '../errors.ts';
import type { HandlersFor } from '../handler.ts';

const todo = (): never => {
  throw new CoreError('invalid-input', 'Data series are not available yet.');
};

export const seriesHandlers: HandlersFor<SeriesInputs> = {
  'series/get': todo,
  'series/create': todo,
  'series/save': todo,
  'series/previewImport': todo,
  'series/import': todo,
};
