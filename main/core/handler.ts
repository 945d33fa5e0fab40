import type { z } from 'zod';
import type { Outputs } from '../../shared/contract.ts';
import type { Session } from './session.ts';

/** Handlers for one feature's methods: parsed input and the session in, output out. */
export type HandlersFor<I extends Record<string, z.ZodType>> = {
  [M in keyof I & keyof Outputs]: (input: z.output<I[M]>, s: Session) => Outputs[M] | Promise<Outputs[M]>;
};
