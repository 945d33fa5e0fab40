import type { inputs } from '../../shared/contract.ts';
import { actionHandlers } from './actions/handlers.ts';
import { areaHandlers } from './areas/handlers.ts';
import { assessmentHandlers, excerptHandlers } from './assessment/handlers.ts';
import { evidenceHandlers } from './evidence/handlers.ts';
import type { HandlersFor } from './handler.ts';
import { ingestHandlers } from './ingest/handlers.ts';
import { libraryHandlers } from './library/handlers.ts';
import { searchHandlers } from './search/handlers.ts';
import { readinessHandlers } from './readiness/handlers.ts';
import { exportHandlers } from './export/handlers.ts';
import { seriesHandlers } from './series/handlers.ts';
import { feedbackHandlers } from './feedback/handlers.ts';

/** Every method's handler; the type makes a missing one a compile error. */
export const handlers: HandlersFor<typeof inputs> = {
  ...libraryHandlers,
  ...areaHandlers,
  ...evidenceHandlers,
  ...ingestHandlers,
  ...searchHandlers,
  ...actionHandlers,
  ...assessmentHandlers,
  ...excerptHandlers,
  ...readinessHandlers,
  ...exportHandlers,
  ...seriesHandlers,
  ...feedbackHandlers,
};
