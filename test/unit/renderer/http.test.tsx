import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, ApiError, setTransport } from '../../../renderer/api/client.ts';
import { createHttpTransport, takeToken, TOKEN_KEY } from '../../../renderer/api/http.ts';
import { App } from '../../../renderer/App.tsx';
import { resetStores } from './helpers/render.tsx';

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the HTTP transport', () => {
  it('keeps the token for this tab and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123&x=1#top');
    expect(takeToken(window)).toBe('abc123');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('abc123');
    expect(window.location.search).toBe('?x=1');
    expect(window.location.hash).toBe('#top');
    // Reloading the page (no token in the address) still finds it.
    expect(takeToken(window)).toBe('abc123');
  });

  it('posts JSON with the bearer token and unwraps the Result, reading the body even on an error status', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const fetchFake = (async (url: string, init?: RequestInit) => {
      seen.push({ url, init });
      if (url.endsWith('/api/areas/list')) return new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 });
      return new Response(JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'title: must not be empty' } }), {
        status: 400,
      });
    }) as typeof fetch;
    setTransport(createHttpTransport({ token: 'T1', fetch: fetchFake }));
    expect(await api.call('areas/list', {})).toEqual([]);
    expect(seen[0]?.init?.method).toBe('POST');
    expect((seen[0]?.init?.headers as Record<string, string>)['Authorization']).toBe('Bearer T1');
    expect(seen[0]?.init?.body).toBe('{}');

    const failure = await api.call('evidence/update', { id: 'e1', title: '' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).code).toBe('invalid-input');
    expect((failure as ApiError).message).toBe('title: must not be empty');
  });

  it('builds file and backup links carrying the token', () => {
    const t = createHttpTransport({ token: 'T 2' });
    expect(t.fileUrl('f1', false)).toBe('/api/files/f1?token=T%202');
    expect(t.fileUrl('f1', true)).toBe('/api/files/f1?token=T%202&download=1');
    expect(t.backupUrl('/data/Backups/Walsall 2024-01-01.revisit-backup')).toBe(
      '/api/backups/Walsall%202024-01-01.revisit-backup?token=T%202',
    );
  });

  it('shows a full-page message when the address has no valid token (401)', async () => {
    const fetchFake = (async () =>
      new Response(JSON.stringify({ ok: false, error: { code: 'unauthorised', message: 'no token' } }), { status: 401 })) as typeof fetch;
    resetStores();
    setTransport(createHttpTransport({ token: null, fetch: fetchFake }));
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'This address is missing its access token' })).toBeTruthy();
    expect(screen.getByText(/Open the address printed by/).textContent).toContain('revisit serve');
  });
});
