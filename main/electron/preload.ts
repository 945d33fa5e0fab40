/**
 * The renderer's only door to the main process: `window.revisit.invoke` and
 * `window.revisit.on`. Runs sandboxed, so it is bundled to one CommonJS file whose only
 * import is 'electron'. Callbacks never receive Electron's event object.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL, MENU_CHANNEL, MENU_EVENT_NAME } from './channels.ts';

type Listener = (payload: unknown) => void;

function isCoreEvent(value: unknown): value is { name: string; payload: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}

const api = {
  invoke(method: string, input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
  /**
   * `on('menu', cb)`: cb(MenuMessage) for native menu actions.
   * `on(eventName, cb)`: cb(payload) for core events of that name.
   * Returns the function that unsubscribes.
   */
  on(eventName: string, callback: Listener): () => void {
    if (typeof eventName !== 'string' || typeof callback !== 'function') {
      throw new TypeError('on(eventName, callback) needs an event name and a function.');
    }
    if (eventName === MENU_EVENT_NAME) {
      const listener = (_event: IpcRendererEvent, message: unknown) => callback(message);
      ipcRenderer.on(MENU_CHANNEL, listener);
      return () => {
        ipcRenderer.removeListener(MENU_CHANNEL, listener);
      };
    }
    const listener = (_event: IpcRendererEvent, event: unknown) => {
      if (isCoreEvent(event) && event.name === eventName) callback(event.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('revisit', api);
