import { z } from 'zod';

/** A calendar date written YYYY-MM-DD that really exists (no 31 February). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    },
    { message: 'is not a real date' },
  );

export const id = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(64, { message: 'is too long to be an id' })
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'is not a valid id' });

/** Text a person types on one line: trimmed, not empty. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    .max(max, { message: `must be at most ${max} characters` });

export const longText = (max: number) =>
  z.string().max(max, { message: `must be at most ${max} characters` });
