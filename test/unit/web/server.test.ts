import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../main/web/server.ts';
import { testApp, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

let host: WebHost | undefined;
let t: TestApp | undefined;
afterEach(async () => {
  await host?.close();
  t?.app.close();
  host = undefined;
});

async function start() {
  t = testApp();
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Revisit Ready</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tempDir(), 'secret.txt'), 'secret');
  host = await startWebHost({ app: t.app, staticDir });
  return host;
}

/** A raw request, so the Host header and path are exactly what we say. */
function raw(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host!.port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${host!.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const post = (method: string, input: unknown, token = host!.token) =>
  raw({ method: 'POST', path: `/api/${method}`, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });

describe('web host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying a long random token', async () => {
    const h = await start();
    expect(h.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`);
    expect(h.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers 401 and does nothing without the token, or with a wrong one', async () => {
    await start();
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: `Basic ${host!.token}` }] as Record<string, string>[]) {
      const r = await raw({ method: 'POST', path: '/api/library/create', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ name: 'Sneaky' }) });
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    }
    // A token in the query string is not enough for a POST.
    const q = await raw({ method: 'POST', path: `/api/library/create?token=${host!.token}`, headers: { 'Content-Type': 'application/json' }, body: '{"name":"Sneaky"}' });
    expect(q.status).toBe(401);
    expect((await post('app/state', {})).body).toContain('"library":null');
  });

  it('refuses other Host headers (DNS rebinding) and sends no CORS headers', async () => {
    await start();
    for (const Host of ['evil.example', `evil.example:${host!.port}`, `127.0.0.1:${host!.port + 1}`, '127.0.0.1']) {
      const r = await raw({ path: '/', headers: { Host } });
      expect(r.status).toBe(403);
    }
    const ok = await raw({ path: '/', headers: { Host: `localhost:${host!.port}`, Origin: 'https://evil.example' } });
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.headers).filter((h) => h.startsWith('access-control'))).toEqual([]);
    expect(ok.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('carries the dispatcher: results, and errors as {ok:false} with a fitting status', async () => {
    await start();
    const created = await post('library/create', { name: 'Webshire' });
    expect(created.status).toBe(200);
    const bad = await post('areas/create', { code: '', title: 'x', weakness: 'y' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toEqual({ code: 'invalid-input', message: 'code: must not be empty' });
    const unknown = await post('areas/explode', {});
    expect(unknown.status).toBe(404);
    const notJson = await raw({ method: 'POST', path: '/api/areas/list', headers: { Authorization: `Bearer ${host!.token}`, 'Content-Type': 'application/json' }, body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/not valid JSON/);
  });

  it('uploads a file, attaches it, and serves it back only with the token', async () => {
    await start();
    await post('library/create', { name: 'Webshire' });
    const item = JSON.parse((await post('evidence/create', { title: 'Minutes' })).body).value;
    const up = await raw({ method: 'PUT', path: '/api/upload?name=minutes.txt', headers: { Authorization: `Bearer ${host!.token}` }, body: 'The board met.' });
    const staged = JSON.parse(up.body).value;
    const attached = JSON.parse((await post('evidence/addFile', { evidenceId: item.id, uploadId: staged.uploadId, name: 'minutes.txt' })).body).value;
    const fileId = attached.files[0].id;
    expect((await raw({ path: `/api/files/${fileId}` })).status).toBe(401);
    const got = await raw({ path: `/api/files/${fileId}?token=${host!.token}&download=1` });
    expect(got.status).toBe(200);
    expect(got.body).toBe('The board met.');
    expect(got.headers['content-disposition']).toContain('attachment; filename="minutes.txt"');
    expect(got.headers['content-type']).toBe('application/octet-stream');
  });

  it('never serves a file outside the built app, however the path is spelled', async () => {
    await start();
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      const r = await raw({ path });
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('root:');
    }
    expect((await raw({ path: '/assets/app.js' })).body).toBe('console.log(1)');
    expect((await raw({ path: '/assets/missing.js' })).status).toBe(404);
    const backup = await raw({ path: `/api/backups/..%2f..%2fsecret.txt?token=${host!.token}` });
    expect(backup.status).toBe(404);
  });

  it('downloads a pack written to the Exports folder by name only, and nothing else', async () => {
    await start();
    await post('library/create', { name: 'Brackenford' });
    const written = JSON.parse((await post('export/write', { format: 'html' })).body);
    expect(written.ok).toBe(true);
    const path: string = written.value.path;
    expect(path.startsWith(join(t!.dataRoot, 'Exports'))).toBe(true);
    const name = path.slice(join(t!.dataRoot, 'Exports').length + 1);
    expect(name).toMatch(/^Brackenford evidence pack \d{4}-\d{2}-\d{2}\.html$/);

    const url = `/api/exports/${encodeURIComponent(name)}`;
    expect((await raw({ path: url })).status).toBe(401);
    const got = await raw({ path: `${url}?token=${host!.token}` });
    expect(got.status).toBe(200);
    expect(got.body).toContain('Joint local area SEND revisit: evidence pack — Brackenford');
    expect(got.headers['content-disposition']).toContain('attachment;');
    expect(got.headers['content-type']).toBe('application/octet-stream');

    // Beside the Exports folder: a file a traversal would reach, and a hidden one inside it.
    writeFileSync(join(t!.dataRoot, 'secret.zip'), 'secret');
    writeFileSync(join(t!.dataRoot, 'Exports', '.hidden.html'), 'secret');
    writeFileSync(join(t!.dataRoot, 'Exports', 'notes.txt'), 'secret');
    for (const bad of ['..%2fsecret.zip', '..%2F..%2Fsecret.zip', '%2e%2e%5csecret.zip', '.hidden.html', 'notes.txt', 'missing.zip', '%E0%A4%A', '']) {
      const r = await raw({ path: `/api/exports/${bad}?token=${host!.token}` });
      expect(r.status, bad).toBe(404);
      expect(r.body).not.toContain('secret');
    }
  });
});
