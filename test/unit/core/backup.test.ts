import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { searchTidied } from '../../../main/core/search/tidy.ts';
import { indexUnreadFiles } from '../../../main/core/ingest/index-files.ts';
import { testApp, withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

async function fill(t: TestApp) {
  const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'The quality of plans\nis poor.' });
  for (let i = 0; i < 5; i++) {
    const item = await t.call('evidence/create', { title: `Item ${i}`, kind: i % 2 ? 'data' : 'document', asAt: `2023-0${i + 1}-15`, personalData: i === 3 });
    const staged = await t.call('files/stage', { name: `f${i}.txt`, bytes: bytes(`content ${i % 3}`) });
    await t.call('evidence/addFile', { evidenceId: item.id, uploadId: staged.uploadId, name: `f${i}.txt` });
    if (i % 2 === 0) await t.call('links/set', { evidenceId: item.id, areaId: area.id, stance: i === 4 ? 'counters' : 'supports', note: `why ${i}` });
  }
}

/** Every row of every table, in a stable order. */
function dump(folder: string) {
  const db = new Database(join(folder, 'library.sqlite'), { readonly: true });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const width = db.prepare(`SELECT * FROM "${t}"`).columns().length;
    out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY ${width > 1 ? '1, 2' : '1'}`).all();
  }
  const version = db.pragma('user_version', { simple: true });
  db.close();
  return { version, out };
}

function fileHashes(folder: string) {
  const root = join(folder, 'files');
  const out: Record<string, string> = {};
  for (const dir of readdirSync(root)) {
    if (dir === '.staging') continue;
    for (const name of readdirSync(join(root, dir))) out[name] = createHash('sha256').update(readFileSync(join(root, dir, name))).digest('hex');
  }
  return out;
}

async function zipOf(entries: Record<string, string | Buffer>, file: string) {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
}

describe('backup and restore', () => {
  it('restores into an empty folder losslessly: every row and every file hash the same', async () => {
    const t = await withLibrary();
    await fill(t);
    // Attached files are read in the background; let that finish so the source stops changing.
    await indexUnreadFiles(t.app.session);
    await searchTidied(t.app.session.library!); // and the search index merge that may follow
    const source = t.app.session.library!.path;
    const backup = join(tempDir(), 'lib.revisit-backup');
    const made = await t.call('library/backup', { path: backup });
    expect(made.files).toBe(3);
    const target = join(tempDir(), 'restored');
    const info = await t.call('library/restore', { backupPath: backup, path: target });
    expect(info.path).toBe(target);
    expect(dump(target)).toEqual(dump(source));
    const hashes = fileHashes(target);
    expect(hashes).toEqual(fileHashes(source));
    for (const [name, hash] of Object.entries(hashes)) expect(hash).toBe(name);
    expect((await t.call('library/check')).ok).toBe(true);
    expect((await t.call('evidence/list', {})).length).toBe(5);
  });

  it('writes a backup into the Backups folder when no path is given', async () => {
    const t = await withLibrary('Thornbury <Vale>');
    const made = await t.call('library/backup', {});
    expect(made.path.startsWith(join(t.dataRoot, 'Backups'))).toBe(true);
    expect(made.path).toMatch(/Thornbury Vale \d{4}-\d{2}-\d{2} \d{4}\.revisit-backup$/);
    expect(existsSync(made.path)).toBe(true);
  });

  it('names a restored library after its local area and whose it was when the usual folder is taken', async () => {
    const lead = testApp({ clock: () => new Date('2024-07-03T09:00:00Z') });
    await lead.call('library/create', { name: 'Brackenford/../x', partners: [], userName: 'Priya Shah' });
    const backup = join(tempDir(), 'priya.revisit-backup');
    await lead.call('library/backup', { path: backup });

    const lano = testApp({ clock: () => new Date('2024-07-04T10:30:00Z') });
    await lano.call('library/create', { name: 'Brackenford', partners: [] }); // in the usual folder
    const first = await lano.call('library/restore', { backupPath: backup });
    const second = await lano.call('library/restore', { backupPath: backup });
    expect(first.path).toBe(join(lano.dataRoot, 'Brackenford .. x (Priya Shah) restored 2024-07-04 1030'));
    expect(second.path).toBe(join(lano.dataRoot, 'Brackenford .. x (Priya Shah) restored 2024-07-04 1030 (2)'));
    expect(second.details.name).toBe('Brackenford/../x');
    // Nothing half-restored is left beside them.
    expect(readdirSync(lano.dataRoot).filter((n) => n.includes('restoring'))).toEqual([]);
  });

  it('will not restore over a folder that has anything in it', async () => {
    const t = await withLibrary();
    const backup = join(tempDir(), 'b.revisit-backup');
    await t.call('library/backup', { path: backup });
    const target = tempDir();
    writeFileSync(join(target, 'keep.txt'), 'mine');
    const e = await t.fails('library/restore', { backupPath: backup, path: target });
    expect(e.code).toBe('library-exists');
    expect(readdirSync(target)).toEqual(['keep.txt']);
  });

  it('refuses a backup whose stored file was damaged, and leaves nothing behind', async () => {
    const t = await withLibrary();
    await fill(t);
    const good = join(tempDir(), 'good.revisit-backup');
    await t.call('library/backup', { path: good });
    // Corrupt one stored file inside the zip (stored uncompressed, so its bytes are findable).
    const raw = readFileSync(good);
    const at = raw.indexOf('content 1');
    raw.write('CONTENT', at);
    const bad = join(tempDir(), 'bad.revisit-backup');
    writeFileSync(bad, raw);
    const parent = tempDir();
    const target = join(parent, 'restored');
    const e = await t.fails('library/restore', { backupPath: bad, path: target });
    expect(e.code).toBe('file-problem');
    expect(e.message).toMatch(/not a usable Revisit Ready backup/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('refuses hostile and foreign zips: path traversal, unknown entries, not a zip at all', async () => {
    const t = testApp();
    const dir = tempDir();
    const traversal = join(dir, 'traversal.zip');
    await zipOf({ 'backup.json': '{}', 'AA/AA/evil.txt': 'x' }, traversal);
    // yazl refuses to write "../", so patch the name in place (same length, both headers).
    writeFileSync(traversal, Buffer.from(readFileSync(traversal).toString('latin1').replaceAll('AA/AA/evil.txt', '../../evil.txt'), 'latin1'));
    const other = join(dir, 'other.zip');
    await zipOf({ 'readme.txt': 'hello' }, other);
    const notZip = join(dir, 'not.zip');
    writeFileSync(notZip, 'plain text');
    for (const file of [traversal, other, notZip]) {
      const parent = tempDir();
      const e = await t.fails('library/restore', { backupPath: file, path: join(parent, 'lib') });
      expect(e.code).toBe('file-problem');
      expect(readdirSync(parent)).toEqual([]);
    }
    expect(existsSync(join(dir, '..', 'evil.txt'))).toBe(false);
  });

  it('refuses a backup made by a newer version', async () => {
    const t = await withLibrary();
    const good = join(tempDir(), 'good.revisit-backup');
    await t.call('library/backup', { path: good });
    const work = tempDir();
    mkdirSync(join(work, 'x'));
    const newer = join(work, 'newer.revisit-backup');
    await zipOf({ 'backup.json': JSON.stringify({ format: 'revisit-ready-backup', version: 1, schemaVersion: 999, createdAt: '', files: [] }), 'library.sqlite': readFileSync(join(t.app.session.library!.path, 'library.sqlite')) }, newer);
    const e = await t.fails('library/restore', { backupPath: newer, path: join(work, 'lib') });
    expect(e.code).toBe('library-newer');
  });
});
