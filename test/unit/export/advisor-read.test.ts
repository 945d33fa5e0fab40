/**
 * The pack as an advisor reads it: sentences that read well with one area or missing
 * dates, a closing that only speaks of findings when there are some, exhibits without a
 * file carrying their words, each exhibit's stance on each area, the written statement
 * of action's actions, and a zip that shows every area's exhibits from its own folder.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/core/export/docx.ts';
import { renderHtml } from '../../../main/core/export/html.ts';
import { buildPack } from '../../../main/core/export/model.ts';
import { renderPdf } from '../../../main/core/export/pdf.ts';
import { openingSentences, summarySentences } from '../../../main/core/export/wording.ts';
import { judgementWordingPresets } from '../../../shared/schemas/assessment.ts';
import { withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';
import { readZip } from './fixture.ts';
import { docxHtml, readPdf } from './read.ts';

const revisit = judgementWordingPresets.revisit.wording;
const options = { includePersonalData: false, draft: false } as const;
const packOf = (t: TestApp, asAt = '2024-09-01', over: Partial<Parameters<typeof buildPack>[1]> = {}) => buildPack(t.app.session.requireLibrary().db, { ...options, ...over }, asAt);

const YOUNG = 'What young people on part-time timetables told us';
const YOUNG_WORDS = 'Four young people said they felt left out of school life.\n\nTwo said the new timetable reviews helped.';
const SECRET_WORDS = 'Jacob (Year 9) told us his EHC plan was late by four months.';

describe('the pack’s sentences with one area and missing dates', () => {
  it('says "the area of significant weakness" and "the one significant weakness" when there is one', () => {
    const opening = openingSentences({ name: 'Thornbury', initialInspectionDate: '2022-11-07', wsoaFitDate: '2023-04-17', asAt: '2024-09-01', areaCount: 1, libraryAreaCount: 1, wording: revisit });
    expect(opening[0]).toBe(
      'This evidence pack sets out, as at 1 September 2024, the evidence Thornbury holds on whether sufficient progress has been made in addressing the area of significant weakness identified at the initial inspection on 7 November 2022.',
    );
    expect(summarySentences(['sufficient'], [], revisit)).toEqual([
      'The area’s self-evaluation is that it has made sufficient progress in addressing the one significant weakness identified at the initial inspection.',
    ]);
    expect(summarySentences(['not-sufficient'], [], revisit)).toEqual([
      'The area’s self-evaluation is that it has not made sufficient progress in addressing the one significant weakness identified at the initial inspection.',
    ]);
    expect(summarySentences([null], ['AOC1'], revisit)).toEqual(['No judgement has yet been recorded for the one significant weakness identified at the initial inspection.']);
    // Several areas still read as the letter does.
    expect(summarySentences(['sufficient', 'not-sufficient', 'sufficient'], [], revisit)[0]).toBe(
      'The area’s self-evaluation is that it has made sufficient progress in addressing two of the three significant weaknesses identified at the initial inspection.',
    );
  });

  it('leaves out the sentences of dates the library does not hold, and keeps those it does', () => {
    const none = openingSentences({ name: 'Thornbury', initialInspectionDate: null, wsoaFitDate: null, asAt: '2024-09-01', areaCount: 2, libraryAreaCount: 2, wording: revisit });
    expect(none).toEqual(['This evidence pack sets out, as at 1 September 2024, the evidence Thornbury holds on whether sufficient progress has been made in addressing each of the two areas of significant weakness identified at the initial inspection.']);
    expect(none.join(' ')).not.toMatch(/not recorded|library/);
    const fit = openingSentences({ name: 'Thornbury', initialInspectionDate: null, wsoaFitDate: '2023-04-17', asAt: '2024-09-01', areaCount: 2, libraryAreaCount: 3, wording: revisit });
    expect(fit.slice(1)).toEqual(['The written statement of action was declared fit for purpose on 17 April 2023.', 'This pack covers two of the library’s three areas.']);
  });

  it('uses the curly apostrophe throughout the pack’s own sentences', async () => {
    const t = await withLibrary('Thornbury');
    const a = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.' });
    await t.call('areas/create', { code: 'AOC2', title: 'Voice', weakness: 'Families are not heard.' });
    await t.call('assessment/judge', { areaId: a.id, outcome: 'sufficient' });
    const pack = packOf(t, '2024-09-01', { areaIds: [a.id] });
    const own = [...pack.opening, ...pack.summary, ...pack.closing, ...pack.notes, ...pack.heardFrom.sentences, ...pack.voices.sentences, ...pack.actions.sentences];
    expect(own.join(' ')).toContain('’');
    expect(own.join(' ')).not.toContain("'");
  });
});

describe('the closing', () => {
  it('speaks of findings citing exhibits only when a finding cites one', async () => {
    const t = await withLibrary('Thornbury');
    const a = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.' });
    const empty = packOf(t);
    expect(empty.closing.join(' ')).not.toMatch(/finding|exhibit/i);

    const doc = await t.call('evidence/create', { title: 'SEND strategy', kind: 'document' });
    await t.call('links/set', { evidenceId: doc.id, areaId: a.id });
    const linkedOnly = packOf(t);
    expect(linkedOnly.closing.join(' ')).not.toContain('Each finding above cites');
    expect(linkedOnly.closing).toContain('The exhibit index below lists the evidence linked to each area, and the files travel beside this pack.');

    await t.call('findings/create', { areaId: a.id, text: 'Leaders share one strategy.', citations: [{ evidenceId: doc.id }] });
    expect(packOf(t).closing.join(' ')).toContain('Each finding above cites its evidence by exhibit reference');
  });
});

/** Two areas; a note of what young people said (no file), a counter-evidence item linked to both, and a withheld item with no file. */
async function evidenceLibrary() {
  const t = await withLibrary('Thornbury');
  const a1 = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.' });
  const a2 = await t.call('areas/create', { code: 'AOC2', title: 'Inclusion', weakness: 'Too many part-time timetables.' });
  const young = await t.call('evidence/create', { title: YOUNG, kind: 'feedback', description: YOUNG_WORDS, asAt: '2024-03-01' });
  await t.call('links/set', { evidenceId: young.id, areaId: a2.id, stance: 'counters', note: 'Shows part-time timetables still exclude some pupils.' });
  const staged = await t.call('files/stage', { name: 'audit.txt', bytes: new TextEncoder().encode('audit of plans') });
  const audit = await t.call('evidence/create', { title: 'Audit of EHC plans', kind: 'document', asAt: '2024-02-01' });
  await t.call('evidence/addFile', { evidenceId: audit.id, uploadId: staged.uploadId, name: 'audit.txt' });
  await t.call('links/set', { evidenceId: audit.id, areaId: a1.id, note: 'Quality of plans improved.' });
  await t.call('links/set', { evidenceId: audit.id, areaId: a2.id, stance: 'counters', note: 'Plans for pupils on reduced timetables were the weakest.' });
  const secret = await t.call('evidence/create', { title: 'Call with a parent', kind: 'feedback', description: SECRET_WORDS, personalData: true });
  await t.call('links/set', { evidenceId: secret.id, areaId: a2.id });
  return { t, a1, a2 };
}

