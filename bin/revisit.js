#!/usr/bin/env node
// The `revisit` command. Runs the TypeScript sources directly (Node 24 strips types).
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(`Revisit Ready needs Node.js 24 or newer (this is ${process.version}). Run it through npm ("npx revisit"), which uses the project's own Node.\n`);
  process.exit(1);
}
// Compiled code is kept in the user's data folder, so later runs start faster.
const { homedir } = await import('node:os');
const { codeCacheFolder, defaultDataRoot } = await import('../main/core/paths.ts');
const { useCodeCache } = await import('../main/core/code-cache.ts');
useCodeCache(codeCacheFolder(defaultDataRoot(process.platform, process.env, homedir())));
const { main } = await import('../main/cli/main.ts');
const stop = () =>
  new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
const code = await main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  waitForStop: stop,
});
process.exitCode = code;
