import type { inputs } from '../../shared/contract.ts';
import { areaHandlers } from './areas/handlers.ts';
import { evidenceHandlers } from './evidence/handlers.ts';
import type { HandlersFor } from './handler.ts';
import { libraryHandlers } from './library/handlers.ts';

/** Every method's handler; the type makes a missing one a compile error. */
export const handlers: HandlersFor<typeof inputs> = {
  ...libraryHandlers,
  ...areaHandlers,
  ...evidenceHandlers,
};
