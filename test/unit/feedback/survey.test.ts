import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importSurveyFile } from '../../../main/core/feedback/handlers.ts';
import { withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

function file(name: string, content: string | Buffer) {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

const Q1 = 'What has been the most helpful thing about the support your family receives?';
const Q2 = 'What one thing would you change about the EHC needs assessment process?';

/** A form tool's export: byte-order mark, Windows line endings, a quoted answer over two lines, a blank answer. */
const surveyCsv = [
  `\uFEFFTimestamp,"I am a…",${JSON.stringify(Q1)},${JSON.stringify(Q2)},May we quote you?,How satisfied are you?`,
  `15/03/2024 10:23:45,Parent/carer,The coffee mornings helped us meet other families,"Faster decisions, and someone to call\r\nwhen it goes wrong",Yes,Satisfied`,
  `2024-03-16 08:00,Young person,My key worker listens to me properly,,No,Very satisfied`,
  `17/03/2024 14:02:11,SENCo,Training on the new graduated approach was good,My son Jacob waited 40 weeks for his plan,Yes,Dissatisfied`,
  `18/03/2024 09:00:00,Educational psychologist,Joint panels mean fewer delays for everyone involved,n/a,,Satisfied`,
  `19/03/2024 19:45:00,Someone else,Clear letters after every meeting we have had,Nothing really needs to change for us now,Yes,Satisfied`,
].join('\r\n');

const count = (t: TestApp) => {
  const db = t.app.session.requireLibrary().db;
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return { evidence: n('SELECT count(*) AS n FROM evidence'), feedback: n('SELECT count(*) AS n FROM feedback'), links: n('SELECT count(*) AS n FROM link') };
};

const mapping = { questionColumns: [2, 3], roleColumn: 1, dateColumn: 0, consentColumn: 4 };

describe('survey preview', () => {
  it('reads a CSV export with a byte-order mark, Windows line endings and quoted newlines, and proposes a mapping', async () => {
    const t = await withLibrary();
    const preview = await t.call('feedback/previewSurvey', { source: { path: file('send-survey.csv', surveyCsv) } });
    expect(preview.columns.map((c) => [c.heading, c.looksLike, c.answered])).toEqual([
      ['Timestamp', 'date', 5],
      ['I am a…', 'role', 5],
      [Q1, 'free-text', 5],
      [Q2, 'free-text', 4],
      ['May we quote you?', 'consent', 4],
      ['How satisfied are you?', 'choice', 5],
    ]);
    expect(preview.headerRow).toBe(1);
    expect(preview.rowCount).toBe(5);
    expect(preview.proposedMapping).toEqual(mapping);
    expect(preview.sample[0]!.cells[3]).toBe('Faster decisions, and someone to call\r\nwhen it goes wrong');
    expect(preview.sample[1]).toEqual({ row: 3, cells: ['2024-03-16 08:00', 'Young person', 'My key worker listens to me properly', '', 'No', 'Very satisfied'] });
    expect(preview.problems).toEqual([]);
  });

  it('marks unreadable dates in the date column by row and column', async () => {
    const t = await withLibrary();
    const text = 'Date submitted,Comments\n01/02/2024,The panel listened to us this time around\nnext Tuesday,Waiting lists are still far too long here\n31/02/2024,Communication from caseworkers has improved a lot\n';
    const preview = await t.call('feedback/previewSurvey', { source: { path: file('dates.csv', text) } });
    expect(preview.proposedMapping).toEqual({ questionColumns: [1], roleColumn: null, dateColumn: 0, consentColumn: null });
    expect(preview.problems).toEqual([
      { row: 3, column: 'Date submitted', message: '"next Tuesday" is not a date; write it like 15/03/2024 or 2024-03-15' },
      { row: 4, column: 'Date submitted', message: '"31/02/2024" is not a date; write it like 15/03/2024 or 2024-03-15' },
    ]);
    const before = count(t);
    const e = await t.fails('feedback/importSurvey', { source: { path: file('dates.csv', text) }, mapping: preview.proposedMapping });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toBe(
      '2 dates in the survey export cannot be read, so nothing was imported. Row 3, column "Date submitted": "next Tuesday" is not a date; write it like 15/03/2024 or 2024-03-15. Row 4, column "Date submitted": "31/02/2024" is not a date; write it like 15/03/2024 or 2024-03-15. Correct them, or choose no date column and give one date for every response.',
    );
    expect(count(t)).toEqual(before);
  });
});

describe('survey import', () => {
  it('makes one feedback item per response and answered question, with voice, question, role, consent and links', async () => {
    const t = await withLibrary();
    const a1 = await t.call('areas/create', { code: 'AOC1', title: 'Co-production', weakness: 'x' });
    const a2 = await t.call('areas/create', { code: 'AOC2', title: 'EHC plans', weakness: 'y' });
    const bytes = new Uint8Array(Buffer.from(surveyCsv, 'utf8'));
    const { uploadId } = await t.call('files/stage', { name: 'survey.csv', bytes });
    const before = count(t);
    const result = await t.call('feedback/importSurvey', {
      source: { uploadId },
      mapping,
      defaults: { surveyTitle: 'SEND survey 2024', voice: 'parent-carer', date: '2024-03-31', anonymised: true, consent: false, source: 'Parent carer forum' },
      areaIds: [a1.id, a2.id],
    });
    expect(result).toEqual({
      importId: expect.stringMatching(/^[a-z0-9]{10}$/),
      created: 8,
      responses: 5,
      skippedBlank: 2,
      flagged: 1,
      byVoice: { 'parent-carer': 4, 'child-young-person': 1, 'school-senco': 2, practitioner: 1 },
    });
    expect(count(t)).toEqual({ evidence: before.evidence + 8, feedback: before.feedback + 8, links: before.links + 16 });

    const db = t.app.session.requireLibrary().db;
    const rows = db
      .prepare(
        `SELECT e.title, e.description, e.as_at, e.source, e.kind, e.voice AS broad, e.personal_data, f.voice, f.channel, f.question, f.respondent_role,
           f.consent, f.anonymised, f.review, f.import_id FROM evidence e JOIN feedback f ON f.evidence_id = e.id ORDER BY e.rowid`,
      )
      .all() as Record<string, unknown>[];
    expect(rows.map((r) => r.title)).toEqual([
      '“The coffee mornings helped us meet other families” — SEND survey 2024, response 1',
      '“Faster decisions, and someone to call when it goes wrong” — SEND survey 2024, response 1',
      '“My key worker listens to me properly” — SEND survey 2024, response 2',
      '“Training on the new graduated approach was good” — SEND survey 2024, response 3',
      '“My son Jacob waited 40 weeks for his plan” — SEND survey 2024, response 3',
      '“Joint panels mean fewer delays for everyone involved” — SEND survey 2024, response 4',
      '“Clear letters after every meeting we have had” — SEND survey 2024, response 5',
      '“Nothing really needs to change for us now” — SEND survey 2024, response 5',
    ]);
    expect(rows[1]).toEqual({
      title: '“Faster decisions, and someone to call when it goes wrong” — SEND survey 2024, response 1',
      description: 'Faster decisions, and someone to call\r\nwhen it goes wrong',
      as_at: '2024-03-15',
      source: 'Parent carer forum',
      kind: 'feedback',
      broad: 'parent-carer',
      personal_data: 0,
      voice: 'parent-carer',
      channel: 'survey',
      question: Q2,
      respondent_role: 'Parent/carer',
      consent: 1,
      anonymised: 1,
      review: '',
      import_id: result.importId,
    });
    expect(rows.map((r) => [r.voice, r.broad, r.respondent_role, r.consent, r.as_at])).toEqual([
      ['parent-carer', 'parent-carer', 'Parent/carer', 1, '2024-03-15'],
      ['parent-carer', 'parent-carer', 'Parent/carer', 1, '2024-03-15'],
      ['child-young-person', 'child-young-person', 'Young person', 0, '2024-03-16'],
      ['school-senco', 'practitioner', 'SENCo', 1, '2024-03-17'],
      ['school-senco', 'practitioner', 'SENCo', 1, '2024-03-17'],
      ['practitioner', 'practitioner', 'Educational psychologist', 0, '2024-03-18'],
      ['parent-carer', 'parent-carer', 'Someone else', 1, '2024-03-19'],
      ['parent-carer', 'parent-carer', 'Someone else', 1, '2024-03-19'],
    ]);
    expect([rows[4]!.personal_data, rows[4]!.review]).toEqual([1, 'Possible personal data — review: names a child (“My son Jacob”)']);

    // Linked to both areas; the staged upload is gone once the import has committed.
    const area = await t.call('evidence/list', { scope: { type: 'area', areaId: a2.id } });
    expect(area.length).toBe(8);
    expect(await t.fails('feedback/previewSurvey', { source: { uploadId } })).toEqual({ code: 'not-found', message: 'That upload could not be found. Choose the file again.' });
    expect(count(t).evidence).toBe(before.evidence + 8);
  });

  it('lists the flagged answers and records the review of them, all at once', async () => {
    const t = await withLibrary();
    const text = [
      'Respondent type,Your comments',
      'Parent,My daughter Amelia finally has a plan that describes her',
      'Parent,Contact me on 07700 900123 if you want to know more',
      'Young person,I like my new school and the teachers are kind',
      'Parent,Sarah Thompson at the council was brilliant with us',
    ].join('\n');
    const first = await t.call('feedback/importSurvey', { source: { path: file('a.csv', text) }, mapping: { questionColumns: [1], roleColumn: 0 } });
    const second = await t.call('feedback/importSurvey', { source: { path: file('b.csv', 'Comments,x\nMy son Jacob is in Year 5 at Oakfield Primary,1\nAll good here thank you very much,2\n') }, mapping: { questionColumns: [0] } });
    expect([first.flagged, second.flagged]).toEqual([3, 1]);

    const all = await t.call('feedback/flagged', {});
    expect(all.total).toBe(4);
    expect(all.items.map((i) => [i.quote, i.review, i.personalData])).toEqual([
      ['My daughter Amelia finally has a plan that describes her', 'Possible personal data — review: names a child (“My daughter Amelia”)', true],
      ['Contact me on 07700 900123 if you want to know more', 'Possible personal data — review: gives a phone number', true],
      ['Sarah Thompson at the council was brilliant with us', 'Possible personal data — review: names a person (“Sarah Thompson”)', true],
      ['My son Jacob is in Year 5 at Oakfield Primary', 'Possible personal data — review: names a child (“My son Jacob”)', true],
    ]);
    expect(all.items[0]!.question).toBe('Your comments');
    const ofSecond = await t.call('feedback/flagged', { importId: second.importId });
    expect([ofSecond.total, ofSecond.items.length]).toEqual([1, 1]);
    expect((await t.call('feedback/flagged', { limit: 2 })).items.length).toBe(2);

    // Kept as personal data: the flag goes, the mark stays; judged harmless: both go.
    const [amelia, phone, sarah] = all.items;
    expect(await t.call('feedback/review', { ids: [amelia!.id, phone!.id], personalData: true })).toEqual({ reviewed: 2 });
    expect(await t.call('feedback/review', { ids: [sarah!.id], personalData: false })).toEqual({ reviewed: 1 });
    const left = await t.call('feedback/flagged', {});
    expect(left.total).toBe(1);
    expect((await t.call('evidence/get', { id: amelia!.id })).personalData).toBe(true);
    expect((await t.call('evidence/get', { id: sarah!.id })).personalData).toBe(false);
    expect((await t.call('feedback/get', { id: amelia!.id })).review).toBe('');

    // One unknown id: nothing changes.
    const e = await t.fails('feedback/review', { ids: [left.items[0]!.id, 'nosuchitem'], personalData: false });
    expect(e).toEqual({ code: 'not-found', message: '1 of the items to review could not be found as feedback items (they may have been deleted), so nothing was changed.' });
    expect((await t.call('feedback/flagged', {})).total).toBe(1);
  });

  it('uses the file name, the default voice and date, and reads consent words', async () => {
    const t = await withLibrary();
    const text = 'Comment,Can we quote you in our report?\nThe transport team sorted out our problems quickly,"Yes, anonymously"\nStill no reply to my complaint after many months,no thanks\nGood that there is finally a parent forum here,maybe\n';
    const r = await t.call('feedback/importSurvey', {
      source: { path: file('Autumn listening.csv', text) },
      mapping: { questionColumns: [0], consentColumn: 1 },
      defaults: { voice: 'child-young-person', date: '2023-10-01', consent: true },
    });
    expect(r.byVoice).toEqual({ 'child-young-person': 3 });
    const items = await t.call('evidence/list', {});
    expect(items.map((i) => [i.title, i.asAt, i.voice]).sort()).toEqual([
      ['“Good that there is finally a parent forum here” — Autumn listening, response 3', '2023-10-01', 'child-young-person'],
      ['“Still no reply to my complaint after many months” — Autumn listening, response 2', '2023-10-01', 'child-young-person'],
      ['“The transport team sorted out our problems quickly” — Autumn listening, response 1', '2023-10-01', 'child-young-person'],
    ]);
    const consent = await Promise.all(items.map(async (i) => [i.title.slice(-10), (await t.call('feedback/get', { id: i.id })).consent]));
    expect(consent.sort()).toEqual([
      ['response 1', true],
      ['response 2', false],
      ['response 3', true],
    ]);
  });

  it('imports from the command line with the proposed mapping, and says when no column holds free text', async () => {
    const t = await withLibrary();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Co-production', weakness: 'x' });
    const s = t.app.session;
    const r = await importSurveyFile(s, file('survey.csv', surveyCsv), [area.id]);
    expect([r.created, r.responses, r.flagged]).toEqual([8, 5, 1]);
    expect((await t.call('voice/summary', { areaId: area.id })).total).toBe(8);
    await expect(importSurveyFile(s, file('choices.csv', 'Role,Rating\nParent,Good\nParent,Poor\nYoung person,Good\n'), [])).rejects.toThrow(
      'No column of choices.csv looks like free-text answers (long answers in words), so nothing was imported. Import it in the app to choose the columns yourself.',
    );
  });
});

describe('survey import and search', () => {
  /** The two per-row search triggers a survey import sets aside. */
  const trigger = (t: TestApp) =>
    (
      t.app.session
        .requireLibrary()
        .db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('evidence_search_added', 'search_item_row_added') ORDER BY name")
        .pluck()
        .all() as string[]
    ).join('\n');
  const count = (t: TestApp, table: string) => t.app.session.requireLibrary().db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

  it('makes every imported answer searchable, and leaves the search triggers as they were, even when an import fails', async () => {
    const t = await withLibrary();
    const before = trigger(t);
    expect(before).toContain('INSERT INTO search_row (evidence_id) VALUES (new.id)');
    expect(before).toContain('INSERT OR IGNORE INTO search_item_stale');
    await t.call('feedback/importSurvey', { source: { path: file('s.csv', surveyCsv) }, mapping });
    expect(trigger(t)).toBe(before);
    // One whole-item search row per item, written by the import itself.
    expect(count(t, 'search_item')).toBe(count(t, 'evidence'));
    expect(count(t, 'search_item_stale')).toBe(0);
    const hits = await t.call('search/query', { query: 'graduated approach' });
    expect(hits.hits.map((h) => [h.title, h.snippet.map((x) => x.text).join('')])).toEqual([
      ['“Training on the new graduated approach was good” — s, response 3', 'Training on the new graduated approach was good'],
    ]);
    const byTitle = await t.call('search/query', { query: '"response 4"' });
    expect(byTitle.hits.map((h) => h.title)).toEqual(['“Joint panels mean fewer delays for everyone involved” — s, response 4']);

    await t.fails('feedback/importSurvey', { source: { path: file('e.csv', 'Comment,Rating\n,Good\n') }, mapping: { questionColumns: [0] } });
    expect(trigger(t)).toBe(before);
    // Items made afterwards are indexed by the trigger as before.
    await t.call('evidence/create', { title: 'Hydrotherapy pool reopened', kind: 'document' });
    expect((await t.call('search/query', { query: 'hydrotherapy' })).hits.map((h) => h.title)).toEqual(['Hydrotherapy pool reopened']);
  });
});

describe('survey import: bad input', () => {
  it('says so for an empty file and a header only, and writes nothing', async () => {
    const t = await withLibrary();
    const before = count(t);
    expect(await t.fails('feedback/previewSurvey', { source: { path: file('empty.csv', '') } })).toEqual({
      code: 'invalid-input',
      message: 'The survey export is empty: there is no header row of questions and there are no responses. Nothing was imported.',
    });
    expect((await t.fails('feedback/importSurvey', { source: { path: file('empty.csv', '\uFEFF\r\n\r\n') }, mapping: { questionColumns: [0] } })).code).toBe('invalid-input');
    const header = await t.fails('feedback/importSurvey', { source: { path: file('header.csv', `\uFEFF${surveyCsv.split('\r\n')[0]}\r\n`) }, mapping });
    expect(header.message).toBe('The survey export has a header row (row 1) but no responses under it. Nothing was imported.');
    expect(count(t)).toEqual(before);
  });

  it('refuses a mapping with no free-text question, or a column that is not there, naming it', async () => {
    const t = await withLibrary();
    const path = file('s.csv', surveyCsv);
    const before = count(t);
    const none = await t.fails('feedback/importSurvey', { source: { path }, mapping: { questionColumns: [] } });
    expect(none.code).toBe('invalid-input');
    expect(none.message).toContain('must name at least one free-text question');
    const wide = await t.fails('feedback/importSurvey', { source: { path }, mapping: { ...mapping, questionColumns: [2, 9] } });
    expect(wide.message).toBe('The free-text question column chosen (column J, number 10) is not in the survey export, whose header row (row 1) has 6 columns. Nothing was imported.');
    const role = await t.fails('feedback/importSurvey', { source: { path }, mapping: { ...mapping, roleColumn: 6 } });
    expect(role.message).toBe('The role column chosen (column G, number 7) is not in the survey export, whose header row (row 1) has 6 columns. Nothing was imported.');
    const empty = await t.fails('feedback/importSurvey', { source: { path: file('e.csv', 'Comment,Rating\n,Good\n  ,Poor\n') }, mapping: { questionColumns: [0] } });
    expect(empty.message).toBe('None of the 2 responses answers the chosen question (column A, “Comment”), so nothing was imported. Choose the columns that hold the free-text answers.');
    const area = await t.fails('feedback/importSurvey', { source: { path }, mapping, areaIds: ['nosucharea'] });
    expect(area).toEqual({ code: 'not-found', message: 'An area of concern chosen for the survey answers could not be found (it may have been deleted). Nothing was imported.' });
    expect(count(t)).toEqual(before);
  });

  it('reads ragged rows: missing cells are blank answers, cells beyond the headings are ignored', async () => {
    const t = await withLibrary();
    const text = 'Role,Comment,Other comment\nParent,Short row with only a comment\nYoung person\nParent,Long row,Another answer here,extra cell,and another\n';
    const r = await t.call('feedback/importSurvey', { source: { path: file('ragged.csv', text) }, mapping: { questionColumns: [1, 2], roleColumn: 0 } });
    expect([r.created, r.responses, r.skippedBlank]).toEqual([3, 3, 3]);
    const quotes = (await t.call('evidence/list', {})).length;
    expect(quotes).toBe(3);
    const db = t.app.session.requireLibrary().db;
    expect((db.prepare("SELECT count(*) AS n FROM evidence WHERE description LIKE '%extra cell%'").get() as { n: number }).n).toBe(0);
  });

  it('imports a 100,000-row export', { timeout: 180_000 }, async () => {
    const t = await withLibrary();
    const lines = ['Submitted,Are you a parent/carer or young person?,Tell us about your experience'];
    for (let i = 1; i <= 100_000; i++) lines.push(`${(i % 28) + 1}/0${(i % 9) + 1}/2024 10:00,${i % 3 === 0 ? 'Young person' : 'Parent carer'},"Answer number ${i}: the support has ${i % 2 ? 'improved' : 'not improved'}${i % 1000 === 0 ? '\r\nover two lines' : ''}"`);
    const path = file('big.csv', `\uFEFF${lines.join('\r\n')}\r\n`);
    const preview = await t.call('feedback/previewSurvey', { source: { path } });
    expect(preview.rowCount).toBe(100_000);
    expect(preview.proposedMapping).toEqual({ questionColumns: [2], roleColumn: 1, dateColumn: 0, consentColumn: null });
    const r = await t.call('feedback/importSurvey', { source: { path }, mapping: preview.proposedMapping });
    expect([r.created, r.responses, r.skippedBlank, r.flagged]).toEqual([100_000, 100_000, 0, 0]);
    expect(r.byVoice).toEqual({ 'child-young-person': 33_333, 'parent-carer': 66_667 });
    const summary = await t.call('voice/summary', {});
    expect(summary.total).toBe(100_000);
    expect(summary.overTime.map((q) => q.quarter)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
  });

  it('reads an .xlsx export with formulas and merged cells', async () => {
    const t = await withLibrary();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Responses');
    ws.addRow(['Parent survey, autumn term']);
    ws.mergeCells('A1:D1');
    ws.addRow(['Date', 'Role', 'What could we do better?', 'Score']);
    ws.addRow([new Date(Date.UTC(2024, 9, 3)), 'Parent', 'Answer the phone when families ring the SEND team', 3]);
    ws.addRow([new Date(Date.UTC(2024, 9, 4)), 'Parent', 'Send the draft plan before the meeting, not on the day', 4]);
    ws.addRow([new Date(Date.UTC(2024, 9, 5)), 'Teacher', { formula: 'B4&" and more"', result: 'Share reports with schools much sooner than now' }, { formula: 'D3+D4', result: 7 }]);
    ws.mergeCells('B3:B4');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { uploadId } = await t.call('files/stage', { name: 'survey.xlsx', bytes });
    const preview = await t.call('feedback/previewSurvey', { source: { uploadId } });
    expect(preview.sheets).toEqual(['Responses']);
    expect(preview.headerRow).toBe(2);
    expect(preview.columns.map((c) => c.looksLike)).toEqual(['date', 'role', 'free-text', 'choice']);
    const r = await t.call('feedback/importSurvey', { source: { uploadId }, mapping: preview.proposedMapping, defaults: { surveyTitle: 'Autumn' } });
    expect([r.created, r.byVoice]).toEqual([3, { 'parent-carer': 2, 'school-senco': 1 }]);
    const items = await t.call('evidence/list', {});
    expect(items.map((i) => [i.asAt, i.title]).sort()).toEqual([
      ['2024-10-03', '“Answer the phone when families ring the SEND team” — Autumn, response 1'],
      ['2024-10-04', '“Send the draft plan before the meeting, not on the day” — Autumn, response 2'],
      ['2024-10-05', '“Share reports with schools much sooner than now” — Autumn, response 3'],
    ]);
    expect(items.some((i) => i.title.includes('response 3'))).toBe(true);
    const third = items.find((i) => i.title.includes('response 3'))!;
    expect((await t.call('evidence/get', { id: third.id })).description).toBe('Share reports with schools much sooner than now');
  });
});
