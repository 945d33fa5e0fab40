/** Where the shell finds its files, and which library to open at start. Pure. */
import path from 'node:path';

export interface ShellPathsInput {
  isPackaged: boolean;
  /** app.getAppPath(): the repository root in development, the app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: the folder holding app.asar and the extra resources. */
  resourcesPath: string;
}

export interface ShellPaths {
  rendererDir: string;
  preloadPath: string;
  /** The script of the import's worker threads, built beside the main bundle. */
  extractWorkerPath: string;
  resourcesDir: string;
}

export function shellPaths({ isPackaged, appPath, resourcesPath }: ShellPathsInput): ShellPaths {
  return {
    rendererDir: path.join(appPath, 'dist', 'renderer'),
    preloadPath: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    extractWorkerPath: path.join(appPath, 'dist', 'electron', 'extract-worker.cjs'),
    // Packaged: electron-builder's extraResources copies resources/ beside app.asar.
    resourcesDir: isPackaged ? path.join(resourcesPath, 'resources') : path.join(appPath, 'resources'),
  };
}

/** The per-user data folder's name under the OS's application-data folder. */
export const USER_DATA_FOLDER = 'Revisit Ready';

/**
 * The library folder to open at start: `--library <folder>` or `--library=<folder>` on
 * the command line, else REVISIT_LIBRARY, else undefined (the core's default).
 */
export function libraryOverride(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--library') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) return next;
    } else if (arg?.startsWith('--library=')) {
      const value = arg.slice('--library='.length);
      if (value !== '') return value;
    }
  }
  const fromEnv = env['REVISIT_LIBRARY'];
  return fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : undefined;
}
