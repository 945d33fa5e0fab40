import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, contentTypeFor, resolveAppFile, storedFileIdOf } from '../../../main/electron/protocol-path.ts';

const root = '/opt/revisit/dist/renderer';

describe('resolveAppFile', () => {
  it.each([
    [APP_INDEX_URL, 'index.html'],
    ['app://renderer/', 'index.html'],
    ['app://renderer', 'index.html'],
    ['app://renderer/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://renderer/assets/index.js?v=2#top', 'assets/index.js'],
    ['app://renderer/fonts/My%20Font.woff2', 'fonts/My Font.woff2'],
    ['app://renderer/a/./b.js', 'a/b.js'],
    ['app://renderer/a/../b.js', 'b.js'],
    ['app://renderer//assets//x.css', 'assets/x.css'],
  ])('maps %s inside the folder', (url, relative) => {
    expect(resolveAppFile(url, root, path.posix)).toBe(path.posix.join(root, relative));
  });

  it.each([
    ['app://renderer/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['app://renderer/..%2f..%2fetc/passwd'],
    ['app://renderer/%2fetc%2fpasswd/..%2f..'],
    ['app://renderer/..%5c..%5cwindows%5cwin.ini'],
    ['app://renderer/assets\\..\\..\\secret'],
    ['app://renderer/index.html%00.png'],
    ['app://renderer/%00'],
    ['app://renderer/C:/Windows/win.ini'],
    ['app://renderer/C%3A%2FWindows%2Fwin.ini'],
    ['app://renderer/index.html::$DATA'],
    ['app://renderer/.env'],
    ['app://renderer/%'],
    ['app://renderer/%E0%A4%A'],
    ['app://evil/index.html'],
    ['app://renderer:99/index.html'],
    ['app://user:pw@renderer/index.html'],
    ['file:///etc/passwd'],
    ['https://renderer/index.html'],
    ['not a url'],
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root, path.posix)).toBeNull();
  });

  // The URL parser itself resolves `..`, `%2e%2e` and `.%2e` segments (as Chromium does
  // before the request reaches the handler), so these are clamped at the folder's root.
  it.each([
    ['app://renderer/../../../etc/passwd', 'etc/passwd'],
    ['app://renderer/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['app://renderer/%2E%2E/secret', 'secret'],
    ['app://renderer/.%2e/secret', 'secret'],
  ])('clamps %s at the folder root', (url, relative) => {
    expect(resolveAppFile(url, root, path.posix)).toBe(path.posix.join(root, relative));
  });

  it('never returns a path outside the folder, even for an absolute-looking path', () => {
    const result = resolveAppFile('app://renderer//etc/passwd', root, path.posix);
    expect(result).toBe(path.posix.join(root, 'etc/passwd'));
  });

  it('keeps Windows paths inside the folder too', () => {
    const winRoot = 'C:\\Program Files\\Revisit Ready\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppFile('app://renderer/assets/a.js', winRoot, path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAppFile('app://renderer/%2e%2e%5c%2e%2e%5csecret', winRoot, path.win32)).toBeNull();
    expect(resolveAppFile('app://renderer/D:%5Csecret.txt', winRoot, path.win32)).toBeNull();
    expect(resolveAppFile('app://renderer/D%3A/secret.txt', winRoot, path.win32)).toBeNull();
    expect(resolveAppFile('app://renderer/%5C%5Cserver%5Cshare', winRoot, path.win32)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/INDEX.JS', 'text/javascript; charset=utf-8'],
    ['pdf.worker.min.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['no-extension', 'application/octet-stream'],
    ['cmaps/UniJIS-UCS2-H.bcmap', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('storedFileIdOf', () => {
  it.each([
    ['app://renderer/files/k3m9x2q7ab', 'k3m9x2q7ab'],
    ['app://renderer/files/k3m9x2q7ab?download=1', 'k3m9x2q7ab'],
  ])('%s names stored file %s', (url, id) => {
    expect(storedFileIdOf(url)).toBe(id);
  });

  it.each([
    'app://renderer/files/',
    'app://renderer/files/../index.html',
    'app://renderer/files/%2e%2e%2fsecret',
    'app://renderer/files/a/b',
    'app://evil/files/k3m9x2q7ab',
    'https://renderer/files/k3m9x2q7ab',
    'app://renderer/assets/files/k3m9x2q7ab',
    'not a url',
  ])('%s is not a stored file', (url) => {
    expect(storedFileIdOf(url)).toBeNull();
  });
});
