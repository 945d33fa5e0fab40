import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../main/electron/sender.ts';
import { APP_INDEX_URL, APP_ORIGIN } from '../../../main/electron/protocol-path.ts';

describe('isTrustedSender with the app:// origin', () => {
  it.each([APP_INDEX_URL, 'app://renderer/', 'app://renderer/index.html#/areas/3', 'app://renderer/index.html?x=1'])(
    'trusts %s',
    (url) => {
      expect(isTrustedSender(url, APP_ORIGIN)).toBe(true);
    },
  );

  it.each([
    ['https://evil.example/'],
    ['http://renderer/index.html'],
    ['https://renderer/index.html'],
    ['app://evil/index.html'],
    ['app://renderer.evil.example/index.html'],
    ['app://renderer:8080/index.html'],
    ['app://user@renderer/index.html'],
    ['app2://renderer/index.html'],
    ['file:///app/dist/renderer/index.html'],
    ['devtools://devtools/bundled/inspector.html'],
    ['chrome-extension://abc/page.html'],
    ['about:blank'],
    ['about:srcdoc'],
    ['data:text/html,hi'],
    ['blob:app://renderer/1234'],
    ['javascript:alert(1)'],
    ['app:renderer/index.html'],
    [''],
    [null],
    [undefined],
  ])('refuses %j', (url) => {
    expect(isTrustedSender(url, APP_ORIGIN)).toBe(false);
  });

  it('refuses everything when the app origin itself is malformed', () => {
    expect(isTrustedSender(APP_INDEX_URL, 'not a url')).toBe(false);
    expect(isTrustedSender('app:whatever', 'app:')).toBe(false);
  });
});

describe('isTrustedSender with a file:// renderer folder', () => {
  const origin = 'file:///opt/Revisit%20Ready/dist/renderer/';

  it('trusts pages inside the folder', () => {
    expect(isTrustedSender('file:///opt/Revisit%20Ready/dist/renderer/index.html', origin)).toBe(true);
    expect(isTrustedSender('file:///opt/Revisit%20Ready/dist/renderer/sub/page.html#x', origin)).toBe(true);
  });

  it.each([
    'file:///opt/Revisit%20Ready/dist/renderer-evil/index.html',
    'file:///opt/Revisit%20Ready/dist/renderer/../../evil.html',
    'file:///opt/Revisit%20Ready/dist/renderer/%2e%2e/evil.html',
    'file:///home/user/Downloads/evil.html',
    'file://evilhost/opt/Revisit%20Ready/dist/renderer/index.html',
    'https://evil.example/opt/Revisit%20Ready/dist/renderer/index.html',
    'app://renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url, origin)).toBe(false);
  });

  it('treats a folder given without a trailing slash the same way', () => {
    expect(isAppUrl('file:///srv/app/dist/renderer/index.html', 'file:///srv/app/dist/renderer')).toBe(true);
    expect(isAppUrl('file:///srv/app/dist/rendererX/index.html', 'file:///srv/app/dist/renderer')).toBe(false);
  });
});
