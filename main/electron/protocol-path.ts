/**
 * The app:// protocol: which file inside the built renderer folder a request names.
 * Pure, so every way out of the folder can be tested without Electron.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * The absolute path of the file `requestUrl` names inside `rootDir`, or null when the
 * request is not for the app's host, is malformed, or would leave the folder.
 * `pathApi` is injectable so Windows rules can be tested anywhere.
 */
export function resolveAppFile(requestUrl: string, rootDir: string, pathApi: PathApi = path): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username !== '' || url.password !== '') return null;

  const rawPath = url.pathname;
  if (rawPath.includes('\\') || /%5c/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // NUL, backslashes (a Windows separator) and colons (drive letters, NTFS streams).
  if (/[\u0000-\u001f\\:]/.test(decoded)) return null;

  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..' || s.startsWith('.'))) return null;
  if (segments.length === 0) segments.push('index.html');

  const root = pathApi.resolve(rootDir);
  const file = pathApi.resolve(root, ...segments);
  const rel = pathApi.relative(root, file);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  return file;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** `app://renderer/files/<fileId>` names a stored file (served by the core); anything else is not one. */
export function storedFileIdOf(requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const m = /^\/files\/([A-Za-z0-9_-]{1,64})$/.exec(url.pathname);
  return m ? m[1]! : null;
}
