// Lint, including the layering rules of ARCHITECTURE.md: who may import whom.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'worker_threads', 'stream', 'url', 'util', 'events'];

/** One layer's import rules: forbidden packages and forbidden folders. */
const layer = (files, { packages = [], folders = [], message }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(packages.length ? [{ group: packages, message }] : []),
          ...(folders.length ? [{ group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message }] : []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(['shared/**/*.ts'], {
    packages: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3'],
    folders: ['main', 'renderer'],
    message: 'shared/ is pure TypeScript: it may import only zod, other shared/ files, and (in shared/charts) the chart library, given a document to draw in.',
  }),
  layer(['main/core/**/*.ts'], {
    packages: ['electron', 'react', 'react-dom'],
    folders: ['renderer', 'main/electron', 'main/web', 'main/cli', 'electron', 'web', 'cli'],
    message: 'main/core runs in plain Node: it may import shared/ and Node, never a host, Electron or the renderer.',
  }),
  layer(['main/electron/**/*.ts'], {
    folders: ['renderer', 'main/web', 'main/cli', 'web', 'cli'],
    message: 'main/electron may import main/core and shared/, not the other hosts or the renderer.',
  }),
  layer(['main/web/**/*.ts'], {
    packages: ['electron'],
    folders: ['renderer', 'main/electron', 'main/cli', 'electron', 'cli'],
    message: 'main/web may import main/core and shared/, not the other hosts or the renderer.',
  }),
  layer(['main/cli/**/*.ts'], {
    packages: ['electron'],
    folders: ['renderer', 'main/electron', 'electron'],
    message: 'main/cli may import main/core, shared/ and start the web host; never Electron or the renderer.',
  }),
  layer(['renderer/**/*.{ts,tsx}'], {
    packages: [...nodeBuiltins, 'electron', 'better-sqlite3'],
    folders: ['main/core', 'main/electron', 'main/web', 'main/cli'],
    message: 'renderer/ may import only renderer/ and shared/: it talks to the core through renderer/api.',
  }),
);
