/** Installs the native menu and carries out the actions the main process owns. */
import { dialog, Menu, type BrowserWindow } from 'electron';
import { fail, type Result } from '../../shared/errors.ts';
import { MENU_CHANNEL, type MenuMessage } from './channels.ts';
import type { Dispatcher } from './invoke.ts';
import { backupFileName, BACKUP_FILTERS } from './backup-dialog.ts';
import { menuTemplate } from './menu-template.ts';

export interface MenuContext {
  core: Dispatcher;
  getWindow(): BrowserWindow | null;
  isDev: boolean;
  appName: string;
}

function sendMenu(window: BrowserWindow | null, message: MenuMessage): void {
  if (window !== null && !window.isDestroyed()) window.webContents.send(MENU_CHANNEL, message);
}

async function safeDispatch(core: Dispatcher, method: string, input: unknown): Promise<Result<unknown>> {
  try {
    return await core.dispatch(method, input);
  } catch {
    return fail('internal', 'Something went wrong inside Revisit Ready. Nothing was changed; try again.');
  }
}

async function backup(context: MenuContext): Promise<void> {
  const window = context.getWindow();
  const options = { title: 'Back up library', defaultPath: backupFileName(new Date()), filters: BACKUP_FILTERS };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  const result = await safeDispatch(context.core, 'library/backup', { path: choice.filePath });
  sendMenu(context.getWindow(), { action: 'backup', result });
}

async function restore(context: MenuContext): Promise<void> {
  const window = context.getWindow();
  const options = {
    title: 'Restore from backup',
    properties: ['openFile'] as Array<'openFile'>,
    filters: [...BACKUP_FILTERS, { name: 'All files', extensions: ['*'] }],
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const backupPath = choice.filePaths[0];
  if (choice.canceled || backupPath === undefined) return;
  const result = await safeDispatch(context.core, 'library/restore', { backupPath });
  sendMenu(context.getWindow(), { action: 'restore', result });
}

export function installMenu(context: MenuContext): void {
  const template = menuTemplate(
    { isMac: process.platform === 'darwin', isDev: context.isDev, appName: context.appName },
    {
      send: (action) => sendMenu(context.getWindow(), { action }),
      backup: () => void backup(context),
      restore: () => void restore(context),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
