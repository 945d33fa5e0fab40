/**
 * The core as a host sees it: one object that answers `dispatch(method, input)` and
 * pushes events. Hosts (Electron, web, CLI) create one and never reach past it.
 */
import { EventEmitter } from 'node:events';
import type { AppEvent, EventName, AppEvents } from '../../shared/contract.ts';
import type { Result } from '../../shared/errors.ts';
import { createDispatcher } from './dispatch.ts';
import { createSession, type Session } from './session.ts';
import { closeIngestFor } from './ingest/service.ts';
import { consoleLogger, type Logger } from './logger.ts';

export interface AppOptions {
  /** Per-user data folder: Electron's userData, or the OS's usual one (see paths.ts). */
  dataRoot: string;
  /** Library folder to open at start; when absent, `<dataRoot>/Library` if it exists. */
  libraryPath?: string;
  /** Folder holding the shipped resources (the example library). */
  resourcesDir: string;
  clock?: () => Date;
  logger?: Logger;
  /** The import's worker script; a bundled host passes its own (the default is the TypeScript source). */
  extractWorkerUrl?: URL;
}

export interface App {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribe to core events; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** The session (current library); for hosts that stream files (web host downloads). */
  readonly session: Session;
  close(): void;
}

export function createApp(options: AppOptions): App {
  const emitter = new EventEmitter();
  const emit = <E extends EventName>(name: E, payload: AppEvents[E]) =>
    emitter.emit('event', { name, payload } satisfies AppEvent<E>);
  const session = createSession({
    dataRoot: options.dataRoot,
    resourcesDir: options.resourcesDir,
    clock: options.clock ?? (() => new Date()),
    logger: options.logger ?? consoleLogger('core'),
    emit,
    extractWorkerUrl: options.extractWorkerUrl,
  });
  session.openAtStart(options.libraryPath);
  const dispatch = createDispatcher(session, options.logger ?? consoleLogger('dispatch'));
  return {
    dispatch,
    session,
    onEvent(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    close() {
      emitter.removeAllListeners();
      void closeIngestFor(session);
      session.close();
    },
  };
}
