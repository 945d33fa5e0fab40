import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LibraryInputs } from '../../../shared/api/library.ts';
import type { LibraryInfo } from '../../../shared/schemas/library.ts';
import { CoreError } from '../errors.ts';
import { buildExampleLibrary } from '../example/load.ts';
import type { HandlersFor } from '../handler.ts';
import { indexUnreadFiles } from '../ingest/index-files.ts';
import { newId } from '../ids.ts';
import { backupsFolder, defaultLibraryPath, exampleCopyPath } from '../paths.ts';
import type { Session } from '../session.ts';
import { backupFileName, backupLibrary, fileStamp, nameSafe } from './backup.ts';
import { checkLibrary } from './check.ts';
import { insertDetails, updateDetails } from './details.ts';
import { isLibraryFolder, Library } from './library.ts';
import { mergeBackup, undoMerge } from './merge.ts';
import { rememberLibrary } from './recent.ts';
import { type BackedUpLibrary, restoreLibrary } from './restore.ts';

const changed = (s: Session, reason: string) => s.env.emit('library/changed', { reason });

/**
 * A folder name for a restored library, saying whose library it is ("Brackenford (Priya Shah)
 * restored 2024-07-03 0900"), that does not clash with anything there.
 */
function restoredFolderName(dataRoot: string, now: Date, library: BackedUpLibrary | null) {
  const who = nameSafe(library?.userName ?? '', '');
  const base = `${nameSafe(library?.name ?? '', 'Library')}${who ? ` (${who})` : ''} restored ${fileStamp(now)}`;
  let name = base;
  for (let i = 2; existsSync(join(dataRoot, name)); i++) name = `${base} (${i})`;
  return name;
}

/** Adds a library the user opened to the start screen's recent list; a list that cannot be written is only logged. */
function remembered(s: Session, info: LibraryInfo): LibraryInfo {
  try {
    rememberLibrary(s.env.dataRoot, { path: info.path, name: info.details.name }, s.now);
  } catch (e) {
    s.env.logger.warn('the list of recent libraries could not be written', { error: String(e) });
  }
  return info;
}

/** The backup file named (a path), or uploaded (taken from staging, and removed by `cleanup`). */
function backupFileOf(input: { backupPath?: string | undefined; uploadId?: string | undefined }, s: Session) {
  let file = input.backupPath ? resolve(input.backupPath) : undefined;
  let cleanup: (() => void) | undefined;
  if (input.uploadId) {
    const taken = s.stagingOf(input.uploadId).take(input.uploadId);
    file = taken.tmp;
    cleanup = () => rmSync(taken.tmp, { force: true });
  }
  if (!file || !existsSync(file)) throw new CoreError('not-found', `There is no backup file at ${file ?? 'that place'}.`);
  return { file, cleanup };
}

export const libraryHandlers: HandlersFor<LibraryInputs> = {
  'app/state': (_, s) => s.state(),

  'library/create': (input, s) => {
    const { path, ...details } = input;
    const lib = Library.create(resolve(path ?? s.defaultPath()), (db) => insertDetails(db, details, s.now));
    s.pendingPath = null;
    return remembered(s, s.adopt(lib));
  },
  'library/open': (input, s) => remembered(s, s.open(input.path)),
  'library/openExample': async (input, s) => {
    const target = exampleCopyPath(s.env.dataRoot);
    // The copy is the user's practice work: open it as they left it, unless they asked to start again.
    if (!input.startAgain && isLibraryFolder(target)) {
      if (s.isExample) return s.info();
      try {
        return s.open(target);
      } catch (e) {
        throw new CoreError(
          'internal',
          `The copy of the example library could not be opened${e instanceof CoreError ? `: ${e.message}` : '.'} Choose “Start the example again” to make a fresh copy.`,
        );
      }
    }
    const building = join(dirname(target), `.example-${newId()}`);
    try {
      const lib = await buildExampleLibrary(join(s.env.resourcesDir, 'example'), building, s.now);
      lib.close();
      if (s.isExample) s.close();
      rmSync(target, { recursive: true, force: true });
      renameSync(building, target);
    } catch (e) {
      rmSync(building, { recursive: true, force: true });
      throw e;
    }
    const info = s.open(target);
    await indexUnreadFiles(s); // so that search finds words in the example's files at once
    return info;
  },
  'library/exampleState': (_, s) => ({ copyExists: isLibraryFolder(exampleCopyPath(s.env.dataRoot)) }),
  'library/close': (_, s) => {
    s.close();
    changed(s, 'closed');
    return s.state();
  },
  'library/update': (input, s) => {
    updateDetails(s.requireLibrary().db, input);
    changed(s, 'details');
    return s.info();
  },
  'library/check': (_, s) => checkLibrary(s.requireLibrary()),
  'library/backup': (input, s) => {
    const lib = s.requireLibrary();
    const target = input.path ? resolve(input.path) : join(backupsFolder(s.env.dataRoot), backupFileName(s.info().details.name, s.now));
    return backupLibrary(lib, target, s.now);
  },
  'library/merge': async (input, s) => {
    const lib = s.requireLibrary();
    const { file, cleanup } = backupFileOf(input, s);
    try {
      const report = await mergeBackup(lib, file);
      changed(s, 'merge');
      return report;
    } finally {
      cleanup?.();
    }
  },
  'library/undoMerge': (input, s) => {
    const counts = undoMerge(s.requireLibrary(), input);
    changed(s, 'merge');
    return counts;
  },
  'library/restore': async (input, s) => {
    const { file, cleanup } = backupFileOf(input, s);
    const root = s.env.dataRoot;
    const into = input.path
      ? { target: resolve(input.path) }
      : isLibraryFolder(defaultLibraryPath(root))
        ? { parent: root, name: (library: BackedUpLibrary | null) => restoredFolderName(root, s.now, library) }
        : { target: defaultLibraryPath(root) };
    let restored;
    try {
      restored = await restoreLibrary(file, into);
    } finally {
      cleanup?.();
    }
    return remembered(s, s.open(restored.path));
  },
};
