// Checks the BUILT Electron main bundle without Electron (whose binary cannot be
// downloaded on the build machines): loads dist/electron/main.cjs with a minimal
// stand-in for the 'electron' module, then calls revisit:invoke through the real
// bundled core. Proves the bundle loads and is wired; says nothing about Electron itself.
// Run after `npm run build:electron`: node scripts/check-electron-bundle.js
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const appData = fs.mkdtempSync(path.join(os.tmpdir(), 'revisit-bundle-check-'));
let markReady;
const whenReady = new Promise((resolve) => (markReady = resolve));
const paths = { appData };
const handlers = {};
const sent = [];
const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  setName() {},
  setPath: (name, value) => (paths[name] = value),
  getPath: (name) => paths[name],
  getAppPath: () => repoRoot,
  setAppUserModelId() {},
  enableSandbox() {},
  requestSingleInstanceLock: () => true,
  whenReady: () => whenReady,
  quit() {},
  exit() {},
});
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), { send: (channel, message) => sent.push([channel, message]) });
  }
  loadURL() {
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  show() {}
}
const errors = [];
const fake = {
  app,
  BrowserWindow,
  ipcMain: { handle: (channel, handler) => (handlers[channel] = handler) },
  session: {
    defaultSession: {
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      webRequest: { onHeadersReceived() {} },
    },
  },
  protocol: { registerSchemesAsPrivileged() {}, handle() {} },
  shell: {},
  dialog: { showErrorBox: (title, message) => errors.push(`${title}: ${message}`) },
  Menu: { setApplicationMenu() {}, buildFromTemplate: (template) => template },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? fake : load.call(this, request, ...rest);
};

async function main() {
  createRequire(import.meta.url)(path.join(repoRoot, 'dist', 'electron', 'main.cjs'));
  markReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(errors, [], 'the app showed a start-up error');
  const invoke = handlers['revisit:invoke'];
  assert.equal(typeof invoke, 'function', 'revisit:invoke is registered');
  const own = { senderFrame: { url: 'app://renderer/index.html', parent: null } };
  const state = await invoke(own, 'app/state', {});
  assert.equal(state.ok, true, `app/state answered ${JSON.stringify(state)}`);
  const unknown = await invoke(own, 'no/such', {});
  assert.equal(unknown.ok === false && unknown.error.code, 'unknown-method');
  const evil = await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'app/state', {});
  assert.equal(evil.ok, false, 'an untrusted sender is refused');
  app.emit('will-quit');
  console.log('dist/electron/main.cjs loads, creates the core and answers revisit:invoke.');
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(appData, { recursive: true, force: true }));
