import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Method, Output, ParsedInput } from '../../shared/contract.ts';
import { createArea, deleteArea, listAreas, moveArea, updateArea } from './areas/areas.ts';
import { CoreError } from './errors.ts';
import { attachStaged, removeEvidence, removeFile } from './evidence/attach.ts';
import { createEvidence, getEvidence, listEvidence, removeLink, setLink, updateEvidence } from './evidence/evidence.ts';
import { buildExampleLibrary } from './example/load.ts';
import { newId } from './ids.ts';
import { backupFileName, backupLibrary } from './library/backup.ts';
import { checkLibrary } from './library/check.ts';
import { insertDetails, updateDetails } from './library/details.ts';
import { isLibraryFolder, Library } from './library/library.ts';
import { restoreLibrary } from './library/restore.ts';
import { backupsFolder, defaultLibraryPath, exampleCopyPath } from './paths.ts';
import type { Session } from './session.ts';

export type Handlers = {
  [M in Method]: (input: ParsedInput<M>, s: Session) => Output<M> | Promise<Output<M>>;
};

const changed = (s: Session, reason: string) => s.env.emit('library/changed', { reason });

/** A folder name for a restored library that does not clash with anything there. */
function freshFolder(dataRoot: string, now: Date) {
  const stamp = now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '');
  let path = join(dataRoot, `Restored library ${stamp}`);
  for (let i = 2; existsSync(path); i++) path = join(dataRoot, `Restored library ${stamp} (${i})`);
  return path;
}

export const handlers: Handlers = {
  'app/state': (_, s) => s.state(),

  'library/create': (input, s) => {
    const { path, ...details } = input;
    const lib = Library.create(resolve(path ?? s.defaultPath()), (db) => insertDetails(db, details, s.now));
    s.pendingPath = null;
    return s.adopt(lib);
  },
  'library/open': (input, s) => s.open(input.path),
  'library/openExample': async (_, s) => {
    const target = exampleCopyPath(s.env.dataRoot);
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
    return s.open(target);
  },
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
  'library/restore': async (input, s) => {
    let file = input.backupPath ? resolve(input.backupPath) : undefined;
    let cleanup: (() => void) | undefined;
    if (input.uploadId) {
      const staging = s.stagingOf(input.uploadId);
      const taken = staging.take(input.uploadId);
      file = taken.tmp;
      cleanup = () => rmSync(taken.tmp, { force: true });
    }
    if (!file || !existsSync(file)) throw new CoreError('not-found', `There is no backup file at ${file ?? 'that place'}.`);
    const fallback = isLibraryFolder(defaultLibraryPath(s.env.dataRoot)) ? freshFolder(s.env.dataRoot, s.now) : defaultLibraryPath(s.env.dataRoot);
    const target = resolve(input.path ?? fallback);
    try {
      await restoreLibrary(file, target);
    } finally {
      cleanup?.();
    }
    return s.open(target);
  },

  'areas/list': (_, s) => listAreas(s.requireLibrary().db),
  'areas/create': (input, s) => createArea(s.requireLibrary().db, input, s.now),
  'areas/update': (input, s) => updateArea(s.requireLibrary().db, input, s.now),
  'areas/move': (input, s) => moveArea(s.requireLibrary().db, input.id, input.position),
  'areas/delete': (input, s) => deleteArea(s.requireLibrary().db, input.id),

  'evidence/list': (input, s) => listEvidence(s.requireLibrary().db, input),
  'evidence/get': (input, s) => getEvidence(s.requireLibrary().db, input.id),
  'evidence/create': (input, s) => createEvidence(s.requireLibrary().db, input, s.now, s.info().details.userName),
  'evidence/update': (input, s) => updateEvidence(s.requireLibrary().db, input, s.now),
  'evidence/delete': (input, s) => removeEvidence(s.requireLibrary(), input.id),
  'evidence/addFile': (input, s) => attachStaged(s.requireLibrary(), s.stagingOf(input.uploadId), input.evidenceId, input.uploadId, input.name, s.now),
  'evidence/removeFile': (input, s) => removeFile(s.requireLibrary(), input.evidenceId, input.fileId, s.now),
  'files/stage': async (input, s) => {
    const staged = await s.stage(input.bytes);
    return { uploadId: staged.uploadId, size: staged.size, sha256: staged.sha256 };
  },

  'links/set': (input, s) => setLink(s.requireLibrary().db, input, s.now),
  'links/remove': (input, s) => removeLink(s.requireLibrary().db, input.evidenceId, input.areaId),
};

export const backupBaseName = (path: string) => basename(path);
