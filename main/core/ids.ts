import { randomBytes } from 'node:crypto';

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short random id, easy to type on a command line (e.g. "k3m9x2q7ab"). */
export function newId(length = 10): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}
