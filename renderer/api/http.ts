/**
 * The browser transport: the web host on 127.0.0.1 answers `POST /api/<method>` with a
 * JSON Result, authorised by the per-run token the page was opened with.
 */
import type { AppEvent, Method } from '../../shared/contract.ts';
import type { Staged, Transport, TransportResult } from './transport.ts';

export const TOKEN_KEY = 'revisit-token';

/**
 * Reads `?token=` from the address (keeping it for this tab in sessionStorage) and
 * removes it from the address bar, so it is not bookmarked or shared by accident.
 */
export function takeToken(win: Window = window): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      win.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page.
    }
    url.searchParams.delete('token');
    const rest = url.searchParams.toString();
    win.history.replaceState(win.history.state, '', `${url.pathname}${rest ? `?${rest}` : ''}${url.hash}`);
    return fromUrl;
  }
  try {
    return win.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

const cannotReach = (): TransportResult<never> => ({
  ok: false,
  error: {
    code: 'network',
    message:
      'Revisit Ready could not be reached. Check that the `revisit serve` window is still open, then try again.',
  },
});

async function readResult<T>(res: Response): Promise<TransportResult<T>> {
  if (res.status === 401) {
    return { ok: false, error: { code: 'unauthorised', message: 'This address is missing its access token.' } };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `The app answered in a way the window could not read (HTTP ${res.status}). Try again; if it keeps happening, restart \`revisit serve\`.`,
      },
    };
  }
  if (body && typeof body === 'object' && 'ok' in body) return body as TransportResult<T>;
  return {
    ok: false,
    error: { code: 'internal', message: `The app gave an unexpected answer (HTTP ${res.status}). Try again.` },
  };
}

export function createHttpTransport(options: { token: string | null; base?: string; fetch?: typeof fetch }): Transport {
  const base = options.base ?? '';
  const token = options.token ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const auth = { Authorization: `Bearer ${token}` };
  const q = `token=${encodeURIComponent(token)}`;

  let source: EventSource | null = null;
  const listeners = new Set<(event: AppEvent) => void>();

  function ensureSource() {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/api/events?${q}`);
    source.onmessage = (msg: MessageEvent<string>) => {
      let event: AppEvent;
      try {
        event = JSON.parse(msg.data) as AppEvent;
      } catch {
        return;
      }
      for (const l of listeners) l(event);
    };
  }

  return {
    kind: 'http',
    async invoke(method: Method, input: unknown) {
      let res: Response;
      try {
        res = await doFetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...auth },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return cannotReach();
      }
      return readResult<unknown>(res);
    },
    async upload(file: File, onProgress) {
      let res: Response;
      try {
        onProgress?.(0, file.size);
        res = await doFetch(`${base}/api/upload?name=${encodeURIComponent(file.name)}`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/octet-stream', ...auth },
          body: file,
        });
      } catch {
        return cannotReach();
      }
      const result = await readResult<Staged>(res);
      if (result.ok) onProgress?.(file.size, file.size);
      return result;
    },
    fileUrl(fileId, download) {
      return `${base}/api/files/${encodeURIComponent(fileId)}?${q}${download ? '&download=1' : ''}`;
    },
    backupUrl(path) {
      const name = path.split(/[\\/]/).pop() ?? '';
      return name ? `${base}/api/backups/${encodeURIComponent(name)}?${q}` : null;
    },
    exportUrl(path) {
      const name = path.split(/[\\/]/).pop() ?? '';
      return name ? `${base}/api/exports/${encodeURIComponent(name)}?${q}` : null;
    },
    onEvent(listener) {
      listeners.add(listener);
      ensureSource();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
    onMenu() {
      return () => {};
    },
  };
}
