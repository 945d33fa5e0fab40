import { z } from 'zod';
import {
  seriesCreateInput,
  seriesImportInput,
  seriesSaveInput,
  tableSource,
  type Series,
  type SeriesImportResult,
  type SeriesPreview,
} from '../schemas/series.ts';
import { byId } from './common.ts';

export const seriesInputs = {
  /** A data item's details, values and direction of travel. */
  'series/get': byId,
  /** Makes a new data item with its details and values (and links it to areas). */
  'series/create': seriesCreateInput,
  'series/save': seriesSaveInput,
  'series/previewImport': z.object({ source: tableSource }),
  /** One series per value column, all or nothing. */
  'series/import': seriesImportInput,
} as const;

export type SeriesInputs = typeof seriesInputs;

export interface SeriesOutputs {
  'series/get': Series;
  'series/create': Series;
  'series/save': Series;
  'series/previewImport': SeriesPreview;
  'series/import': SeriesImportResult;
}
