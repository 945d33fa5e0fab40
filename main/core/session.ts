import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppEvents, EventName } from '../../shared/contract.ts';
import type { AppState, LibraryInfo } from '../../shared/schemas/library.ts';
import { CoreError } from './errors.ts';
import { Staging, type Staged } from './files/store.ts';
import { getDetails } from './library/details.ts';
import { isLibraryFolder, Library } from './library/library.ts';
import { recentLibraries } from './library/recent.ts';
import type { Logger } from './logger.ts';
import { defaultLibraryPath, exampleCopyPath } from './paths.ts';
import { tidySearchSoon } from './search/tidy.ts';

export interface SessionEnv {
  dataRoot: string;
  resourcesDir: string;
  clock: () => Date;
  logger: Logger;
  emit: <E extends EventName>(name: E, payload: AppEvents[E]) => void;
  /** The script of the import's worker threads, when not the TypeScript source beside the core (a bundle's own). */
  extractWorkerUrl?: URL | undefined;
}

/** Which library is open in this process, and the ways to change it. */
export class Session {
  readonly env: SessionEnv;
  library: Library | null = null;
  openError: { code: string; message: string } | null = null;
  /** Uploads made while no library is open (e.g. a backup to restore). */
  readonly looseStaging: Staging;

  constructor(env: SessionEnv) {
    this.env = env;
    this.looseStaging = new Staging(join(env.dataRoot, '.staging'));
    this.looseStaging.clear();
  }

  get now() {
    return this.env.clock();
  }

  openAtStart(libraryPath?: string) {
    const path = libraryPath ?? defaultLibraryPath(this.env.dataRoot);
    if (!libraryPath && !isLibraryFolder(path)) return;
    try {
      this.open(path);
    } catch (e) {
      if (!(e instanceof CoreError)) throw e;
      // Shown on the first screen; a missing library at an explicit path is created there on request.
      this.openError = e.code === 'not-found' ? null : { code: e.code, message: e.message };
      this.pendingPath = path;
    }
  }

  /** Where "Create a library" puts the library when the user does not choose. */
  pendingPath: string | null = null;

  requireLibrary(): Library {
    if (!this.library) throw new CoreError('no-library', 'No library is open. Create a library or open one first.');
    return this.library;
  }

  open(path: string): LibraryInfo {
    const lib = Library.open(resolve(path));
    this.library?.close();
    this.library = lib;
    this.openError = null;
    tidySearchSoon(lib, this.env.logger);
    this.env.emit('library/changed', { reason: 'opened' });
    return this.info();
  }

  adopt(lib: Library): LibraryInfo {
    this.library?.close();
    this.library = lib;
    this.openError = null;
    this.env.emit('library/changed', { reason: 'opened' });
    return this.info();
  }

  close() {
    this.library?.close();
    this.library = null;
  }

  get isExample() {
    return !!this.library && resolve(this.library.path) === resolve(exampleCopyPath(this.env.dataRoot));
  }

  info(): LibraryInfo {
    const lib = this.requireLibrary();
    return {
      path: lib.path,
      schemaVersion: lib.db.pragma('user_version', { simple: true }) as number,
      isExample: this.isExample,
      exampleDate: this.isExample ? ((lib.db.prepare('SELECT max(as_at) AS d FROM evidence').get() as { d: string | null }).d ?? null) : null,
      details: getDetails(lib.db),
    };
  }

  defaultPath() {
    return this.pendingPath ?? defaultLibraryPath(this.env.dataRoot);
  }

  state(): AppState {
    return {
      library: this.library ? this.info() : null,
      defaultLibraryPath: this.defaultPath(),
      defaultLibraryExists: isLibraryFolder(this.defaultPath()),
      openError: this.openError,
      recentLibraries: recentLibraries(this.env.dataRoot, [exampleCopyPath(this.env.dataRoot)]),
    };
  }

  stage(source: Uint8Array | AsyncIterable<Uint8Array> | NodeJS.ReadableStream): Promise<Staged> {
    return (this.library?.store.staging ?? this.looseStaging).stage(source);
  }

  /** Finds a staged upload wherever it was staged. */
  stagingOf(uploadId: string): Staging {
    if (this.library?.store.staging.has(uploadId)) return this.library.store.staging;
    if (this.looseStaging.has(uploadId)) return this.looseStaging;
    throw new CoreError('not-found', 'That upload could not be found. Choose the file again.');
  }

  removeFolder(path: string) {
    if (existsSync(path)) rmSync(path, { recursive: true, force: true });
  }
}

export const createSession = (env: SessionEnv) => new Session(env);
