import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen } from '../../../main/electron/navigation.ts';
import { APP_ORIGIN } from '../../../main/electron/protocol-path.ts';

describe('decideNavigation', () => {
  it('lets the app move between its own pages', () => {
    expect(decideNavigation('app://renderer/index.html#/areas', APP_ORIGIN)).toEqual({ kind: 'allow' });
  });

  it('sends safe web addresses to the browser instead of navigating', () => {
    expect(decideNavigation('https://www.gov.uk/', APP_ORIGIN)).toEqual({
      kind: 'open-external',
      url: 'https://www.gov.uk/',
    });
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html', 'about:blank', 'data:text/html,x'])(
    'blocks %s',
    (url) => {
      expect(decideNavigation(url, APP_ORIGIN)).toEqual({ kind: 'block' });
    },
  );
});

describe('decideWindowOpen', () => {
  it('never opens the app itself in a new window', () => {
    expect(decideWindowOpen('app://renderer/index.html')).toEqual({ kind: 'block' });
  });

  it('opens web links in the browser', () => {
    expect(decideWindowOpen('http://example.org/x')).toEqual({ kind: 'open-external', url: 'http://example.org/x' });
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'ms-settings:', 'https://a:b@example.org/'])('blocks %s', (url) => {
    expect(decideWindowOpen(url)).toEqual({ kind: 'block' });
  });
});
