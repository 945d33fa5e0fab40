import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, NO_ELECTRON_NOTICE, planLaunch, type LaunchEnvironment } from '../../../scripts/launch-plan.ts';

const pkg = '/repo/node_modules/electron';

function environment(files: Record<string, string>, env: Record<string, string> = {}, dir: string | null = pkg): LaunchEnvironment {
  return {
    electronPackageDir: dir,
    env,
    readText: (file) => files[file] ?? null,
    exists: (file) => file in files,
  };
}

const options = { repoRoot: '/repo', nodePath: '/usr/bin/node24', argv: ['--library', '/srv/lib'] };

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt inside dist/', () => {
    const binary = path.join(pkg, 'dist', 'electron');
    expect(findElectronBinary(environment({ [path.join(pkg, 'path.txt')]: 'electron', [binary]: '' }))).toBe(binary);
  });

  it('returns null when path.txt is there but the binary is not (the download never happened)', () => {
    expect(findElectronBinary(environment({ [path.join(pkg, 'path.txt')]: 'electron' }))).toBeNull();
  });

  it('returns null when there is no path.txt (this machine) or no electron package at all', () => {
    expect(findElectronBinary(environment({}))).toBeNull();
    expect(findElectronBinary(environment({}, {}, null))).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const binary = path.join('/opt/electron', 'electron');
    expect(findElectronBinary(environment({ [binary]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }))).toBe(binary);
    expect(findElectronBinary(environment({}, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }))).toBeNull();
  });
});

describe('planLaunch', () => {
  it('launches Electron on the repository with the arguments passed through', () => {
    const binary = path.join(pkg, 'dist', 'electron');
    const plan = planLaunch(environment({ [path.join(pkg, 'path.txt')]: 'electron\n', [binary]: '' }), options);
    expect(plan).toEqual({ kind: 'electron', command: binary, args: ['/repo', '--library', '/srv/lib'] });
  });

  it('falls back to `revisit serve` in the browser, saying so in one sentence', () => {
    const plan = planLaunch(environment({}), options);
    expect(plan).toMatchObject({
      kind: 'browser',
      command: '/usr/bin/node24',
      args: [path.join('/repo', 'bin', 'revisit.js'), 'serve', '--library', '/srv/lib'],
    });
    expect(plan.kind === 'browser' && plan.notice).toBe(NO_ELECTRON_NOTICE);
    expect(NO_ELECTRON_NOTICE.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});
