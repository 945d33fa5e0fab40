import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withSecurityHeaders } from '../../../main/electron/csp.ts';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) {
      expect(map.has(name), `directive ${name} appears once`).toBe(false);
      map.set(name, sources);
    }
  }
  return map;
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy());

  it('has exactly the required directives and sources', () => {
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'worker-src': ["'self'", 'blob:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('never allows inline or evaluated script, or remote hosts', () => {
    const text = contentSecurityPolicy();
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(text).not.toContain("'unsafe-eval'");
    expect(text).not.toContain("'wasm-unsafe-eval'");
    expect(text).not.toMatch(/https?:|\*/);
  });
});

describe('withSecurityHeaders', () => {
  it('replaces any existing policy, whatever its case, and keeps other headers', () => {
    const out = withSecurityHeaders({
      'content-security-policy': ["default-src *"],
      'Content-Security-Policy-Report-Only': "script-src 'unsafe-eval'",
      'X-Content-Type-Options': 'sniff',
      'Content-Type': 'text/html',
    });
    expect(out).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy()],
      'X-Content-Type-Options': ['nosniff'],
    });
  });

  it('adds the policy when there were no headers', () => {
    expect(withSecurityHeaders(undefined)['Content-Security-Policy']).toEqual([contentSecurityPolicy()]);
  });
});
