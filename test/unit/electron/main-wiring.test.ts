/**
 * main.ts against a recording stand-in for Electron (see fake-electron.ts) and a fake
 * core: checks the order and content of the wiring, not Electron itself.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../main/electron/csp.ts';
import { createFakeElectron, FakeWebContents } from './fake-electron.ts';

const appPath = mkdtempSync(path.join(tmpdir(), 'revisit-shell-'));
mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Revisit Ready</title>');
writeFileSync(path.join(appPath, 'secret.txt'), 'outside the renderer folder');
afterAll(() => rmSync(appPath, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.doUnmock('electron');
  vi.doUnmock('../../../main/core/app.ts');
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function boot({ gotLock = true, library }: { gotLock?: boolean; library?: string } = {}) {
  vi.resetModules();
  const fake = createFakeElectron({ appPath, appData: '/home/officer/.config', gotLock });
  const listeners: Array<(event: unknown) => void> = [];
  const core = {
    dispatch: vi.fn(async (method: string) => ({ ok: true, value: { method } })),
    onEvent: vi.fn((listener: (event: unknown) => void) => {
      listeners.push(listener);
      return () => undefined;
    }),
    close: vi.fn(),
    session: {},
  };
  const createApp = vi.fn(() => core);
  vi.doMock('electron', () => fake.electron);
  vi.doMock('../../../main/core/app.ts', () => ({ createApp }));
  if (library === undefined) vi.stubEnv('REVISIT_LIBRARY', undefined);
  else vi.stubEnv('REVISIT_LIBRARY', library);
  await import('../../../main/electron/main.ts');
  const ready = async () => {
    fake.resolveReady();
    await flush();
  };
  return { fake, core, createApp, listeners, ready };
}

describe('main.ts before the app is ready', () => {
  it('registers app:// as privileged, turns on the sandbox everywhere, sets UK English and fixes the data folder, creating nothing yet', async () => {
    const { fake, createApp } = await boot();
    const { protocol, app } = fake.electron;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'en-GB');
    expect(app.setPath).toHaveBeenCalledWith('userData', path.join('/home/officer/.config', 'Revisit Ready'));
    expect(fake.windows).toHaveLength(0);
    expect(createApp).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    const { fake, createApp, ready } = await boot({ gotLock: false });
    await ready();
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(createApp).not.toHaveBeenCalled();
  });
});

describe('main.ts once ready', () => {
  it('creates the core on the data folder, resources, the bundled import worker and library override', async () => {
    const { createApp, ready } = await boot({ library: '/srv/Our Library' });
    await ready();
    expect(createApp).toHaveBeenCalledWith({
      dataRoot: path.join('/home/officer/.config', 'Revisit Ready'),
      resourcesDir: path.join(appPath, 'resources'),
      extractWorkerUrl: pathToFileURL(path.join(appPath, 'dist', 'electron', 'extract-worker.cjs')),
      libraryPath: '/srv/Our Library',
    });
  });

  it('opens one hardened window on the app:// page, shown only when ready', async () => {
    const { fake, ready } = await boot();
    await ready();
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
      },
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('answers revisit:invoke from the app page only', async () => {
    const { fake, core, ready } = await boot();
    await ready();
    const handler = fake.ipcHandlers.get('revisit:invoke');
    expect(handler).toBeDefined();
    const own = { senderFrame: { url: 'app://renderer/index.html', parent: null } };
    await expect(handler!(own, 'app/state', {})).resolves.toEqual({ ok: true, value: { method: 'app/state' } });
    const evil = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(handler!(evil, 'app/state', {})).resolves.toMatchObject({ ok: false });
    await expect(handler!({ senderFrame: null }, 'app/state', {})).resolves.toMatchObject({ ok: false });
    expect(core.dispatch).toHaveBeenCalledTimes(1);
  });

  it('forwards core events to the window on revisit:event', async () => {
    const { fake, listeners, ready } = await boot();
    await ready();
    const event = { name: 'library/changed', payload: { reason: 'restored' } };
    for (const listener of listeners) listener(event);
    expect(fake.windows[0]!.webContents.send).toHaveBeenCalledWith('revisit:event', event);
  });

  it('denies every permission and puts the CSP on every response', async () => {
    const { fake, ready } = await boot();
    await ready();
    const { sessionHooks } = fake;
    const callback = vi.fn();
    sessionHooks['request']!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(sessionHooks['check']!(null, 'clipboard-read')).toBe(false);
    expect(sessionHooks['device']!({})).toBe(false);
    const headersCallback = vi.fn();
    sessionHooks['headers']!({ responseHeaders: { 'content-security-policy': ['default-src *'] } }, headersCallback);
    expect(headersCallback).toHaveBeenCalledWith({
      responseHeaders: expect.objectContaining({ 'Content-Security-Policy': [contentSecurityPolicy()] }),
    });
  });

  it('serves files from dist/renderer over app:// and nothing outside it', async () => {
    const { fake, ready } = await boot();
    await ready();
    const serve = fake.protocolHandlers.get('app')!;
    const index: Response = await serve(new Request('app://renderer/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await index.text()).toContain('<title>Revisit Ready</title>');
    expect((await serve(new Request('app://renderer/..%2f..%2fsecret.txt'))).status).toBe(404);
    expect((await serve(new Request('app://renderer/missing.js'))).status).toBe(404);
    expect((await serve(new Request('app://renderer/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('hardens every web contents: no new windows, safe links to the browser, no navigating away', async () => {
    const { fake, ready } = await boot();
    await ready();
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://www.gov.uk/' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.uk/');
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledTimes(1);

    const away = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    const inApp = { url: 'app://renderer/index.html#/areas', preventDefault: vi.fn() };
    contents.emit('will-navigate', inApp);
    expect(inApp.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('brings the window forward for a second instance', async () => {
    const { fake, ready } = await boot();
    await ready();
    const window = fake.windows[0]!;
    window.minimized = true;
    fake.electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('closes the core exactly once when quitting', async () => {
    const { fake, core, ready } = await boot();
    await ready();
    fake.electron.app.emit('will-quit');
    fake.electron.app.emit('will-quit');
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('installs the application menu', async () => {
    const { fake, ready } = await boot();
    await ready();
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as Array<{ label?: string }>;
    expect(template.map((m) => m.label)).toContain('File');
  });
});
