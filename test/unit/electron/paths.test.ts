import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryOverride, shellPaths } from '../../../main/electron/paths.ts';
import { backupFileName } from '../../../main/electron/backup-dialog.ts';

describe('shellPaths', () => {
  it('in development uses the repository’s dist/ and resources/', () => {
    expect(shellPaths({ isPackaged: false, appPath: '/repo', resourcesPath: '/electron/resources' })).toEqual({
      rendererDir: path.join('/repo', 'dist', 'renderer'),
      preloadPath: path.join('/repo', 'dist', 'electron', 'preload.cjs'),
      extractWorkerPath: path.join('/repo', 'dist', 'electron', 'extract-worker.cjs'),
      resourcesDir: path.join('/repo', 'resources'),
    });
  });

  it('when packaged reads resources from beside app.asar', () => {
    const paths = shellPaths({
      isPackaged: true,
      appPath: '/opt/Revisit Ready/resources/app.asar',
      resourcesPath: '/opt/Revisit Ready/resources',
    });
    expect(paths.resourcesDir).toBe(path.join('/opt/Revisit Ready/resources', 'resources'));
    expect(paths.rendererDir).toBe(path.join('/opt/Revisit Ready/resources/app.asar', 'dist', 'renderer'));
    // Electron lets worker threads load their script from inside app.asar.
    expect(paths.extractWorkerPath).toBe(path.join('/opt/Revisit Ready/resources/app.asar', 'dist', 'electron', 'extract-worker.cjs'));
  });
});

describe('libraryOverride', () => {
  it('reads --library <folder>', () => {
    expect(libraryOverride(['/usr/bin/electron', '.', '--library', '/data/lib'], {})).toBe('/data/lib');
  });

  it('reads --library=<folder>', () => {
    expect(libraryOverride(['app', '--library=/data/My Library'], {})).toBe('/data/My Library');
  });

  it('prefers the command line to REVISIT_LIBRARY', () => {
    expect(libraryOverride(['app', '--library', '/cli'], { REVISIT_LIBRARY: '/env' })).toBe('/cli');
  });

  it('falls back to REVISIT_LIBRARY', () => {
    expect(libraryOverride(['app'], { REVISIT_LIBRARY: '/env' })).toBe('/env');
  });

  it('ignores a --library with no folder after it, and a blank variable', () => {
    expect(libraryOverride(['app', '--library'], {})).toBeUndefined();
    expect(libraryOverride(['app', '--library', '--inspect'], { REVISIT_LIBRARY: '  ' })).toBeUndefined();
    expect(libraryOverride(['app', '--library='], {})).toBeUndefined();
  });
});

describe('backupFileName', () => {
  it('names the backup by local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 30))).toBe('Revisit Ready backup 2026-01-05.revisit-backup');
  });
});