describe('exhibits without a file, and how each exhibit bears on each area', () => {
  it('prints the words of an exhibit with no file in HTML, PDF and Word, and never those of a withheld item', async () => {
    const { t } = await evidenceLibrary();
    const pack = packOf(t);
    const young = pack.exhibits.find((e) => e.title === YOUNG)!;
    expect(young.words).toBe(YOUNG_WORDS);
    expect(pack.exhibits.find((e) => e.title === 'Audit of EHC plans')!.words).toBeNull(); // it has a file
    const html = renderHtml(pack);
    expect(html).toContain('Exhibits without a file');
    expect(html).toContain('Four young people said they felt left out of school life.');
    expect(html).toContain('Two said the new timetable reviews helped.');
    const pdf = await readPdf(await renderPdf(pack));
    expect(pdf.text).toContain('Four young people said they felt left out of school life.');
    const { raw } = await docxHtml(await renderDocx(pack));
    expect(raw).toContain('Two said the new timetable reviews helped.');
    for (const text of [html, pdf.text, raw]) {
      expect(text).not.toContain('Jacob');
      expect(text).not.toContain('Call with a parent');
    }
    // Asked for on purpose, the withheld item's words come too.
    expect(renderHtml(packOf(t, '2024-09-01', { includePersonalData: true }))).toContain('Jacob (Year 9)');
  });

  it('lists, for each area, the exhibits that evidence it with their stance and why they count, counter-evidence included', async () => {
    const { t } = await evidenceLibrary();
    const pack = packOf(t);
    const [aoc1, aoc2] = pack.held;
    expect(aoc1!.rows.map((r) => [r.title, r.stance, r.note])).toEqual([['Audit of EHC plans', 'Supports progress', 'Quality of plans improved.']]);
    expect(aoc2!.rows.map((r) => [r.title, r.stance, r.note])).toEqual([
      ['Audit of EHC plans', 'Counters progress', 'Plans for pupils on reduced timetables were the weakest.'],
      [YOUNG, 'Counters progress', 'Shows part-time timetables still exclude some pupils.'],
    ]);
    const html = renderHtml(pack);
    expect(html).toContain('<h3>Evidence held for each area</h3>');
    expect(html).toContain('<td class="counters">Counters progress</td><td dir="auto">Shows part-time timetables still exclude some pupils.</td>');
    const pdf = await readPdf(await renderPdf(pack));
    expect(pdf.text).toContain('Counters progress');
    expect(pdf.text).toContain('Plans for pupils on reduced timetables were the weakest.');
  });

  it('carries an exhibit with no file in the zip as a text file of its words, and a README in each area’s folder lists exhibits kept elsewhere', async () => {
    const { t } = await evidenceLibrary();
    const out = join(tempDir(), 'pack.zip');
    await t.call('export/write', { format: 'zip', path: out, options: { asAt: '2024-09-01' } });
    const zip = await readZip(out);
    const names = [...zip.keys()];
    const words = names.find((n) => n.endsWith('.txt') && n.includes('What young people'))!;
    expect(words).toMatch(/^exhibits\/AOC2\/E\d+ - What young people on part-time timetables told us\.txt$/);
    const text = zip.get(words)!.toString('utf8');
    expect(text).toContain('Four young people said they felt left out of school life.');
    expect(text).toContain('AOC2 (counters progress)');
    // The audit is kept once, in AOC1's folder; AOC2's README says where.
    const audit = names.find((n) => n.includes('Audit of EHC plans'))!;
    expect(audit.startsWith('exhibits/AOC1/')).toBe(true);
    const readme2 = zip.get('exhibits/AOC2/README.txt')!.toString('utf8');
    expect(readme2).toContain('In another area’s folder');
    expect(readme2).toContain(audit);
    expect(readme2).toContain(words);
    expect(readme2).toContain('(counters progress)');
    const readme1 = zip.get('exhibits/AOC1/README.txt')!.toString('utf8');
    expect(readme1).toContain('In this folder:');
    expect(readme1).toContain(audit);
    expect(readme1).not.toContain('What young people');
    // READMEs are in the manifest like every other file; nothing of the withheld item travels.
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['exhibits/AOC1/README.txt', 'exhibits/AOC2/README.txt']));
    for (const [name, bytes] of zip) {
      expect(bytes.includes(Buffer.from('Jacob')), name).toBe(false);
      expect(name).not.toContain('Call with a parent');
    }
  });
});

