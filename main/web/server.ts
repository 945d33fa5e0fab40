import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { App } from '../core/app.ts';
import { CoreError } from '../core/errors.ts';
import { contentDisposition, INLINE_TYPES, storedFile, type StoredFile } from '../core/files/stored-file.ts';
import { backupsFolder, exportsFolder } from '../core/paths.ts';
import { fileName } from '../../shared/schemas/evidence.ts';
import { fail, type ErrorCode, type Result } from '../../shared/errors.ts';
import { isAllowedHost, requestToken, securityHeaders, storedFileCsp, tokenMatches } from './security.ts';
import { serveStatic } from './static.ts';
import { httpStatusFor } from './status.ts';

export interface WebHostOptions {
  app: App;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const MAX_JSON_BYTES = 2 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: Result<unknown>) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, code: ErrorCode, message: string) {
  sendJson(res, httpStatusFor(code), fail(code, message));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BYTES) throw new Error('too-large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? {} : JSON.parse(text);
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { app, staticDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sse = new Set<ServerResponse>();
  let port = options.port ?? 0;

  const unsubscribe = app.onEvent((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of sse) res.write(line);
  });

  async function api(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (!tokenMatches(requestToken(req, url), token))
      return sendError(res, 'unauthorised', 'This request has no valid access token. Open the address printed by "revisit serve" again.');
    const path = url.pathname.slice('/api/'.length);

    if (req.method === 'GET' && path === 'events') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', ...securityHeaders });
      res.write(': connected\n\n');
      sse.add(res);
      req.on('close', () => sse.delete(res));
      return;
    }
    if (req.method === 'GET' && path.startsWith('files/')) return sendStoredFile(res, path.slice('files/'.length), url.searchParams.has('download'));
    if (req.method === 'GET' && path.startsWith('backups/')) return sendBackup(res, decodeURIComponent(path.slice('backups/'.length)));
    if (req.method === 'GET' && path.startsWith('exports/')) return sendExport(res, path.slice('exports/'.length));
    if (req.method === 'PUT' && path === 'upload') {
      if (!fileName.safeParse(url.searchParams.get('name')).success)
        return sendError(res, 'invalid-input', 'name: give the file name, up to 255 characters, as ?name=');
      return upload(req, res);
    }
    if (req.method !== 'POST') return sendError(res, 'unknown-method', 'Use POST to call the API.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return sendError(res, 'invalid-input', 'The request body must be JSON (Content-Type: application/json).');
    let input: unknown;
    try {
      input = await readJson(req);
    } catch {
      return sendError(res, 'invalid-input', 'The request body is not valid JSON, or is larger than 2 MB.');
    }
    if (path === 'files/stage') return sendError(res, 'invalid-input', 'Send files with PUT /api/upload.');
    const result = await app.dispatch(path, input);
    sendJson(res, result.ok ? 200 : httpStatusFor(result.error.code), result);
  }

  async function upload(req: IncomingMessage, res: ServerResponse) {
    try {
      const staged = await app.session.stage(req);
      sendJson(res, 200, { ok: true, value: staged });
    } catch (e) {
      const message = e instanceof CoreError ? e.message : 'The file could not be received completely, so it was not kept. Try again.';
      sendError(res, 'file-problem', message);
    }
  }

  function sendStoredFile(res: ServerResponse, fileId: string, download: boolean) {
    let file: StoredFile;
    try {
      file = storedFile(app.session, fileId);
    } catch (e) {
      if (e instanceof CoreError) return sendError(res, e.code, e.message);
      throw e;
    }
    const inline = !download && INLINE_TYPES.has(file.mediaType);
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': inline ? file.mediaType : 'application/octet-stream',
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.name),
      'Content-Security-Policy': storedFileCsp,
      'Cache-Control': 'no-store',
    });
    createReadStream(file.path).pipe(res);
  }

  function sendBackup(res: ServerResponse, name: string) {
    if (!/^[^/\\\0]+\.revisit-backup$/.test(name) || name.startsWith('.'))
      return sendError(res, 'not-found', 'There is no such backup.');
    const path = join(backupsFolder(app.session.env.dataRoot), name);
    if (!existsSync(path)) return sendError(res, 'not-found', 'There is no such backup.');
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': contentDisposition('attachment', name),
      'Cache-Control': 'no-store',
    });
    createReadStream(path).pipe(res);
  }

  /** A pack written by export/write into the Exports folder (by name only: no folders, no hidden files). */
  function sendExport(res: ServerResponse, encoded: string) {
    let name: string;
    try {
      name = decodeURIComponent(encoded);
    } catch {
      return sendError(res, 'not-found', 'There is no such export.');
    }
    if (!/^[^/\\\0]+\.(html|zip|pdf|docx)$/.test(name) || name.startsWith('.'))
      return sendError(res, 'not-found', 'There is no such export.');
    const path = join(exportsFolder(app.session.env.dataRoot), name);
    if (!existsSync(path) || !statSync(path).isFile()) return sendError(res, 'not-found', 'There is no such export.');
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'application/octet-stream',
      'Content-Length': String(statSync(path).size),
      'Content-Disposition': contentDisposition('attachment', name),
      'Content-Security-Policy': storedFileCsp,
      'Cache-Control': 'no-store',
    });
    createReadStream(path).pipe(res);
  }

  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This address is not allowed. Use http://127.0.0.1 with the port shown by "revisit serve".');
      req.resume();
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      api(req, res, url).catch(() => {
        if (!res.headersSent) sendError(res, 'internal', 'Something went wrong inside Revisit Ready. Try again.');
        else res.end();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders).end();
      return;
    }
    serveStatic(staticDir, url.pathname, res, securityHeaders);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const r of sse) r.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
