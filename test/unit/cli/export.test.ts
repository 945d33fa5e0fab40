import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revisit } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/temp.ts';
import { preparedExample, readZip } from '../export/fixture.ts';

describe('revisit export', () => {
  it('writes html and zip packs and prints {"path", "exhibits"}', async () => {
    const { t, libPath, personal } = await preparedExample();
    t.app.close();
    const dir = tempDir();
    const html = await revisit(['export', '--format', 'html', '--out', join(dir, 'pack.html'), '--as-at', '2024-09-01', '--library', libPath, '--json']);
    expect(html.code).toBe(0);
    const result = html.json();
    expect(Object.keys(result)).toEqual(['path', 'exhibits']);
    expect(result.path).toBe(join(dir, 'pack.html'));
    expect(result.exhibits).toBeGreaterThan(3);
    expect(readFileSync(result.path, 'utf8')).not.toContain(personal.title);

    const zip = await revisit(['export', '--format', 'zip', '--out', join(dir, 'pack.zip'), '--include-personal-data', '--library', libPath]);
    expect(zip.code).toBe(0);
    expect(zip.stdout).toMatch(/^Wrote the evidence pack \(\d+ exhibits\) to .*pack\.zip\.\nItems marked as personal data are included, as you asked/);
    const entries = await readZip(join(dir, 'pack.zip'));
    expect(entries.get('pack.html')!.toString('utf8')).toContain('marked as containing personal data, included on purpose');
  });

  it('writes pdf and docx packs, and answers exit 2 for a wrong command line', async () => {
    const { t, libPath } = await preparedExample();
    t.app.close();
    const dir = tempDir();
    const pdf = await revisit(['export', '--format', 'pdf', '--out', join(dir, 'pack.pdf'), '--library', libPath, '--json']);
    expect(pdf.code).toBe(0);
    expect(pdf.json().path).toBe(join(dir, 'pack.pdf'));
    expect(readFileSync(join(dir, 'pack.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const docx = await revisit(['export', '--format', 'docx', '--out', join(dir, 'pack.docx'), '--draft', '--library', libPath]);
    expect(docx.code).toBe(0);
    expect(docx.stdout).toMatch(/^Wrote the evidence pack \(\d+ exhibits\) to .*pack\.docx\./);
    expect(existsSync(join(dir, 'pack.docx'))).toBe(true);
    expect((await revisit(['export', '--format', 'rtf', '--out', join(dir, 'x'), '--library', libPath])).code).toBe(2);
    expect((await revisit(['export', '--format', 'html', '--library', libPath])).code).toBe(2);
    const noArea = await revisit(['export', '--format', 'html', '--out', join(dir, 'x.html'), '--area', 'AOC99', '--library', libPath]);
    expect(noArea.code).toBe(1);
    expect(noArea.stderr).toContain('AOC99');
  });
});
