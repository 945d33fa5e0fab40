import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../../main/core/export/model.ts';
import { withLibrary, type TestApp } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';
import { readZip } from './fixture.ts';

const Q1 = 'What has helped your family most?';
const Q2 = 'What one thing would you change?';
// Five responses, two questions: eight answers (one left blank, one "n/a"); one names a child.
const csv = [
  `Date,I am a…,${Q1},${Q2}`,
  '15/03/2024,Parent/carer,The coffee mornings helped us meet other families,Faster decisions',
  '16/03/2024,Young person,My key worker listens to me properly,',
  '17/03/2024,Parent/carer,Training for the school was good,My son Jacob waited 40 weeks for his plan',
  '18/03/2024,Parent/carer,Joint panels mean fewer delays,n/a',
  '19/03/2024,Parent/carer,=HYPERLINK("http://x")&" clear letters",Nothing really needs to change',
].join('\r\n');

const db = (t: TestApp) => t.app.session.requireLibrary().db;
const answerId = (t: TestApp, text: string) => (db(t).prepare('SELECT id FROM evidence WHERE description = ?').get(text) as { id: string }).id;

async function library() {
  const t = await withLibrary('Thornbury');
  const area = await t.call('areas/create', { code: 'AOC1', title: 'Voice of families', weakness: 'Families are not heard.' });
  const other = await t.call('areas/create', { code: 'AOC2', title: 'Timeliness', weakness: 'Plans are late.' });
  const path = join(tempDir(), 'spring.csv');
  writeFileSync(path, csv);
  const result = await t.call('feedback/importSurvey', {
    source: { path },
    mapping: { questionColumns: [2, 3], roleColumn: 1, dateColumn: 0, consentColumn: null },
    defaults: { surveyTitle: 'Parent carer survey, spring 2024', voice: 'parent-carer', date: null, anonymised: true, consent: false, source: 'Thornbury Parent Carer Forum' },
    areaIds: [area.id],
  });
  const doc = await t.call('evidence/create', { title: 'Co-production charter', kind: 'document', asAt: '2024-01-10' });
  await t.call('links/set', { evidenceId: doc.id, areaId: area.id });
  // One answer is cited by a finding, and also linked to the second area.
  const cited = answerId(t, 'My key worker listens to me properly');
  await t.call('findings/create', { areaId: area.id, text: 'Young people say they are listened to.', citations: [{ evidenceId: cited }] });
  await t.call('links/set', { evidenceId: cited, areaId: other.id });
  return { t, result };
}

describe('survey answers in the evidence pack', () => {
  it('makes one exhibit of the answers no finding cites, keeps a cited answer as its own exhibit, and withholds personal data', async () => {
    const { t, result } = await library();
    expect(result).toMatchObject({ created: 8, flagged: 1 });
    const pack = buildPack(db(t), { draft: false, includePersonalData: false }, '2024-04-01');
    expect(pack.exhibits.map((e) => [e.ref, e.title, e.kindLabel, e.members.length, e.areaCodes])).toEqual([
      ['E1', '“My key worker listens to me properly” — Parent carer survey, spring 2024, response 2', 'Feedback', 1, ['AOC1', 'AOC2']],
      ['E2', 'Co-production charter', 'Document', 1, ['AOC1']],
      ['E3', 'Parent carer survey, spring 2024: 6 answers', 'Feedback (survey)', 6, ['AOC1']],
    ]);
    const survey = pack.exhibits[2]!;
    expect(survey).toMatchObject({ asAt: '2024-03-19', source: 'Thornbury Parent Carer Forum', personalData: false, files: [] });
    expect(survey.answers!.map((a) => a.answer)).toEqual([
      'The coffee mornings helped us meet other families',
      'Faster decisions',
      'Training for the school was good',
      'Joint panels mean fewer delays',
      '=HYPERLINK("http://x")&" clear letters"',
      'Nothing really needs to change',
    ]);
    expect(pack.withheld).toBe(1);
    // Counts are of answers, not exhibits: 7 pieces of feedback (the cited one and the six).
    expect(pack.voices.sentences[0]).toBe('The exhibits include 7 pieces of feedback.');
    expect(pack.heardFrom.kinds.find((k) => k.label === 'Feedback')?.count).toBe('7');
  });

  it('includes the flagged answer among the survey’s answers only when personal data is chosen', async () => {
    const { t } = await library();
    const pack = buildPack(db(t), { draft: false, includePersonalData: true }, '2024-04-01');
    const survey = pack.exhibits.find((e) => e.answers)!;
    expect(survey.title).toBe('Parent carer survey, spring 2024: 7 answers');
    expect(survey.personalData).toBe(true);
    expect(survey.answers!.map((a) => a.answer)).toContain('My son Jacob waited 40 weeks for his plan');
    expect(pack.personalIncluded).toBe(1);
  });

  it('writes the answers beside the pack as a table safe to open in a spreadsheet, listed in the index and manifest', async () => {
    const { t } = await library();
    const out = join(tempDir(), 'pack.zip');
    await t.call('export/write', { format: 'zip', path: out, options: { asAt: '2024-04-01' } });
    const zip = await readZip(out);
    const table = zip.get('exhibits/AOC1/E3 - Parent carer survey, spring 2024 – answers.csv')?.toString('utf8');
    expect(table).toBeDefined();
    const lines = table!.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Question,Answer,Respondent said they were,As at');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe(`${Q1},The coffee mornings helped us meet other families,Parent/carer,15 March 2024`);
    expect(lines[5]).toBe(`${Q1},"'=HYPERLINK(""http://x"")&"" clear letters""",Parent/carer,19 March 2024`);
    expect(table).not.toContain('Jacob');
    expect(zip.get('index.csv')!.toString('utf8')).toContain('exhibits/AOC1/E3 - Parent carer survey, spring 2024 – answers.csv');
    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as { files: { path: string; exhibit?: string }[] };
    expect(manifest.files.find((f) => f.path.endsWith('– answers.csv'))?.exhibit).toBe('E3');
    const html = zip.get('pack.html')!.toString('utf8');
    expect(html).toContain('Parent carer survey, spring 2024: 6 answers');
    expect(html).not.toContain('Faster decisions'); // the answers travel in the table, not in the index
  });

  it('names a survey whose title was not kept by the day it was imported', async () => {
    const { t } = await library();
    db(t).prepare("UPDATE survey SET title = '', imported_at = '2024-03-20T09:30:00.000Z'").run();
    const pack = buildPack(db(t), { draft: false, includePersonalData: false }, '2024-04-01');
    expect(pack.exhibits.map((e) => e.title)).toContain('Survey imported on 20 March 2024: 6 answers');
  });
});
