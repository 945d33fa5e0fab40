import { describe, expect, it } from 'vitest';
import { testApp, withLibrary } from '../../helpers/app.ts';

describe('library details', () => {
  it('refuses to work without a library, then creates one with its details', async () => {
    const t = testApp();
    expect((await t.fails('areas/list')).code).toBe('no-library');
    const info = await t.call('library/create', {
      name: 'Testshire',
      partners: ['Testshire Council'],
      initialInspectionDate: '2022-01-25',
      wsoaFitDate: '2022-06-14',
      revisitWindowStart: '2023-09-01',
      revisitWindowEnd: '2023-12-14',
    });
    expect(info.details).toMatchObject({ name: 'Testshire', initialInspectionDate: '2022-01-25', revisitWindowEnd: '2023-12-14' });
    const updated = await t.call('library/update', { partners: ['Testshire Council', 'Testshire ICB'] });
    expect(updated.details.partners).toEqual(['Testshire Council', 'Testshire ICB']);
    expect(updated.details.name).toBe('Testshire');
  });

  it('names the field when the revisit window ends before it starts, and changes nothing', async () => {
    const t = await withLibrary();
    const e = await t.fails('library/update', { revisitWindowStart: '2024-05-01', revisitWindowEnd: '2024-04-01' });
    expect(e).toMatchObject({ code: 'invalid-input' });
    expect(e.message).toMatch(/^revisitWindowEnd:/);
    expect((await t.call('app/state')).library?.details.revisitWindowStart).toBeNull();
  });

  it('refuses to create a second library on top of the first', async () => {
    const t = await withLibrary();
    const e = await t.fails('library/create', { name: 'Again' });
    expect(e.code).toBe('library-exists');
  });
});

describe('areas of concern', () => {
  it('keeps the weakness text verbatim, including spacing and line breaks', async () => {
    const t = await withLibrary();
    const weakness = '  Leaders do not have an accurate understanding\n\tof the area’s strengths — and weaknesses.  ';
    const a = await t.call('areas/create', { code: 'AOC1', title: 'Leadership', weakness });
    expect(a.weakness).toBe(weakness);
    expect((await t.call('areas/list'))[0]!.weakness).toBe(weakness);
  });

  it('refuses a duplicate code whatever its case, naming the area that has it', async () => {
    const t = await withLibrary();
    await t.call('areas/create', { code: 'AOC1', title: 'Leadership', weakness: 'x' });
    const e = await t.fails('areas/create', { code: 'aoc1', title: 'Other', weakness: 'y' });
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('Leadership');
    expect(await t.call('areas/list')).toHaveLength(1);
  });

  it('puts a new area in code order while the areas are in code order, else after the order the user chose', async () => {
    const t = await withLibrary();
    const codes = async () => (await t.call('areas/list')).map((a) => `${a.position}:${a.code}`);
    for (const code of ['AOC1', 'AOC2', 'AOC4', 'AOC10']) await t.call('areas/create', { code, title: code, weakness: 'x' });
    // Accepted late from the letter: AOC3 goes between AOC2 and AOC4, and AOC10 stays after AOC9.
    await t.call('areas/create', { code: 'AOC3', title: 'Outcomes', weakness: 'x' });
    await t.call('areas/create', { code: 'AOC9', title: 'Nine', weakness: 'x' });
    expect(await codes()).toEqual(['0:AOC1', '1:AOC2', '2:AOC3', '3:AOC4', '4:AOC9', '5:AOC10']);
    // Once the user has put them in an order of their own, a new one goes at the end.
    const aoc9 = (await t.call('areas/list')).find((a) => a.code === 'AOC9')!;
    await t.call('areas/move', { id: aoc9.id, position: 0 });
    await t.call('areas/create', { code: 'AOC5', title: 'Five', weakness: 'x' });
    expect(await codes()).toEqual(['0:AOC9', '1:AOC1', '2:AOC2', '3:AOC3', '4:AOC4', '5:AOC10', '6:AOC5']);
  });

  it('keeps codes in capitals, as typed in any case', async () => {
    const t = await withLibrary();
    const a = await t.call('areas/create', { code: ' aoc2 ', title: 'Timeliness', weakness: 'x' });
    expect(a.code).toBe('AOC2');
    expect((await t.call('areas/update', { id: a.id, code: 'aoc2b' })).code).toBe('AOC2B');
  });

  it('names each invalid field and its problem', async () => {
    const t = await withLibrary();
    const e = await t.fails('areas/create', { code: 'AOC 1!', title: '', weakness: '   ' });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toContain('code: may use only letters');
    expect(e.message).toContain('title: must not be empty');
    expect(e.message).toContain('weakness: must not be empty');
    const missing = await t.fails('areas/create', { code: 'AOC1' });
    expect(missing.message).toContain('title: is required');
  });

  it('reorders, and deleting an area removes its links but keeps the evidence', async () => {
    const t = await withLibrary();
    const a1 = await t.call('areas/create', { code: 'AOC1', title: 'One', weakness: 'x' });
    const a2 = await t.call('areas/create', { code: 'AOC2', title: 'Two', weakness: 'x' });
    const a3 = await t.call('areas/create', { code: 'AOC3', title: 'Three', weakness: 'x' });
    const moved = await t.call('areas/move', { id: a3.id, position: 0 });
    expect(moved.map((a) => a.code)).toEqual(['AOC3', 'AOC1', 'AOC2']);
    const item = await t.call('evidence/create', { title: 'Board minutes' });
    await t.call('links/set', { evidenceId: item.id, areaId: a1.id });
    await t.call('links/set', { evidenceId: item.id, areaId: a2.id, stance: 'counters', note: 'Shows delays' });
    const result = await t.call('areas/delete', { id: a1.id });
    expect(result.unlinkedEvidence).toBe(1);
    const after = await t.call('evidence/get', { id: item.id });
    expect(after.links.map((l) => l.areaCode)).toEqual(['AOC2']);
    expect((await t.call('areas/list')).map((a) => [a.code, a.position])).toEqual([
      ['AOC3', 0],
      ['AOC2', 1],
    ]);
  });
});

