import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GapType } from '../../../shared/schemas/readiness.ts';
import { withLibrary } from '../../helpers/app.ts';
import { tempDir } from '../../helpers/temp.ts';

const today = '2024-03-01';

async function setup() {
  const t = await withLibrary();
  await t.call('library/update', { revisitWindowStart: '2024-04-01', revisitWindowEnd: '2024-06-30' });
  const area = await t.call('areas/create', { code: 'AOC1', title: 'EHC plans', weakness: 'Poor plans' });
  const dash = async () => (await t.call('readiness/get', { today })).areas[0]!;
  const gapTypes = async () => (await dash()).gaps.map((g) => g.type);
  return { t, area, dash, gapTypes };
}

describe('readiness', () => {
  it('judges freshness against the revisit window', async () => {
    const { t } = await setup();
    const r = await t.call('readiness/get', { today });
    expect(r).toMatchObject({ referenceDate: '2024-04-01', staleBefore: '2023-10-01', freshnessMonths: 6 });
    await t.call('assessment/updateSettings', { freshnessMonths: 12 });
    expect((await t.call('readiness/get', { today })).staleBefore).toBe('2023-04-01');
  });

  it('shows each gap, and each goes away when the evidence that fixes it is added', async () => {
    const { t, area, dash, gapTypes } = await setup();
    expect(await gapTypes()).toEqual<GapType[]>(['no-evidence', 'no-judgement']);
    expect((await dash()).summary).toBe('AOC1 EHC plans: no evidence; not judged; 2 gaps (no evidence, no judgement).');

    // One old document: one kind only, no family voice, no impact, stale.
    const minutes = await t.call('evidence/create', { title: 'Board minutes', kind: 'document', asAt: '2023-05-01' });
    await t.call('links/set', { evidenceId: minutes.id, areaId: area.id });
    expect(await gapTypes()).toEqual<GapType[]>(['one-kind-only', 'no-family-voice', 'no-impact', 'stale-evidence', 'no-judgement']);
    const staleGap = (await dash()).gaps.find((g) => g.type === 'stale-evidence')!;
    expect(staleGap).toMatchObject({ evidenceIds: [minutes.id], message: '1 item is older than the freshness limit of 6 months (dated before 1 October 2023). Replace or update it.' });

    // Feedback whose voice is not said: a second kind, but still no family voice; the gap names it for the fix.
    const survey = await t.call('evidence/create', { title: 'Survey', kind: 'feedback', asAt: '2024-02-01' });
    await t.call('links/set', { evidenceId: survey.id, areaId: area.id });
    let gaps = (await dash()).gaps;
    expect(gaps.map((g) => g.type)).toEqual<GapType[]>(['no-family-voice', 'no-impact', 'stale-evidence', 'no-judgement']);
    expect(gaps[0]).toMatchObject({ unattributedVoiceIds: [survey.id], message: 'Nothing here gives the voice of parents, carers, children or young people. 1 feedback item does not yet say whose voice it is.' });

    // Saying whose voice it is, marking a link as impact, updating the old item.
    await t.call('evidence/update', { id: survey.id, voice: 'parent-carer' });
    await t.call('links/set', { evidenceId: survey.id, areaId: area.id, strength: 'impact', note: 'Parents say plans reflect their child' });
    await t.call('evidence/update', { id: minutes.id, asAt: '2024-01-15' });
    expect(await gapTypes()).toEqual<GapType[]>(['no-judgement']);

    // Counter-evidence needs a finding that answers it.
    const complaints = await t.call('evidence/create', { title: 'Complaints log', kind: 'data', asAt: '2024-02-20' });
    await t.call('links/set', { evidenceId: complaints.id, areaId: area.id, stance: 'counters' });
    gaps = (await dash()).gaps;
    expect(gaps[0]).toEqual({
      type: 'unanswered-counter-evidence',
      areaId: area.id,
      evidenceId: complaints.id,
      message: '"Complaints log" counts against progress, and no finding answers it yet. Add a finding that cites it.',
    });

    // A judgement with no cited evidence, then a finding citing the complaints (through an excerpt).
    await t.call('assessment/judge', { areaId: area.id, outcome: 'not-sufficient' });
    const f = await t.call('findings/create', { areaId: area.id, text: 'Complaints about delays remain high.', stillToImprove: true });
    expect(await gapTypes()).toEqual<GapType[]>(['unanswered-counter-evidence', 'judgement-without-evidence']);
    expect((await dash()).gaps[1]).toMatchObject({ findingIds: [f.id] });
    const x = await t.call('excerpts/create', { evidenceId: complaints.id, areaId: area.id, quote: '54 complaints', dataPoint: '2023-24' });
    await t.call('findings/update', { id: f.id, citations: [{ excerptId: x.id }] });
    expect(await gapTypes()).toEqual<GapType[]>([]);

    // Actions past due (not complete, due before today).
    const { statuses } = await t.call('actions/statuses');
    const late = await t.call('actions/create', { areaId: area.id, text: 'Clear the backlog', dueOn: '2024-02-01', statusId: statuses[1]!.id });
    await t.call('actions/create', { areaId: area.id, text: 'Done already', dueOn: '2024-01-01', statusId: statuses[0]!.id });
    await t.call('actions/create', { areaId: area.id, text: 'Not due yet', dueOn: '2024-05-01' });
    const withActions = await dash();
    expect(withActions.gaps).toEqual([
      { type: 'actions-past-due', areaId: area.id, actionIds: [late.id], message: '1 action is past the due date and not complete.' },
    ]);
    expect(withActions.actions).toEqual({ total: 3, complete: 1, pastDue: 1 });
    await t.call('actions/update', { id: late.id, statusId: statuses[0]!.id });
    expect(await gapTypes()).toEqual<GapType[]>([]);
    expect((await dash()).summary).toBe('AOC1 EHC plans: 3 items of 3 kinds, newest 20 February 2024; not sufficient progress; no gaps.');
  });

  it('counts a survey’s answers as one survey in the summary, not as so many items', async () => {
    const { t, area, dash } = await setup();
    const doc = await t.call('evidence/create', { title: 'Board minutes', kind: 'document', asAt: '2024-01-15' });
    await t.call('links/set', { evidenceId: doc.id, areaId: area.id });
    const path = join(tempDir(), 'survey.csv');
    writeFileSync(path, 'Comments\nThe panel listened to us this time around\nWaiting lists are still far too long here\nCommunication from caseworkers has improved\n');
    await t.call('feedback/importSurvey', { source: { path }, mapping: { questionColumns: [0] }, areaIds: [area.id] });
    const a = await dash();
    expect([a.linkedItems, a.surveyAnswers, a.surveys]).toEqual([4, 3, 1]);
    expect(a.summary).toMatch(/^AOC1 EHC plans: 1 item and 1 survey \(3 answers\) of 2 kinds, newest /);
    await t.call('links/remove', { evidenceId: doc.id, areaId: area.id });
    expect((await dash()).summary).toMatch(/^AOC1 EHC plans: 1 survey \(3 answers\) of 1 kind; not judged;/);
  });

  it('counts items per kind with the newest date and its freshness', async () => {
    const { t, area, dash } = await setup();
    const add = async (title: string, kind: 'document' | 'data' | 'feedback', asAt: string | null, voice: 'child-young-person' | 'practitioner' | null = null) => {
      const e = await t.call('evidence/create', { title, kind, asAt, voice });
      await t.call('links/set', { evidenceId: e.id, areaId: area.id });
    };
    await add('Old policy', 'document', '2023-01-01');
    await add('Strategy', 'document', '2023-11-01');
    await add('Timeliness series', 'data', '2023-08-01');
    await add('Youth forum', 'feedback', '2024-02-01', 'child-young-person');
    await add('SENCO survey', 'feedback', null, 'practitioner');
    const cells = Object.fromEntries((await dash()).cells.map((c) => [c.bucket, [c.count, c.newestAsAt, c.freshness]]));
    expect(cells).toEqual({
      documents: [2, '2023-11-01', 'ageing'],
      data: [1, '2023-08-01', 'stale'],
      'parent-carer': [0, null, 'empty'],
      'child-young-person': [1, '2024-02-01', 'fresh'],
      practitioner: [1, null, 'undated'],
      'voice-unattributed': [0, null, 'empty'],
    });
  });
});
