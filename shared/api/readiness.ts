import { readinessInput } from '../schemas/assessment.ts';
import type { Readiness } from '../schemas/readiness.ts';

export const readinessInputs = {
  'readiness/get': readinessInput,
} as const;

export type ReadinessInputs = typeof readinessInputs;

export interface ReadinessOutputs {
  'readiness/get': Readiness;
}
