import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revisit } from '../../helpers/cli.ts';
import { makePdf, writeTo } from '../../helpers/ingest-fixtures.ts';
import { tempDir } from '../../helpers/temp.ts';


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

  it('imports a KPI table as data series and a survey export as feedback items, file by file', async () => {
    const lib = join(tempDir(), 'lib');
    await revisit(['init', '--name', 'Testshire', '--library', lib]);
    await revisit(['area', 'add', '--code', 'AOC1', '--title', 'Plans', '--weakness', 'Late.', '--library', lib]);
    const dir = tempDir();
    const kpi = writeTo(dir, 'kpis.csv', 'Year,% within 20 weeks,Complaints\r\n2021/22,4%,54\r\n2022/23,20%,38\r\n2023/24,39%,15\r\n');
    const notes = writeTo(dir, 'notes.txt', 'Not a table.');
    const data = await revisit(['import', dir, '--kind', 'data', '--area', 'AOC1', '--library', lib, '--json']);
    expect(data.code).toBe(1); // notes.txt is not a table
    const results = data.json().results as { path: string; status: string; id: string | null; error: string | null }[];
    expect(results).toEqual([
      { path: kpi, status: 'imported', id: expect.any(String), error: null },
      { path: kpi, status: 'imported', id: expect.any(String), error: null },
      { path: notes, status: 'failed', id: null, error: 'Only CSV and Excel (.xlsx) files can be imported as data series.' },
    ]);
    const listed = (await revisit(['evidence', 'list', '--area', 'AOC1', '--library', lib, '--json'])).json().evidence as { title: string; kind: string }[];
    expect(listed.map((e) => [e.kind, e.title]).sort()).toEqual([
      ['data', '% within 20 weeks'],
      ['data', 'Complaints'],
    ]);
    // The same file again: each series points at the one already there, and nothing is added.
    const again = await revisit(['import', kpi, '--kind', 'data', '--library', lib, '--json']);
    expect(again.code).toBe(0);
    const ids = results.slice(0, 2).map((r) => r.id);
    expect((again.json().results as { status: string; id: string }[]).map((r) => [r.status, ids.includes(r.id)])).toEqual([
      ['duplicate', true],
      ['duplicate', true],
    ]);
    expect(((await revisit(['evidence', 'list', '--library', lib, '--json'])).json().evidence as unknown[]).length).toBe(2);
    // Next year's extract, with the same headings, one figure revised: its figures go into the same series.
    const next = writeTo(dir, 'kpis-2025.csv', 'Year,% within 20 weeks,Complaints\r\n2023/24,39%,16\r\n2024/25,52%,11\r\n');
    const added = await revisit(['import', next, '--kind', 'data', '--library', lib]);
    expect(added.code).toBe(0);
    expect(added.stdout.split('\n').filter(Boolean)).toEqual([
      `imported\t${ids[0]}\t${next}\t(2024/25 added to “% within 20 weeks”)`,
      expect.stringMatching(new RegExp(`^imported\t\\S+\t${next.replace(/[.\\/]/g, '\\$&')}\t\\(2024/25 added to “Complaints”; 1 changed \\(2023/24: 15 → 16\\)\\)$`)),
      '2 imported, 0 already in the library, 0 could not be imported.',
    ]);
    expect(((await revisit(['evidence', 'list', '--library', lib, '--json'])).json().evidence as unknown[]).length).toBe(2);

    const survey = writeTo(
      dir,
      'survey.csv',
      '\uFEFFI am a…,What has got better?,What could be better?\r\nParent or carer,"The new caseworker calls back.\r\nEvery time.",The wait for an assessment is still far too long for us.\r\nYoung person,My plan says what I want now,\r\n',
    );
    const feedback = await revisit(['import', survey, '--kind', 'feedback', '--library', lib]);
    expect(feedback.code).toBe(0);
    expect(feedback.stdout).toMatch(/^imported\t\S+\t.*survey\.csv\t\(3 feedback items from 2 responses\)$/m);
    const bad = writeTo(dir, 'empty.csv', '');
    const refused = await revisit(['import', bad, '--kind', 'data', '--library', lib, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json().results[0]).toMatchObject({ status: 'failed', id: null, error: expect.stringMatching(/\.$/) });
  });

  it('answers a wrong command line with exit 2, and an unknown area with exit 1', async () => {
    const lib = join(tempDir(), 'lib');
    await revisit(['init', '--library', lib]);
    expect((await revisit(['import', '--library', lib])).code).toBe(2);
    expect((await revisit(['import', 'x', '--kind', 'poems', '--library', lib])).code).toBe(2);
    expect((await revisit(['search', 'x', '--limit', 'lots', '--library', lib])).code).toBe(2);
    const unknownArea = await revisit(['import', tempDir(), '--area', 'AOC9', '--library', lib]);
    expect(unknownArea.code).toBe(1);
    expect(unknownArea.stderr).toContain('AOC9');
  });
});
