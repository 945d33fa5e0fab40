/**
 * Whether a URL belongs to the app's own pages. Used to trust IPC senders and to allow
 * navigation. `appOrigin` is either a custom-scheme origin such as `app://renderer`, or a
 * file:// URL of the renderer folder (every page under it counts as the app's).
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string | null | undefined, appOrigin: string): boolean {
  if (typeof url !== 'string' || url === '') return false;
  const page = parse(url);
  const app = parse(appOrigin);
  if (page === null || app === null) return false;
  if (page.username !== '' || page.password !== '') return false;
  if (page.protocol !== app.protocol) return false;
  if (app.protocol === 'file:') {
    const folder = app.pathname.endsWith('/') ? app.pathname : `${app.pathname}/`;
    // The URL parser has already resolved `..` and `%2e%2e` segments.
    return page.host === app.host && page.pathname.startsWith(folder);
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return page.origin === app.origin;
  // Custom schemes have an opaque origin in the WHATWG parser: compare host and port.
  return app.host !== '' && page.host === app.host;
}

/** Whether an IPC message from a frame at `frameUrl` may reach the core. */
export function isTrustedSender(frameUrl: string | null | undefined, appOrigin: string): boolean {
  return isAppUrl(frameUrl, appOrigin);
}
