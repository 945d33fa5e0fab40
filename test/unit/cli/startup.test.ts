import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp.ts';

const bin = fileURLToPath(new URL('../../../bin/revisit.js', import.meta.url));
const recorder = fileURLToPath(new URL('../../fixtures/record-loads.mjs', import.meta.url));

/** The modules a run of the command line loads. */
function loadedBy(args: string[]): string[] {
  const r = spawnSync(process.execPath, ['--import', recorder, bin, ...args], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: tempDir() } });
  expect(r.status).toBe(0);
  return r.stderr.split('\n').filter((l) => l.startsWith('loaded: ')).map((l) => l.slice('loaded: '.length));
}

describe('starting the command line', () => {
  it('loads the core but not what makes a pack (pdfkit, docx, Observable Plot, linkedom)', () => {
    const loaded = loadedBy(['init', '--name', 'Testshire', '--library', tempDir()]);
    expect(loaded.some((u) => u.endsWith('/main/core/handlers.ts'))).toBe(true);
    for (const heavy of ['/node_modules/pdfkit/', '/node_modules/docx/', '/node_modules/@observablehq/plot/', '/node_modules/linkedom/']) {
      expect(loaded.filter((u) => u.includes(heavy))).toEqual([]);
    }
  });
});
