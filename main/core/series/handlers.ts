import type { SeriesInputs } from '../../../shared/api/series.ts';
import type { HandlersFor } from '../handler.ts';
import { indexUnreadFiles } from '../ingest/index-files.ts';
import { importSeries, previewSeriesImport } from './import.ts';
import { createSeries, getSeries, saveSeries } from './series.ts';

export { importSeriesFile } from './import.ts';

export const seriesHandlers: HandlersFor<SeriesInputs> = {
  'series/get': (input, s) => getSeries(s.requireLibrary().db, input.id),
  'series/create': (input, s) => createSeries(s.requireLibrary().db, input, s.now, s.info().details.userName),
  'series/save': (input, s) => saveSeries(s.requireLibrary().db, input, s.now),
  'series/previewImport': (input, s) => previewSeriesImport(s, input.source),
  'series/import': async (input, s) => {
    const result = await importSeries(s, input);
    s.env.emit('library/changed', { reason: 'series' });
    // The imported file is read in the background, so it is searchable shortly after.
    indexUnreadFiles(s).catch((e: unknown) => s.env.logger.error('reading an imported data file failed', { error: String(e) }));
    return result;
  },
};
