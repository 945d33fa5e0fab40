import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../../main/core/app.ts';
import { silentLogger } from '../../main/core/logger.ts';
import type { Method, Output } from '../../shared/contract.ts';
import { tempDir } from './temp.ts';

export const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));

export interface TestApp {
  app: App;
  dataRoot: string;
  call<M extends Method>(method: M, input?: unknown): Promise<Output<M>>;
  fails(method: Method | string, input?: unknown): Promise<{ code: string; message: string }>;
}

export function testApp(opts: { libraryPath?: string; dataRoot?: string; clock?: () => Date } = {}): TestApp {
  const dataRoot = opts.dataRoot ?? tempDir();
  const app = createApp({ dataRoot, libraryPath: opts.libraryPath, resourcesDir, logger: silentLogger, clock: opts.clock });
  return {
    app,
    dataRoot,
    async call(method, input = {}) {
      const r = await app.dispatch(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
    async fails(method, input = {}) {
      const r = await app.dispatch(method, input);
      if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
      return r.error;
    },
  };
}

/** A test app with a library created and open. */
export async function withLibrary(name = 'Testshire') {
  const t = testApp();
  await t.call('library/create', { name, partners: ['Testshire Council', 'Testshire ICB'] });
  return t;
}
