/**
 * The Content-Security-Policy for every page the app loads. Strict: only the app's own
 * files; inline styles for the UI library; blob: workers and images for pdf.js.
 */

const DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['worker-src', ["'self'", 'blob:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
  ['form-action', ["'none'"]],
];

export function contentSecurityPolicy(): string {
  return DIRECTIVES.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

export type ResponseHeaders = Record<string, string | string[]>;

/**
 * Response headers with our policy set, replacing any policy already there (whatever
 * its letter case), so nothing upstream can loosen it.
 */
export function withSecurityHeaders(headers: ResponseHeaders | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    if (lower === 'x-content-type-options') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [contentSecurityPolicy()];
  out['X-Content-Type-Options'] = ['nosniff'];
  return out;
}
