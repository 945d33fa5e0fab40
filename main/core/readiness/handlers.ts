import type { ReadinessInputs } from '../../../shared/api/readiness.ts';
import { todayIso } from '../../../shared/format.ts';
import type { HandlersFor } from '../handler.ts';
import { readiness } from './load.ts';

export const readinessHandlers: HandlersFor<ReadinessInputs> = {
  'readiness/get': (input, s) => readiness(s.requireLibrary().db, input.today ?? todayIso(s.now)),
};
