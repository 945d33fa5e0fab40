/**
 * The native menu as data. Pure: the actions arrive as callbacks, so the template can be
 * tested without Electron (only Electron's types are imported).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from './channels.ts';

export interface MenuOptions {
  isMac: boolean;
  /** Development build: adds Reload and developer tools to View. */
  isDev: boolean;
  appName: string;
}

export interface MenuHandlers {
  /** Hands an action to the renderer (webContents.send('revisit:menu', …)). */
  send(action: MenuAction): void;
  /** Asks where to save a backup, then makes it (in the main process). */
  backup(): void;
  /** Asks for a backup file, then restores it (in the main process). */
  restore(): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(options: MenuOptions, handlers: MenuHandlers): MenuItemConstructorOptions[] {
  const toRenderer = (id: MenuAction, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => handlers.send(id),
  });

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      toRenderer('new-evidence', 'New evidence item', 'CmdOrCtrl+N'),
      toRenderer('new-area', 'New area of concern', 'CmdOrCtrl+Shift+N'),
      separator,
      toRenderer('open-example', 'Open the example library'),
      separator,
      { id: 'backup', label: 'Back up library…', click: () => handlers.backup() },
      { id: 'restore', label: 'Restore from backup…', click: () => handlers.restore() },
      toRenderer('check', 'Check library'),
      separator,
      toRenderer('close-library', 'Close library'),
      // On macOS, Quit lives in the application menu.
      ...(options.isMac ? [] : [separator, { id: 'quit', role: 'quit', label: 'Quit' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(options.isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [toRenderer('about', `About ${options.appName}`)],
  };

  const appMenu: MenuItemConstructorOptions[] = options.isMac ? [{ label: options.appName, role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}
