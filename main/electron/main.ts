/**
 * The Electron entry: one instance, one hardened window showing the built renderer over
 * app://, and the core behind `revisit:invoke`. Decisions live in the small pure files
 * beside this one; this file only wires them to Electron.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { createApp, type App } from '../core/app.ts';
import { EVENT_CHANNEL } from './channels.ts';
import { hardenSession, hardenWebContents } from './harden.ts';
import { registerIpc } from './ipc.ts';
import { exportsFolder } from '../core/paths.ts';
import { SAVE_EXPORT_METHOD, saveExportCopy } from './save-export.ts';
import { installMenu } from './menu.ts';
import { libraryOverride, shellPaths, USER_DATA_FOLDER, type ShellPaths } from './paths.ts';
import { APP_INDEX_URL, APP_ORIGIN } from './protocol-path.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { windowOptions } from './window-options.ts';

const APP_NAME = 'Revisit Ready';

// Before 'ready': the name and data folder (the same in development and when packaged),
// the sandbox for every renderer, the language, and the privileged app:// scheme.
app.setName(APP_NAME);
app.setPath('userData', path.join(app.getPath('appData'), USER_DATA_FOLDER));
if (process.platform === 'win32') app.setAppUserModelId('uk.revisitready.app');
app.enableSandbox();
// UK dates in the page's own date fields (dd/mm/yyyy), whatever the computer's language.
app.commandLine.appendSwitch('lang', 'en-GB');
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let core: App | null = null;

function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openExternal(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error('Could not open the link in the browser:', error));
}

function createWindow(paths: ShellPaths): BrowserWindow {
  const window = new BrowserWindow(windowOptions({ preloadPath: paths.preloadPath, devTools: !app.isPackaged }));
  window.once('ready-to-show', () => window.show());
  // Show the window even if the page failed to load, rather than leave nothing on screen.
  window.webContents.once('did-fail-load', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_INDEX_URL).catch((error: unknown) => console.error('Could not load the app:', error));
  return window;
}

function closeCore(): void {
  const current = core;
  core = null;
  current?.close();
}

async function start(): Promise<void> {
  await app.whenReady();
  const paths = shellPaths({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  const libraryPath = libraryOverride(process.argv.slice(1), process.env);
  let created: App;
  try {
    created = createApp({
      dataRoot: app.getPath('userData'),
      resourcesDir: paths.resourcesDir,
      extractWorkerUrl: pathToFileURL(paths.extractWorkerPath),
      ...(libraryPath === undefined ? {} : { libraryPath }),
    });
  } catch (error) {
    console.error(error);
    dialog.showErrorBox(
      'Revisit Ready could not start',
      'Revisit Ready could not open its data folder, so it will close. Restart the computer and try again.',
    );
    app.quit();
    return;
  }
  core = created;

  hardenSession(session.defaultSession);
  serveRenderer(paths.rendererDir, created);
  const dataRoot = app.getPath('userData');
  registerIpc(ipcMain, created, APP_ORIGIN, {
    [SAVE_EXPORT_METHOD]: (input) =>
      saveExportCopy(exportsFolder(dataRoot), input, async (suggestedName) => {
        const options = { title: 'Save the evidence pack', defaultPath: path.join(app.getPath('documents'), suggestedName) };
        const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return choice.canceled || !choice.filePath ? null : choice.filePath;
      }),
  });
  created.onEvent((event) => {
    if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
  });
  installMenu({ core: created, getWindow: () => mainWindow, isDev: !app.isPackaged, appName: APP_NAME });

  mainWindow = createWindow(paths);
  app.on('activate', () => {
    if (mainWindow === null && core !== null) mainWindow = createWindow(paths);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Revisit Ready is running: it gets 'second-instance' and comes to the front.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, APP_ORIGIN, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', closeCore);
  start().catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox('Revisit Ready could not start', 'Something went wrong while starting, so Revisit Ready will close.');
    app.exit(1);
  });
}
