import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesDir, testApp } from '../../helpers/app.ts';

/** A hash of every file under a folder: names and contents. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else h.update(full).update(readFileSync(full));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('the example library', () => {
  it('opens as a copy with every area, item, file and link, and never changes what shipped', async () => {
    const before = treeHash(join(resourcesDir, 'example'));
    const t = testApp();
    const seed = JSON.parse(readFileSync(join(resourcesDir, 'example', 'seed.json'), 'utf8'));
    const info = await t.call('library/openExample');
    expect(info.isExample).toBe(true);
    expect(info.path.startsWith(t.dataRoot)).toBe(true);
    expect(info.details.name).toBe(seed.library.name);
    const areas = await t.call('areas/list');
    expect(areas.map((a) => a.code)).toEqual(seed.areas.map((a: { code: string }) => a.code));
    const items = await t.call('evidence/list', {});
    expect(items).toHaveLength(seed.evidence.length);
    const fileCount = seed.evidence.reduce((n: number, e: { files: string[] }) => n + e.files.length, 0);
    expect(items.reduce((n, e) => n + e.fileCount, 0)).toBe(fileCount);
    const links = seed.evidence.reduce((n: number, e: { links: unknown[] }) => n + e.links.length, 0);
    expect(areas.reduce((n, a) => n + a.evidenceCount, 0)).toBe(links);
    expect((await t.call('library/check')).ok).toBe(true);

    // Playing with the copy changes the copy only; opening it again starts afresh.
    await t.call('evidence/delete', { id: items[0]!.id });
    await t.call('library/openExample');
    expect(await t.call('evidence/list', {})).toHaveLength(seed.evidence.length);
    expect(treeHash(join(resourcesDir, 'example'))).toBe(before);
  });
});
