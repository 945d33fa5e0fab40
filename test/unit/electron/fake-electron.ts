/**
 * A stand-in for the 'electron' module, enough for main.ts to run its wiring under
 * vitest. It records what the shell asked Electron to do; it does not pretend to be a
 * browser. (The real Electron binary cannot be downloaded on the build machines.)
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (...args: any[]) => any;

export class FakeWebContents extends EventEmitter {
  send = vi.fn();
  windowOpenHandler: Handler | null = null;
  setWindowOpenHandler(handler: Handler) {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron(options: { appPath: string; appData: string; gotLock?: boolean }) {
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const paths: Record<string, string> = { appData: options.appData, userData: `${options.appData}/revisit-ready` };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setName: vi.fn(),
    setPath: vi.fn((name: string, value: string) => {
      paths[name] = value;
    }),
    getPath: vi.fn((name: string) => paths[name] ?? `/fake/${name}`),
    getAppPath: vi.fn(() => options.appPath),
    setAppUserModelId: vi.fn(),
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    whenReady: vi.fn(() => ready),
    quit: vi.fn(),
    exit: vi.fn(),
  });

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    options: unknown;
    webContents = new FakeWebContents();
    destroyed = false;
    minimized = false;
    loadURL = vi.fn(async (_url: string) => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    constructor(windowOptions: unknown) {
      super();
      this.options = windowOptions;
      windows.push(this);
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return this.minimized;
    }
  }

  const ipcHandlers = new Map<string, Handler>();
  const sessionHooks: Record<string, Handler> = {};
  const defaultSession = {
    setPermissionRequestHandler: vi.fn((h: Handler) => (sessionHooks['request'] = h)),
    setPermissionCheckHandler: vi.fn((h: Handler) => (sessionHooks['check'] = h)),
    setDevicePermissionHandler: vi.fn((h: Handler) => (sessionHooks['device'] = h)),
    webRequest: { onHeadersReceived: vi.fn((h: Handler) => (sessionHooks['headers'] = h)) },
  };
  const protocolHandlers = new Map<string, Handler>();

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: vi.fn((channel: string, h: Handler) => ipcHandlers.set(channel, h)),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    session: { defaultSession },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, h: Handler) => protocolHandlers.set(scheme, h)),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
  };

  return { electron, resolveReady, windows, ipcHandlers, sessionHooks, protocolHandlers };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
