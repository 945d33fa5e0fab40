/**
 * The web host's defences: the per-run token (401 without it, and a clear page for a
 * person who opens the bare address), the Host header check against DNS rebinding
 * (403), no CORS, and stored files served so they cannot run script.
 */
import { request as httpRequest } from 'node:http';
import { test, expect, expectAccessible } from './host.ts';
import { attachViaApi, expectLibraryOpen, makePdf, openApp, originOf, seedLibrary, tokenOf, hrefOf } from './helpers.ts';

/** A raw HTTP request, so the Host header can be anything (browsers will not allow that). */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

test.describe('Security of the local web host', () => {
  test('the app keeps to its Content Security Policy: no violations while the example library opens', async ({ page, host }) => {
    await page.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' in ' + e.sourceFile));",
    });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open the example library' }).click();
    await expect(page.getByRole('grid', { name: 'Evidence list' }).getByRole('row').nth(1)).toBeVisible();
    await page.getByRole('button', { name: 'Readiness', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Readiness', level: 1 }).or(page.getByRole('heading', { name: 'Readiness' })).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the address without its token shows a clear page, and the API answers 401', async ({ page, host }) => {
    const origin = originOf(host);
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'This address is missing its access token' })).toBeVisible();
    await expect(page.getByText('Open the address printed by revisit serve again, in this browser.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create a library' })).toHaveCount(0);
    await expectAccessible(page, 'the missing token page');

    // API calls without the token, or with a wrong one, are refused.
    const bare = await page.request.post(`${origin}/api/app/state`, { data: {} });
    expect(bare.status()).toBe(401);
    expect(await bare.json()).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    const wrong = await page.request.post(`${origin}/api/app/state`, { data: {}, headers: { Authorization: 'Bearer not-the-token' } });
    expect(wrong.status()).toBe(401);
    const create = await page.request.post(`${origin}/api/library/create`, { data: { name: 'Intruder', partners: [] } });
    expect(create.status()).toBe(401);
    const events = await page.request.get(`${origin}/api/events?token=not-the-token`);
    expect(events.status()).toBe(401);
    // A POST cannot carry the token in the address: only GETs that cannot set headers may.
    const inQuery = await page.request.post(`${origin}/api/app/state?token=${tokenOf(host)}`, { data: {} });
    expect(inQuery.status()).toBe(401);

    // With the token, the same call works, and nothing was created by the refused one.
    const good = await page.request.post(`${origin}/api/app/state`, { data: {}, headers: { Authorization: `Bearer ${tokenOf(host)}` } });
    expect(good.status()).toBe(200);
    expect(await good.json()).toMatchObject({ ok: true, value: { library: null, defaultLibraryExists: false } });
  });

  test('the token is taken out of the address bar once the app has it', async ({ page, host }) => {
    await openApp(page, host);
    await expect(page.getByRole('heading', { level: 1, name: 'Revisit Ready' })).toBeVisible();
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    // A reload in the same tab still works (the token is kept for the tab).
    await page.reload();
    await expect(page.getByRole('button', { name: 'Create a library', exact: true })).toBeVisible();
  });

  test('requests with another Host header are refused with 403', async ({ host }) => {
    const origin = originOf(host);
    const port = new URL(origin).port;
    const auth = { Authorization: `Bearer ${tokenOf(host)}`, 'Content-Type': 'application/json' };

    const rebound = await rawRequest(`${origin}/api/app/state`, { method: 'POST', headers: { ...auth, Host: `evil.example:${port}` }, body: '{}' });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('"ok":true');
    const page = await rawRequest(`${origin}/?token=${tokenOf(host)}`, { headers: { Host: `attacker.test:${port}` } });
    expect(page.status).toBe(403);
    const otherPort = await rawRequest(`${origin}/api/app/state`, {
      method: 'POST',
      headers: { ...auth, Host: `127.0.0.1:${Number(port) + 1}` },
      body: '{}',
    });
    expect(otherPort.status).toBe(403);

    // The loopback names on the right port are accepted.
    for (const name of ['127.0.0.1', 'localhost']) {
      const ok = await rawRequest(`${origin}/api/app/state`, { method: 'POST', headers: { ...auth, Host: `${name}:${port}` }, body: '{}' });
      expect(ok.status, `Host ${name}:${port}`).toBe(200);
    }
  });

  test('no CORS headers are sent, and stored files cannot run script', async ({ page, host }) => {
    const { itemIds } = await seedLibrary(host, { name: 'Walsall' }, [], [{ title: 'Web page' }]);
    await attachViaApi(host, itemIds['Web page']!, 'page.html', Buffer.from('<script>document.title="ran"</script>'));
    await attachViaApi(host, itemIds['Web page']!, 'audit.pdf', await makePdf('Audit'));
    await openApp(page, host);
    await expectLibraryOpen(page, 'Walsall');
    await page.getByRole('grid', { name: 'Evidence list' }).getByRole('rowheader', { name: 'Web page' }).click();

    const origin = originOf(host);
    const state = await page.request.post(`${origin}/api/app/state`, {
      data: {},
      headers: { Authorization: `Bearer ${tokenOf(host)}`, Origin: 'http://evil.example' },
    });
    expect(state.status()).toBe(200);
    expect(state.headers()['access-control-allow-origin']).toBeUndefined();

    const htmlHref = await hrefOf(page.getByRole('link', { name: 'Open page.html' }), page);
    const html = await page.request.get(htmlHref);
    expect(html.status()).toBe(200);
    // Not served as HTML, and sandboxed whatever the browser guesses.
    expect(html.headers()['content-type']).toBe('application/octet-stream');
    expect(html.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(html.headers()['x-content-type-options']).toBe('nosniff');
    expect(html.headers()['content-security-policy']).toMatch(/(^|;\s*)sandbox(;|$)/);

    const pdfHref = await hrefOf(page.getByRole('link', { name: 'Open audit.pdf' }), page);
    const pdf = await page.request.get(pdfHref);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-security-policy']).toMatch(/(^|;\s*)sandbox(;|$)/);
    // Without the token the file is refused.
    const noToken = await page.request.get(pdfHref.replace(/token=[^&]+/, 'token=wrong'));
    expect(noToken.status()).toBe(401);
  });
});
