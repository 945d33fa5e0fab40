/**
 * Decides how `npm start` opens the app: in Electron when its binary is on this machine,
 * otherwise in the browser through the web host. Pure: the file system is passed in.
 *
 * It does not `require('electron')`: in electron 45 that call tries to download the
 * binary when it is missing, which cannot work here (no GitHub) and would stall start-up.
 * Instead it reads the same files the electron package does (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH) and only checks that the binary exists.
 */
import path from 'node:path';

export interface LaunchEnvironment {
  /** Folder of the installed electron npm package, or null when it is not installed. */
  electronPackageDir: string | null;
  env: Readonly<Record<string, string | undefined>>;
  readText(file: string): string | null;
  exists(file: string): boolean;
}

export type LaunchPlan =
  | { kind: 'electron'; command: string; args: string[] }
  | { kind: 'browser'; command: string; args: string[]; notice: string; where: string };

export const NO_ELECTRON_NOTICE =
  'The Electron binary is not installed on this machine (it could not be downloaded), so Revisit Ready will open in your browser instead.';
export const WHERE_NOTICE = 'Open the address below in your browser.';

/** The Electron executable's path if it is present on disk, else null. */
export function findElectronBinary({ electronPackageDir, env, readText, exists }: LaunchEnvironment): string | null {
  if (electronPackageDir === null) return null;
  const relative = readText(path.join(electronPackageDir, 'path.txt'))?.trim() || null;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  let candidate: string | null = null;
  if (override) candidate = path.join(override, relative ?? 'electron');
  else if (relative !== null) candidate = path.join(electronPackageDir, 'dist', relative);
  return candidate !== null && exists(candidate) ? candidate : null;
}

export function planLaunch(
  launch: LaunchEnvironment,
  options: { repoRoot: string; nodePath: string; argv: readonly string[] },
): LaunchPlan {
  const binary = findElectronBinary(launch);
  if (binary !== null) return { kind: 'electron', command: binary, args: [options.repoRoot, ...options.argv] };
  return {
    kind: 'browser',
    command: options.nodePath,
    args: [path.join(options.repoRoot, 'bin', 'revisit.js'), 'serve', ...options.argv],
    notice: NO_ELECTRON_NOTICE,
    where: WHERE_NOTICE,
  };
}
