/** The app:// scheme: serves only files inside the built renderer folder. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { contentSecurityPolicy } from './csp.ts';
import { APP_SCHEME, contentTypeFor, resolveAppFile, storedFileIdOf } from './protocol-path.ts';
import type { App } from '../core/app.ts';
import { contentDisposition, INLINE_TYPES, storedFile, type StoredFile } from '../core/files/stored-file.ts';

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

/** An attached file, streamed from the library's store; never able to run script. */
function storedFileResponse(app: App, fileId: string, download: boolean): Response {
  let file: StoredFile;
  try {
    file = storedFile(app.session, fileId);
  } catch {
    return notFound();
  }
  const inline = !download && INLINE_TYPES.has(file.mediaType);
  return new Response(Readable.toWeb(createReadStream(file.path)) as ReadableStream, {
    status: 200,
    headers: {
      'content-type': inline ? file.mediaType : 'application/octet-stream',
      'content-length': String(file.size),
      'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', file.name),
      'content-security-policy': "sandbox; default-src 'none'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
}

/** Call once the app is ready. */
export function serveRenderer(rendererDir: string, app: App): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 });
    }
    const fileId = storedFileIdOf(request.url);
    if (fileId !== null) return storedFileResponse(app, fileId, new URL(request.url).searchParams.has('download'));
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
