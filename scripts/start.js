// `npm start`: opens Revisit Ready in Electron when its binary is installed, otherwise
// serves it to the browser (`revisit serve`), which prints the address to open.
// Arguments after `npm start --` are passed through (e.g. `--library <folder>`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planLaunch } from './launch-plan.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function electronPackageDir() {
  try {
    const require = createRequire(path.join(repoRoot, 'package.json'));
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const plan = planLaunch(
  {
    electronPackageDir: electronPackageDir(),
    env: process.env,
    readText: (file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
    exists: existsSync,
  },
  { repoRoot, nodePath: process.execPath, argv: process.argv.slice(2) },
);

const env = { ...process.env };
if (plan.kind === 'electron') {
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
} else {
  process.stderr.write(`${plan.notice}\n${plan.where}\n`);
}

const child = spawn(plan.command, plan.args, { cwd: repoRoot, env, stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  process.stderr.write(`Revisit Ready could not start: ${error.message}\n`);
  process.exitCode = 1;
});
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
