import { join } from 'node:path';

export const productName = 'Revisit Ready';

/**
 * The per-user data folder, matching Electron's `app.getPath('userData')` for this
 * product name, so the CLI and the desktop app find the same library.
 */
export function defaultDataRoot(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
): string {
  switch (platform) {
    case 'win32':
      return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), productName);
    case 'darwin':
      return join(home, 'Library', 'Application Support', productName);
    default:
      return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), productName);
  }
}

export const defaultLibraryPath = (dataRoot: string) => join(dataRoot, 'Library');
export const backupsFolder = (dataRoot: string) => join(dataRoot, 'Backups');
export const exampleCopyPath = (dataRoot: string) => join(dataRoot, 'Example library (copy)');
/** Where packs exported without a chosen path go (and where the web host serves them from). */
export const exportsFolder = (dataRoot: string) => join(dataRoot, 'Exports');
/** Compiled code of the app's modules, kept between runs to start faster (see code-cache.ts). */
export const codeCacheFolder = (dataRoot: string) => join(dataRoot, 'Code cache');
