/** Wires `revisit:invoke` to the core. The checks live in invoke.ts. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from './channels.ts';
import { handleInvoke, type Dispatcher, type ShellMethods } from './invoke.ts';

export function registerIpc(ipcMain: IpcMain, core: Dispatcher, appOrigin: string, shell: ShellMethods = {}): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    return handleInvoke(core, appOrigin, {
      frameUrl: frame?.url,
      isMainFrame: frame !== null && frame.parent === null,
      method,
      input,
    }, shell);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
