/**
 * The security baseline applied to the session and to every web contents: no
 * permissions, a strict CSP on every response, no navigation away from the app, no new
 * windows, no <webview>.
 */
import type { Session, WebContents } from 'electron';
import { withSecurityHeaders } from './csp.ts';
import { decideNavigation, decideWindowOpen, type NavigationDecision } from './navigation.ts';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
}

export function hardenWebContents(
  contents: WebContents,
  appOrigin: string,
  openExternal: (url: string) => void,
): void {
  const act = (decision: NavigationDecision, preventDefault: () => void) => {
    if (decision.kind === 'allow') return;
    preventDefault();
    if (decision.kind === 'open-external') openExternal(decision.url);
  };
  contents.on('will-navigate', (event) => act(decideNavigation(event.url, appOrigin), () => event.preventDefault()));
  contents.on('will-frame-navigate', (event) => {
    if (decideNavigation(event.url, appOrigin).kind !== 'allow') event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, appOrigin).kind !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.kind === 'open-external') openExternal(decision.url);
    return { action: 'deny' };
  });
}
