import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const bin = fileURLToPath(new URL('../../bin/revisit.js', import.meta.url));

export interface Host {
  url: string;
  /** The per-user data folder this host uses (XDG_CONFIG_HOME/Revisit Ready). */
  dataRoot: string;
  libraryPath: string;
  stop(): Promise<void>;
}

/** Starts `revisit serve` as a user would, and reads the URL from its first line. */
export function startHost(configHome: string, libraryPath?: string): Promise<Host & { child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_CONFIG_HOME: configHome };
    if (libraryPath) env['REVISIT_LIBRARY'] = libraryPath;
    else delete env['REVISIT_LIBRARY'];
    const child = spawn(process.execPath, [bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        const dataRoot = join(configHome, 'Revisit Ready');
        resolve({
          url: line.trim(),
          dataRoot,
          libraryPath: libraryPath ?? join(dataRoot, 'Library'),
          child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`revisit serve exited (${code}): ${err}`)));
  });
}

/** Runs axe on the page as it is now; fails on serious or critical violations. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    `axe on ${what}`,
  ).toEqual([]);
}

interface Fixtures {
  /** XDG_CONFIG_HOME for this test: its own, empty per-user data folder. */
  configHome: string;
  /** Starts (or restarts) hosts on this test's data folder; all are stopped at the end. */
  hosts: { start(libraryPath?: string): Promise<Host> };
  /** A host already started on an empty data folder. */
  host: Host;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  configHome: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'revisit-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  hosts: async ({ configHome }, use) => {
    const started: Host[] = [];
    await use({
      async start(libraryPath?: string) {
        const h = await startHost(configHome, libraryPath);
        started.push(h);
        return h;
      },
    });
    for (const h of started) await h.stop();
  },
  host: async ({ hosts }, use) => {
    await use(await hosts.start());
  },
});

export { expect };
