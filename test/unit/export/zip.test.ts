import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../main/core/export/csv.ts';
import { exhibitFileName, safeSegment } from '../../../main/core/export/names.ts';
import { withLibrary } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';
import { FORMULA_SOURCE, preparedExample, readZip } from './fixture.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const options = { asAt: '2024-09-01' };

describe('the evidence pack as a zip', () => {
  it('holds pack.html, pack.pdf, pack.docx, index.csv, manifest.json and each area’s exhibits, with hashes that match', async () => {
    const { t } = await preparedExample();
    const out = join(tempDir(), 'pack.zip');
    const result = await t.call('export/write', { format: 'zip', path: out, options });
    expect(result).toMatchObject({ path: out, withheld: 7 });
    const zip = await readZip(out);
    const names = [...zip.keys()];
    expect(names.slice(0, 5)).toEqual(['pack.html', 'pack.pdf', 'pack.docx', 'index.csv', 'manifest.json']);
    // Then each area's README.txt and the exhibits' files, in their areas' folders.
    expect(names.slice(5).every((n) => /^exhibits\/AOC\d\/(README\.txt|E\d+ - [^/]+)$/.test(n))).toBe(true);
    expect(zip.get('pack.html')!.toString('utf8')).toBe(await t.call('export/preview', { options }));
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as { files: { path: string; sha256: string; size: number }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(names.filter((n) => n !== 'manifest.json'));
    for (const f of manifest.files) {
      expect(sha(zip.get(f.path)!), f.path).toBe(f.sha256);
      expect(zip.get(f.path)!.length).toBe(f.size);
    }
    expect(readdirSync(join(out, '..'))).toEqual(['pack.zip']); // no temporary file left
  });

  it('is byte-identical across two runs', async () => {
    const { t } = await preparedExample();
    const dir = tempDir();
    await t.call('export/write', { format: 'zip', path: join(dir, 'a.zip'), options });
    await t.call('export/write', { format: 'zip', path: join(dir, 'b.zip'), options });
    expect(readFileSync(join(dir, 'a.zip')).equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
  });

  it('leaves personal data out of every file unless asked, and then includes it', async () => {
    const { t, personal, libPath } = await preparedExample();
    const fileBytes = readFileSync(join(libPath, 'files', personal.sha256.slice(0, 2), personal.sha256));
    const dir = tempDir();
    await t.call('export/write', { format: 'zip', path: join(dir, 'default.zip'), options });
    const zip = await readZip(join(dir, 'default.zip'));
    for (const [name, bytes] of zip) {
      expect(bytes.includes(Buffer.from(personal.title)), name).toBe(false);
      expect(bytes.includes(fileBytes), name).toBe(false);
      expect(name).not.toContain(personal.title.slice(0, 20));
    }
    await t.call('export/write', { format: 'zip', path: join(dir, 'with.zip'), options: { ...options, includePersonalData: true } });
    const withPersonal = await readZip(join(dir, 'with.zip'));
    expect([...withPersonal.values()].some((b) => b.equals(fileBytes))).toBe(true);
    expect(withPersonal.get('index.csv')!.toString('utf8')).toContain(personal.title);
    expect(JSON.parse(withPersonal.get('manifest.json')!.toString('utf8')).includesPersonalData).toBe(true);
  });

  it('makes index.csv safe against formula injection and names files safely', async () => {
    const { t } = await preparedExample();
    const out = join(tempDir(), 'pack.zip');
    await t.call('export/write', { format: 'zip', path: out, options });
    const zip = await readZip(out);
    const csv = zip.get('index.csv')!.toString('utf8');
    expect(csv.startsWith('\uFEFFReference,Title,Kind,As at,Source,Areas,Personal data,Files\r\n')).toBe(true);
    expect(csv).toContain(`"'${FORMULA_SOURCE.replace(/"/g, '""')}"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const hostile = [...zip.keys()].find((n) => n.startsWith('exhibits/AOC3/') && !n.endsWith('/README.txt'))!;
    const base = hostile.slice('exhibits/AOC3/'.length);
    expect(base).toMatch(/^E\d+ - _script_alert\(_pwned_\)__script_ & _quoted_ مرحبا بالعالم 🎉 long/);
    expect(base).not.toMatch(/[<>:"\\|?*\u0000-\u001f\u202e]/);
    expect(base.endsWith(' long long l.exe')).toBe(true); // title cut to length; the stored file's own extension kept
    expect(Array.from(base).length).toBeLessThanOrEqual(130);
  });

  it('carries a data series as the table of its figures the pack shows, small counts suppressed, not the spreadsheet it came from', async () => {
    const t = await withLibrary('Thornbury');
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Waiting', weakness: 'Children wait too long.' });
    const sheet = join(tempDir(), 'ot-waiting.csv');
    writeFileSync(sheet, 'Month,Children waiting,Average wait (weeks)\nJul 2024,12,20\nAug 2024,2,18\nSep 2024,1,17\n');
    await t.call('series/import', {
      source: { path: sheet },
      mapping: { dateColumn: 0, valueColumns: [{ column: 1, title: 'Children waiting', unit: 'count', better: 'lower' }] },
      sourceOrganisation: '',
      areaIds: [area.id],
    });
    const out = join(tempDir(), 'pack.zip');
    await t.call('export/write', { format: 'zip', path: out, options });
    const zip = await readZip(out);
    const exhibits = [...zip.keys()].filter((n) => n.startsWith('exhibits/') && !n.endsWith('/README.txt'));
    expect(exhibits).toEqual(['exhibits/AOC1/E1 - Children waiting – figures.csv']);
    expect(zip.get(exhibits[0]!)!.toString('utf8')).toBe('\uFEFFPeriod,Value\r\nJul 2024,12\r\nAug 2024,fewer than 3\r\nSep 2024,fewer than 3\r\n');
    for (const [name, bytes] of zip) expect(bytes.includes(Buffer.from('Sep 2024,1,17')), name).toBe(false);
  });

  it('stops when a cited exhibit’s stored file is missing or damaged, naming it and leaving no file', async () => {
    const { t, libPath } = await preparedExample();
    const items = await t.call('evidence/list', {});
    const cited = await t.call('evidence/get', { id: items.find((i) => !i.personalData && i.kind !== 'data' && i.fileCount > 0 && i.areaCodes.includes('AOC1'))!.id });
    const stored = join(libPath, 'files', cited.files[0]!.sha256.slice(0, 2), cited.files[0]!.sha256);
    const original = readFileSync(stored);
    const dir = tempDir();

    // Same size, different bytes: caught while streaming.
    const damaged = Buffer.from(original);
    damaged[0] = damaged[0]! ^ 0xff;
    writeFileSync(stored, damaged);
    const bad = await t.fails('export/write', { format: 'zip', path: join(dir, 'pack.zip'), options });
    expect(bad.code).toBe('file-problem');
    expect(bad.message).toMatch(/^The stored file ".+" of exhibit E\d+ \(".+"\) is damaged/);
    expect(bad.message).toContain(cited.title.slice(0, 40));
    expect(readdirSync(dir)).toEqual([]);

    rmSync(stored);
    const missing = await t.fails('export/write', { format: 'zip', path: join(dir, 'pack.zip'), options });
    expect(missing.message).toMatch(/of exhibit E\d+ .* is missing, so no pack was written/);
    expect(existsSync(join(dir, 'pack.zip'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);

    // An earlier pack at the same path is left as it was.
    writeFileSync(join(dir, 'pack.zip'), 'earlier pack');
    await t.fails('export/write', { format: 'zip', path: join(dir, 'pack.zip'), options });
    expect(readFileSync(join(dir, 'pack.zip'), 'utf8')).toBe('earlier pack');
    expect(readdirSync(dir)).toEqual(['pack.zip']);
  });
});

describe('packs written to the Exports folder', () => {
  it('never overwrite an earlier pack of the same day', async () => {
    const { t } = await preparedExample();
    const options = { asAt: '2024-09-30' };
    const first = await t.call('export/write', { format: 'html', options });
    const second = await t.call('export/write', { format: 'html', options });
    expect(second.path).not.toBe(first.path);
    expect(first.path).toMatch(/evidence pack \d{4}-\d{2}-\d{2}\.html$/);
    expect(second.path).toBe(first.path.replace(/\.html$/, ' (2).html'));
    expect(existsSync(first.path) && existsSync(second.path)).toBe(true);
    t.app.close();
  });
});

describe('file names and CSV cells', () => {
  it('makes file names safe on every system', () => {
    expect(safeSegment('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeSegment('CON')).toBe('_CON');
    expect(safeSegment('lpt1.txt')).toBe('_lpt1.txt');
    expect(safeSegment('  ...  ')).toBe('Untitled');
    expect(safeSegment('a\u0000b\u202Ec')).toBe('a_b_c');
    expect(Array.from(safeSegment('🎉'.repeat(200), 50)).length).toBe(50);
    expect(exhibitFileName('E3', 'Board minutes June 2023', 'minutes.PDF', 0)).toBe('E3 - Board minutes June 2023.pdf');
    expect(exhibitFileName('E3', 'Board minutes', 'b.docx', 1)).toBe('E3 - Board minutes (2).docx');
  });

  it('quotes cells as RFC 4180 does and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(f).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa,b\r\nc,d\r\n');
  });
});
