/**
 * Which URLs may be handed to the operating system's browser (shell.openExternal).
 * Only plain http(s) web addresses: no other scheme can launch a program or open a file.
 */

const MAX_LENGTH = 2048;
// Control characters, whitespace and backslashes: the URL parser silently strips or
// rewrites these, so the address the user saw would differ from the one opened.
const SUSPICIOUS = /[\u0000-\u0020\u007f-\u009f\\\u2028\u2029\u00a0\ufeff]/;
const EXPLICIT_WEB_PREFIX = /^https?:\/\/[^/]/i;

/** The normalised address to open, or null when it must not be opened. */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  if (url.length === 0 || url.length > MAX_LENGTH) return null;
  if (SUSPICIOUS.test(url)) return null;
  if (!EXPLICIT_WEB_PREFIX.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  return parsed.href;
}

export function isSafeExternalUrl(url: unknown): boolean {
  return safeExternalUrl(url) !== null;
}
