import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLibrary, type TestApp } from '../../helpers/app.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

async function attach(t: TestApp, evidenceId: string, name: string, content: string) {
  const staged = await t.call('files/stage', { name, bytes: bytes(content) });
  return t.call('evidence/addFile', { evidenceId, uploadId: staged.uploadId, name });
}

const storePath = (t: TestApp, sha: string) => join(t.app.session.library!.path, 'files', sha.slice(0, 2), sha);

describe('attached files', () => {
  it('stores a file by its SHA-256 and records its name and type', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'Minutes' });
    const after = await attach(t, item.id, 'SEND board minutes.pdf', '%PDF-1.4 minutes');
    const file = after.files[0]!;
    expect(file).toMatchObject({ name: 'SEND board minutes.pdf', mediaType: 'application/pdf', size: 16 });
    expect(file.sha256).toBe(createHash('sha256').update('%PDF-1.4 minutes').digest('hex'));
    expect(readFileSync(storePath(t, file.sha256), 'utf8')).toBe('%PDF-1.4 minutes');
    // Nothing is left in staging once the file is stored.
    expect(readdirSync(join(t.app.session.library!.path, 'files', '.staging'))).toEqual([]);
  });

  it('keeps a file name but never a folder in it', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'x' });
    const after = await attach(t, item.id, '..\\..\\windows/evil:name?.txt', 'hello');
    expect(after.files[0]!.name).toBe('evil_name_.txt');
  });

  it('stores identical content once, and deleting one item keeps the file the other still uses', async () => {
    const t = await withLibrary();
    const a = await t.call('evidence/create', { title: 'A' });
    const b = await t.call('evidence/create', { title: 'B' });
    const fa = (await attach(t, a.id, 'same.txt', 'shared content')).files[0]!;
    const fb = (await attach(t, b.id, 'copy.txt', 'shared content')).files[0]!;
    expect(fa.sha256).toBe(fb.sha256);
    const unique = (await attach(t, a.id, 'only-a.txt', 'only a')).files[1]!;
    const result = await t.call('evidence/delete', { id: a.id });
    expect(result).toMatchObject({ filesRemoved: 1, filesKept: 1 });
    expect(existsSync(storePath(t, fa.sha256))).toBe(true);
    expect(existsSync(storePath(t, unique.sha256))).toBe(false);
    expect((await t.call('evidence/get', { id: b.id })).files[0]!.name).toBe('copy.txt');
    await t.call('evidence/delete', { id: b.id });
    expect(existsSync(storePath(t, fa.sha256))).toBe(false);
    expect((await t.call('library/check')).ok).toBe(true);
  });

  it('removing a file from one item leaves it for the other', async () => {
    const t = await withLibrary();
    const a = await t.call('evidence/create', { title: 'A' });
    const b = await t.call('evidence/create', { title: 'B' });
    const fa = (await attach(t, a.id, 'x.txt', 'same')).files[0]!;
    await attach(t, b.id, 'y.txt', 'same');
    const after = await t.call('evidence/removeFile', { evidenceId: a.id, fileId: fa.id });
    expect(after.files).toEqual([]);
    expect(existsSync(storePath(t, fa.sha256))).toBe(true);
  });

  it('a failed attach (unknown item) leaves no stored file and no row', async () => {
    const t = await withLibrary();
    const staged = await t.call('files/stage', { name: 'x.txt', bytes: bytes('orphan to be') });
    const e = await t.fails('evidence/addFile', { evidenceId: 'nosuchitem', uploadId: staged.uploadId, name: 'x.txt' });
    expect(e.code).toBe('not-found');
    expect(existsSync(storePath(t, staged.sha256))).toBe(false);
    const db = t.app.session.library!.db;
    expect(db.prepare('SELECT count(*) AS n FROM blob').get()).toEqual({ n: 0 });
  });

  it('an upload id can be used once only', async () => {
    const t = await withLibrary();
    const item = await t.call('evidence/create', { title: 'x' });
    const staged = await t.call('files/stage', { name: 'x.txt', bytes: bytes('once') });
    await t.call('evidence/addFile', { evidenceId: item.id, uploadId: staged.uploadId, name: 'x.txt' });
    expect((await t.fails('evidence/addFile', { evidenceId: item.id, uploadId: staged.uploadId, name: 'x.txt' })).code).toBe('not-found');
  });

  it('check names a missing file and a changed file by item and file name', async () => {
    const t = await withLibrary();
    const a = await t.call('evidence/create', { title: 'EHCP audit' });
    const b = await t.call('evidence/create', { title: 'Coffee morning notes' });
    const fa = (await attach(t, a.id, 'audit.pdf', 'audit')).files[0]!;
    const fb = (await attach(t, b.id, 'notes.txt', 'notes')).files[0]!;
    const { rmSync } = await import('node:fs');
    rmSync(storePath(t, fa.sha256));
    writeFileSync(storePath(t, fb.sha256), 'tampered');
    const report = await t.call('library/check');
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"audit\.pdf" of "EHCP audit" is missing/),
        expect.stringMatching(/"notes\.txt" of "Coffee morning notes" has been changed or damaged/),
      ]),
    );
  });
});