describe('evidence items and links', () => {
  it('creates, edits and lists items by scope: all, unlinked and one area', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'x' });
    const a = await t.call('evidence/create', { title: 'EHCP audit', kind: 'document', asAt: '2023-03-01', source: 'Testshire Council' });
    const b = await t.call('evidence/create', { title: 'Parent survey', kind: 'feedback', asAt: '2023-06-01', personalData: true });
    await t.call('links/set', { evidenceId: a.id, areaId: area.id, stance: 'supports', note: 'Audit shows better plans' });
    expect((await t.call('evidence/list', { scope: { type: 'all' } })).map((e) => e.title)).toEqual(['Parent survey', 'EHCP audit']);
    expect((await t.call('evidence/list', { scope: { type: 'unlinked' } })).map((e) => e.id)).toEqual([b.id]);
    expect((await t.call('evidence/list', { scope: { type: 'area', areaId: area.id } })).map((e) => e.id)).toEqual([a.id]);
    const edited = await t.call('evidence/update', { id: b.id, title: 'Parent carer survey 2023', personalData: false, asAt: null });
    expect(edited).toMatchObject({ title: 'Parent carer survey 2023', personalData: false, asAt: null, kind: 'feedback' });
  });

  it('lists only the items named by ids, within the scope, and refuses more than 1000 ids', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'x' });
    const a = await t.call('evidence/create', { title: 'Old audit', kind: 'document', asAt: '2021-03-01' });
    const b = await t.call('evidence/create', { title: 'Old survey', kind: 'feedback', asAt: '2021-06-01' });
    const c = await t.call('evidence/create', { title: 'New report', kind: 'document', asAt: '2024-01-01' });
    for (const e of [a, b]) await t.call('links/set', { evidenceId: e.id, areaId: area.id, stance: 'supports', note: '' });
    expect((await t.call('evidence/list', { scope: { type: 'all' }, ids: [a.id, c.id] })).map((e) => e.id)).toEqual([c.id, a.id]);
    // Within the scope: c is not linked to the area.
    expect((await t.call('evidence/list', { scope: { type: 'area', areaId: area.id }, ids: [a.id, c.id] })).map((e) => e.id)).toEqual([a.id]);
    expect(await t.call('evidence/list', { scope: { type: 'all' }, ids: [] })).toEqual([]);
    // Left out, every item in the scope, as before.
    expect(await t.call('evidence/list', { scope: { type: 'area', areaId: area.id } })).toHaveLength(2);
    const tooMany = Array.from({ length: 1001 }, () => a.id);
    expect(await t.fails('evidence/list', { scope: { type: 'all' }, ids: tooMany })).toMatchObject({ code: 'invalid-input' });
  });

  it('rejects impossible dates and unknown kinds by field', async () => {
    const t = await withLibrary();
    const e = await t.fails('evidence/create', { title: 'x', asAt: '2023-02-29', kind: 'poem' });
    expect(e.message).toContain('asAt: is not a real date');
    expect(e.message).toContain('kind: must be one of');
    expect(await t.call('evidence/list', {})).toHaveLength(0);
  });

  it('updates a link in place, and unlinking returns what was removed so it can be undone', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'x' });
    const item = await t.call('evidence/create', { title: 'Tribunal data' });
    await t.call('links/set', { evidenceId: item.id, areaId: area.id });
    await t.call('links/set', { evidenceId: item.id, areaId: area.id, stance: 'counters', note: 'Appeals rose' });
    const got = await t.call('evidence/get', { id: item.id });
    expect(got.links).toEqual([{ areaId: area.id, areaCode: 'AOC1', stance: 'counters', note: 'Appeals rose', strength: 'activity' }]);
    const removed = await t.call('links/remove', { evidenceId: item.id, areaId: area.id });
    expect(removed.removed).toMatchObject({ stance: 'counters', note: 'Appeals rose' });
    expect((await t.call('evidence/get', { id: item.id })).links).toEqual([]);
    expect((await t.fails('links/remove', { evidenceId: item.id, areaId: area.id })).code).toBe('not-found');
  });

  it('says clearly when an item or area does not exist', async () => {
    const t = await withLibrary();
    expect(await t.fails('evidence/get', { id: 'nope' })).toMatchObject({ code: 'not-found' });
    const item = await t.call('evidence/create', { title: 'x' });
    expect(await t.fails('links/set', { evidenceId: item.id, areaId: 'nope' })).toMatchObject({ code: 'not-found' });
  });
});
