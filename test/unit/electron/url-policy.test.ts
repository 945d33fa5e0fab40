import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl, safeExternalUrl } from '../../../main/electron/url-policy.ts';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
    'http://example.org/',
    'https://example.org:8443/path?q=1#part',
    'HTTPS://WWW.GOV.UK/',
    'https://reports.ofsted.gov.uk/provider/44/80566',
    'http://intranet/policies',
  ])('allows the web address %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['\tjavascript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['file:///etc/passwd'],
    ['file://C:/Windows/System32/calc.exe'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['blob:https://example.org/uuid'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['search-ms:query=calc'],
    ['smb://attacker/share'],
    ['ftp://example.org/file'],
    ['mailto:someone@example.org'],
    ['app://renderer/index.html'],
    ['chrome://settings'],
    ['devtools://devtools/bundled/inspector.html'],
    ['about:blank'],
    ['ws://example.org/socket'],
    ['https://user:secret@example.org/'],
    ['https://user@example.org/'],
    ['https://:pass@example.org/'],
    ['https://evil.example\\@good.example/'],
    ['https:evil.example'],
    ['https:/evil.example'],
    ['https:///evil.example'],
    ['//evil.example/path'],
    ['https://'],
    ['https://exa mple.org/'],
    ['https://example.org/\u0000'],
    ['https://example.org/\u2028'],
    ['not a url'],
    [''],
    ['https://[::1'],
    [`https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it.each([[undefined], [null], [42], [{ href: 'https://example.org/' }], [new URL('https://example.org/')]])(
    'refuses a non-string %j',
    (value) => {
      expect(isSafeExternalUrl(value)).toBe(false);
    },
  );

  it('hands back the parsed, normalised address', () => {
    expect(safeExternalUrl('HTTPS://Example.ORG/a/../b')).toBe('https://example.org/b');
    expect(safeExternalUrl('file:///x')).toBeNull();
  });
});
