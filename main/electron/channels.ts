/**
 * IPC channel names and the messages that travel on them. Shared by the main process
 * and the preload (the preload bundle inlines these constants), so both sides agree.
 */
import type { Result } from '../../shared/errors.ts';

/** Renderer → main: `invoke(method, input)` answered with a Result. */
export const INVOKE_CHANNEL = 'revisit:invoke';
/** Main → renderer: a core event `{ name, payload }`. */
export const EVENT_CHANNEL = 'revisit:event';
/** Main → renderer: a menu action, see MenuMessage. */
export const MENU_CHANNEL = 'revisit:menu';
/** The event name the renderer uses for menu messages: `window.revisit.on('menu', cb)`. */
export const MENU_EVENT_NAME = 'menu';

/** Actions the native menu hands to the renderer (the ids renderer/api/transport.ts expects). */
export type MenuAction =
  | 'new-evidence'
  | 'new-area'
  | 'open-example'
  | 'backup'
  | 'restore'
  | 'check'
  | 'close-library'
  | 'about';

/**
 * What `on('menu', cb)` receives. `result` is present only for the actions the main
 * process carries out itself (back up, restore) after the user chose a file.
 */
export interface MenuMessage {
  action: MenuAction;
  result?: Result<unknown>;
}
