import { z } from 'zod';
import { id } from '../schemas/common.ts';

export const none = z.object({}).strict();
export const byId = z.object({ id });
export const folder = z.string().min(1, { message: 'must name a folder' }).max(4096, { message: 'is too long' });
