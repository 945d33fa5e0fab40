import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { handleInvoke } from '../../../main/electron/invoke.ts';
import { APP_INDEX_URL, APP_ORIGIN } from '../../../main/electron/protocol-path.ts';
import { SAVE_EXPORT_METHOD, saveExportCopy } from '../../../main/electron/save-export.ts';
import { tempDir } from '../../helpers/temp.ts';

function setup() {
  const root = tempDir();
  const exportsDir = join(root, 'Exports');
  const elsewhere = join(root, 'Documents');
  mkdirSync(exportsDir);
  mkdirSync(elsewhere);
  const pack = join(exportsDir, 'Brackenford evidence pack 2026-11-22.pdf');
  writeFileSync(pack, '%PDF-1.7 the pack');
  return { root, exportsDir, elsewhere, pack };
}

describe('saving a copy of an exported pack (Electron)', () => {
  it('asks where, suggesting the pack’s own name, and copies it there whole', async () => {
    const { exportsDir, elsewhere, pack } = setup();
    const choose = vi.fn(async () => join(elsewhere, 'For the advisors.pdf'));
    const r = await saveExportCopy(exportsDir, { path: pack }, choose);
    expect(choose).toHaveBeenCalledWith('Brackenford evidence pack 2026-11-22.pdf');
    expect(r).toEqual({ ok: true, value: { savedTo: join(elsewhere, 'For the advisors.pdf') } });
    expect(readFileSync(join(elsewhere, 'For the advisors.pdf'), 'utf8')).toBe('%PDF-1.7 the pack');
    expect(readdirSync(elsewhere)).toEqual(['For the advisors.pdf']); // no temporary file left
  });

  it('does nothing when the user cancels the dialog', async () => {
    const { exportsDir, elsewhere, pack } = setup();
    const r = await saveExportCopy(exportsDir, { path: pack }, async () => null);
    expect(r).toEqual({ ok: true, value: { savedTo: null } });
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('replaces an existing file at the chosen place', async () => {
    const { exportsDir, elsewhere, pack } = setup();
    const target = join(elsewhere, 'pack.pdf');
    writeFileSync(target, 'old');
    await saveExportCopy(exportsDir, { path: pack }, async () => target);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 the pack');
  });

  it('refuses any file outside the Exports folder, even through ../ or a link, without asking', async () => {
    const { root, exportsDir, elsewhere } = setup();
    const secret = join(root, 'library.sqlite');
    writeFileSync(secret, 'children’s records');
    symlinkSync(secret, join(exportsDir, 'link.pdf'));
    const choose = vi.fn(async () => join(elsewhere, 'stolen'));
    for (const path of [secret, join(exportsDir, '..', 'library.sqlite'), join(exportsDir, 'link.pdf'), exportsDir]) {
      const r = await saveExportCopy(exportsDir, { path }, choose);
      expect(r.ok, path).toBe(false);
      expect(!r.ok && r.error.message).toMatch(/Only a pack in the Exports folder/);
    }
    expect(choose).not.toHaveBeenCalled();
    expect(existsSync(join(elsewhere, 'stolen'))).toBe(false);
  });

  it.each([[undefined], [null], [{}], [{ path: 42 }], [{ path: '' }]])('refuses input %j in one sentence', async (input) => {
    const { exportsDir } = setup();
    const r = await saveExportCopy(exportsDir, input, async () => 'x');
    expect(!r.ok && r.error).toEqual({ code: 'invalid-input', message: 'No exported pack was named, so nothing was saved.' });
  });

  it('says so when the pack has gone, and when the chosen folder cannot be written', async () => {
    const { exportsDir, root, pack } = setup();
    const gone = await saveExportCopy(exportsDir, { path: join(exportsDir, 'gone.pdf') }, async () => 'x');
    expect(!gone.ok && gone.error.code).toBe('not-found');
    const r = await saveExportCopy(exportsDir, { path: pack }, async () => join(root, 'no such folder', 'pack.pdf'));
    expect(!r.ok && r.error.message).toMatch(/could not be saved to .*no such folder.* It is still in the Exports folder\.$/);
  });

  it('is reachable over IPC only as a main-process action, from the app’s own window', async () => {
    const core = { dispatch: vi.fn(async () => ({ ok: true as const, value: 'core' })) };
    const shell = { [SAVE_EXPORT_METHOD]: vi.fn(async () => ({ ok: true as const, value: { savedTo: '/x' } })) };
    const fromApp = { frameUrl: APP_INDEX_URL, isMainFrame: true, method: SAVE_EXPORT_METHOD, input: { path: '/p' } };
    await expect(handleInvoke(core, APP_ORIGIN, fromApp, shell)).resolves.toEqual({ ok: true, value: { savedTo: '/x' } });
    expect(shell[SAVE_EXPORT_METHOD]).toHaveBeenCalledWith({ path: '/p' });
    expect(core.dispatch).not.toHaveBeenCalled();
    const foreign = await handleInvoke(core, APP_ORIGIN, { ...fromApp, frameUrl: 'https://evil.example/' }, shell);
    expect(foreign.ok).toBe(false);
    expect(shell[SAVE_EXPORT_METHOD]).toHaveBeenCalledTimes(1);
    // Without the shell methods (or for a name like toString) it is an unknown action.
    expect((await handleInvoke(core, APP_ORIGIN, fromApp)).ok).toBe(false);
    expect((await handleInvoke(core, APP_ORIGIN, { ...fromApp, method: 'toString' }, shell)).ok).toBe(false);
  });
});
