import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/main.ts';
import { makePdf, writeTo } from '../../helpers/ingest-fixtures.ts';
import { tempDir } from '../../helpers/temp.ts';

async function revisit(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { XDG_CONFIG_HOME: tempDir() } });
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

describe('revisit import and search (CLI contract)', () => {
  it('imports files and folders with the documented JSON, then finds a phrase at its page', async () => {
    const lib = join(tempDir(), 'lib');
    await revisit(['init', '--name', 'Testshire', '--library', lib]);
    await revisit(['area', 'add', '--code', 'AOC1', '--title', 'Plans', '--weakness', 'Late.', '--library', lib]);
    const dir = tempDir();
    const pdf = writeTo(dir, 'minutes.pdf', await makePdf({ title: 'Board minutes', pages: ['Opening page.', 'The EHC plans issued within 20 weeks rose.'] }));
    writeTo(dir, 'notes.txt', 'Coffee morning notes.');
    const first = await revisit(['import', dir, '--area', 'AOC1', '--library', lib, '--json']);
    expect(first.code).toBe(0);
    const results = first.json().results as { path: string; status: string; id: string | null; error: string | null }[];
    expect(results).toEqual([
      { path: pdf, status: 'imported', id: expect.any(String), error: null },
      { path: join(dir, 'notes.txt'), status: 'imported', id: expect.any(String), error: null },
    ]);
    expect(first.stderr).toContain('imported');

    const again = await revisit(['import', pdf, join(dir, 'missing.docx'), '--library', lib, '--json']);
    expect(again.code).toBe(1);
    expect(again.json().results).toEqual([
      { path: pdf, status: 'duplicate', id: results[0]!.id, error: null },
      { path: join(dir, 'missing.docx'), status: 'failed', id: null, error: `There is no file or folder at ${join(dir, 'missing.docx')}. Check the name and try again.` },
    ]);

    const listed = await revisit(['evidence', 'list', '--area', 'AOC1', '--library', lib, '--json']);
    expect(listed.json().evidence).toHaveLength(2);

    const search = await revisit(['search', '"within 20 weeks"', '--limit', '5', '--library', lib, '--json']);
    expect(search.code).toBe(0);
    expect(search.json()).toEqual({ hits: [{ id: results[0]!.id, title: 'Board minutes', snippet: 'The EHC plans issued **within 20 weeks** rose.', page: 2 }] });
    const none = await revisit(['search', 'unbalanced"', '--library', lib, '--json']);
    expect(none.json()).toEqual({ hits: [] });
  });

  it('answers --kind data with exit 1 and a sentence, and a wrong command line with exit 2', async () => {
    const lib = join(tempDir(), 'lib');
    await revisit(['init', '--library', lib]);
    const data = await revisit(['import', tempDir(), '--kind', 'data', '--library', lib, '--json']);
    expect(data.code).toBe(1);
    expect(data.json().error.message).toMatch(/^Importing files as data series is not available yet/);
    expect((await revisit(['import', '--library', lib])).code).toBe(2);
    expect((await revisit(['import', 'x', '--kind', 'poems', '--library', lib])).code).toBe(2);
    expect((await revisit(['search', 'x', '--limit', 'lots', '--library', lib])).code).toBe(2);
    const unknownArea = await revisit(['import', tempDir(), '--area', 'AOC9', '--library', lib]);
    expect(unknownArea.code).toBe(1);
    expect(unknownArea.stderr).toContain('AOC9');
  });
});
