import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

describe('libraries opened lately', () => {
  it('lists the libraries created, opened or restored, newest first, while they are still there', async () => {
    let clock = new Date('2024-07-01T09:00:00Z');
    const t = testApp({ clock: () => clock });
    const wendle = join(tempDir(), 'Wendle');
    const brackenford = join(tempDir(), 'Brackenford');
    await t.call('library/create', { name: 'Wendle', partners: [], path: wendle });
    clock = new Date('2024-07-02T09:00:00Z');
    await t.call('library/create', { name: 'Brackenford', partners: [], path: brackenford });
    const backup = join(tempDir(), 'b.revisit-backup');
    await t.call('library/backup', { path: backup });
    clock = new Date('2024-07-03T09:00:00Z');
    const restored = await t.call('library/restore', { backupPath: backup, path: join(tempDir(), 'Restored') });
    clock = new Date('2024-07-04T09:00:00Z');
    await t.call('library/open', { path: wendle });
    // The example's copy has its own button, so it is not listed.
    await t.call('library/openExample', {});

    const recent = (await t.call('app/state')).recentLibraries;
    expect(recent).toEqual([
      { path: wendle, name: 'Wendle', openedAt: '2024-07-04T09:00:00.000Z' },
      { path: restored.path, name: 'Brackenford', openedAt: '2024-07-03T09:00:00.000Z' },
      { path: brackenford, name: 'Brackenford', openedAt: '2024-07-02T09:00:00.000Z' },
    ]);

    // A library moved or deleted drops out.
    rmSync(brackenford, { recursive: true, force: true });
    expect((await t.call('app/state')).recentLibraries.map((r) => r.path)).toEqual([wendle, restored.path]);
  });

  it('ignores a damaged list', async () => {
    const t = testApp();
    writeFileSync(join(t.dataRoot, 'recent-libraries.json'), '{ not json');
    expect((await t.call('app/state')).recentLibraries).toEqual([]);
    const path = join(tempDir(), 'Lib');
    await t.call('library/create', { name: 'Fenmoor', partners: [], path });
    expect((await t.call('app/state')).recentLibraries.map((r) => r.name)).toEqual(['Fenmoor']);
  });
});
