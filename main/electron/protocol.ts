/** The app:// scheme: serves only files inside the built renderer folder. */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentSecurityPolicy } from './csp.ts';
import { APP_SCHEME, contentTypeFor, resolveAppFile } from './protocol-path.ts';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and an origin; secure: a secure context; corsEnabled:
      // module scripts (Vite's <script type="module" crossorigin>) are CORS-mode requests.
      // No Access-Control-* headers are ever sent, so other origins still cannot read it.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Call once the app is ready. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const file = resolveAppFile(request.url, rendererDir);
    if (file === null) return notFound();
    let body: Uint8Array;
    try {
      body = new Uint8Array(await readFile(file));
    } catch {
      return notFound(); // missing, or a folder
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': contentSecurityPolicy(),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  });
}
