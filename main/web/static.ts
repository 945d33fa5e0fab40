import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

/** Maps a URL path to a file inside `root`, or null if it would step outside it. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, normalize(`.${sep}${decoded}`));
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

export function serveStatic(root: string, urlPath: string, res: ServerResponse, headers: Record<string, string>) {
  let file = resolveStatic(root, urlPath);
  if (file === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Bad path.');
    return;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    // The app has one page: unknown paths without an extension get it.
    if (extname(file) !== '') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Not found.');
      return;
    }
    file = join(root, 'index.html');
    if (!existsSync(file)) {
      res
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
        .end('The app has not been built yet. Run "npm run build" and reload this page.');
      return;
    }
  }
  const cache = file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache, ...headers });
  createReadStream(file).pipe(res);
}
