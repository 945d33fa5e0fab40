/**
 * Builds the Electron shell for Node as CommonJS, in two separate builds so nothing is
 * shared between them:
 * - dist/electron/main.cjs: the app entry, with the core bundled in;
 * - dist/electron/preload.cjs: runs sandboxed, so one file whose only require is 'electron'.
 * Electron, better-sqlite3 (a native addon) and Node's built-in modules stay external.
 * Run: vite build --config vite.electron.config.ts
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const nativeOrHost = ['electron', 'better-sqlite3'];
const external = [...nativeOrHost, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function nodeBundle(name: 'main' | 'preload', emptyOutDir: boolean): EnvironmentOptions {
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
        input: { [name]: fromRoot(`./main/electron/${name}.ts`) },
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
  },
  builder: {
    async buildApp(builder) {
      // In order: the first build empties dist/electron, the second adds to it.
      const { electronMain, electronPreload } = builder.environments;
      if (!electronMain || !electronPreload) throw new Error('The Electron build environments are missing.');
      await builder.build(electronMain);
      await builder.build(electronPreload);
    },
  },
});