describe('the written statement of action’s actions', () => {
  async function tracker(n: number, area2Actions = 2) {
    const t = await withLibrary('Thornbury');
    const a1 = await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.' });
    const a2 = await t.call('areas/create', { code: 'AOC2', title: 'Inclusion', weakness: 'Too many part-time timetables.' });
    for (let i = 1; i <= n; i++)
      await t.call('actions/create', {
        areaId: a1.id,
        ref: `1.${i}`,
        text: `Action ${i} of the plans workstream: review the quality of new EHC plans each month`,
        owner: 'Head of SEND',
        dueOn: i % 3 === 0 ? '2024-06-23' : '2024-12-31',
        statusId: i % 6 === 0 ? 'completed' : 'in-progress',
      });
    for (let i = 1; i <= area2Actions; i++) await t.call('actions/create', { areaId: a2.id, ref: `2.${i}`, text: `Inclusion action ${i}`, statusId: 'yet-to-start' });
    return { t, a1, a2 };
  }

  it('lists each area’s actions with reference, owner, due date and status, flagging those past due and not complete', async () => {
    const { t, a1 } = await tracker(6);
    const pack = packOf(t);
    const [plans, inclusion] = pack.actions.areas;
    expect(plans!.caption).toBe('AOC1: 6 actions, 1 past due and not complete');
    // 1.3 is due 23 June 2024, in progress: past due. 1.6 is due then too but completed.
    expect(plans!.rows[2]).toEqual(['1.3', 'Action 3 of the plans workstream: review the quality of new EHC plans each month', 'Head of SEND', '23 June 2024', 'In progress (past due)']);
    expect(plans!.rows[1]![4]).toBe('In progress');
    expect(plans!.rows[5]!.slice(3)).toEqual(['23 June 2024', 'Completed']);
    expect(inclusion!.rows[0]).toEqual(['2.1', 'Inclusion action 1', 'Not recorded', 'No date', 'Yet to start']);
    expect(pack.actions.sentences).toEqual([
      'The written statement of action holds 8 actions for the areas in this pack, listed by area below.',
      'As at 1 September 2024, one is past the due date and not complete; its status is marked “past due”.',
    ]);
    // Only the pack's areas; and nothing is past due before its date.
    const only = packOf(t, '2024-06-01', { areaIds: [a1.id] });
    expect(only.actions.areas.map((a) => a.code)).toEqual(['AOC1']);
    expect(only.actions.areas[0]!.caption).toBe('AOC1: 6 actions');
    expect(only.actions.sentences[1]).toBe('As at 1 June 2024, none is past its due date without being complete.');
    const html = renderHtml(pack);
    expect(html).toContain('<h2>Annex E: actions of the written statement of action</h2>');
    expect(html).toContain('<caption dir="auto">AOC1: 6 actions, 1 past due and not complete</caption>');
    expect(html).toContain('<td>23 June 2024</td><td>In progress (past due)</td>');
    const { raw } = await docxHtml(await renderDocx(pack));
    expect(raw).toContain('Annex E: actions of the written statement of action');
    expect(raw).toContain('In progress (past due)');
  });

  it('says so when no actions are recorded', async () => {
    const t = await withLibrary('Thornbury');
    await t.call('areas/create', { code: 'AOC1', title: 'Plans', weakness: 'Plans are late.' });
    const pack = packOf(t);
    expect(pack.actions).toEqual({ sentences: ['No actions of the written statement of action are recorded for the areas in this pack.'], areas: [] });
  });

  it('never leaves the last action alone at the top of a PDF page, nor the annex heading without its first table', async () => {
    // However long the tracker, the last two rows of a table share a page, and the heading its table's start.
    for (let n = 30; n <= 52; n += 2) {
      const { t } = await tracker(n, 0);
      const pdf = await readPdf(await renderPdf(packOf(t)));
      const pageOf = (needle: string) => pdf.pageTexts.findIndex((p) => p.includes(needle));
      const last = pageOf(`1.${n} Action ${n} `);
      expect(last, `${n} actions`).toBeGreaterThan(-1);
      expect(pageOf(`1.${n - 1} Action ${n - 1} `), `${n} actions`).toBe(last);
      expect(pageOf('Annex E: actions of the written statement of action'), `${n} actions`).toBe(pageOf('1.1 Action 1 '));
    }
  }, 120_000);
});
