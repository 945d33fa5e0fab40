/**
 * Builds the Electron shell for Node as CommonJS, in three separate builds so nothing is
 * shared between them:
 * - dist/electron/main.cjs: the app entry, with the core bundled in;
 * - dist/electron/preload.cjs: runs sandboxed, so one file whose only require is 'electron';
 * - dist/electron/extract-worker.cjs: the import's worker threads (pdf.js, mammoth, …).
 * Electron, the native addons (better-sqlite3, @napi-rs/canvas) and Node's built-in modules stay external.
 * Run: vite build --config vite.electron.config.ts
 */
import { cpSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// @napi-rs/canvas (SVG to PNG for the Word pack, and pdf.js's optional canvas) is a native addon too.
const nativeOrHost = ['electron', 'better-sqlite3', '@napi-rs/canvas'];
const external = [...nativeOrHost, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const entries = {
  main: './main/electron/main.ts',
  preload: './main/electron/preload.ts',
  // The import's worker threads (shellPaths().extractWorkerPath); it bundles pdf.js and the other readers.
  'extract-worker': './main/core/ingest/worker/extract-worker.ts',
} as const;

function nodeBundle(name: keyof typeof entries, emptyOutDir: boolean): EnvironmentOptions {
  return {
    consumer: 'server',
    // Bundle every dependency except the ones that cannot be bundled.
    resolve: { noExternal: true, external: nativeOrHost },
    build: {
      target: 'node22',
      outDir: fromRoot('./dist/electron'),
      emptyOutDir,
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: { [name]: fromRoot(entries[name]) },
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  };
}

export default defineConfig({
  root: fromRoot('./'),
  publicDir: false,
  environments: {
    electronMain: nodeBundle('main', true),
    electronPreload: nodeBundle('preload', false),
    electronWorker: nodeBundle('extract-worker', false),
  },
  builder: {
    async buildApp(builder) {
      // In order: the first build empties dist/electron, the second adds to it.
      const { electronMain, electronPreload, electronWorker } = builder.environments;
      if (!electronMain || !electronPreload || !electronWorker) throw new Error('The Electron build environments are missing.');
      await builder.build(electronMain);
      await builder.build(electronPreload);
      await builder.build(electronWorker);
      // pdfkit reads its font metrics and colour profile from __dirname/data at run time; bundled,
      // __dirname is dist/electron, so the data goes there.
      cpSync(fromRoot('./node_modules/pdfkit/js/data'), fromRoot('./dist/electron/data'), { recursive: true });
    },
  },
});
