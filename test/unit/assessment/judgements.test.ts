import { describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app.ts';

async function setup() {
  let now = new Date('2024-02-01T09:00:00Z');
  const t = testApp({ clock: () => now });
  await t.call('library/create', { name: 'Testshire', userName: 'Sam Ward (LANO)' });
  const area = await t.call('areas/create', { code: 'AOC1', title: 'EHC plans', weakness: 'Poor-quality EHC plans' });
  const audit = await t.call('evidence/create', { title: 'EHCP quality audit', asAt: '2023-12-01' });
  const survey = await t.call('evidence/create', { title: 'Parent survey', kind: 'feedback', asAt: '2024-01-10', voice: 'parent-carer' });
  const tick = () => (now = new Date(now.getTime() + 60_000));
  return { t, area, audit, survey, tick };
}

describe('judgements', () => {
  it('records a judgement, shows it on the area, and keeps every change in the history with who and when', async () => {
    const { t, area, tick } = await setup();
    expect((await t.call('areas/list'))[0]!.judgement).toBeNull();
    const first = await t.call('assessment/judge', { areaId: area.id, outcome: 'not-sufficient', rationale: 'Plans are still late.' });
    expect(first.area.judgement).toBe('not-sufficient');
    expect(first.judgement).toMatchObject({ outcome: 'not-sufficient', rationale: 'Plans are still late.', updatedBy: 'Sam Ward (LANO)' });
    tick();
    await t.call('assessment/judge', { areaId: area.id, outcome: 'sufficient' });
    tick();
    await t.call('assessment/judge', { areaId: area.id, outcome: 'sufficient' }); // no change, no history
    await t.call('library/update', { userName: 'Alex Reid' });
    await t.call('assessment/judge', { areaId: area.id, outcome: 'sufficient', rationale: 'Timeliness at 62%.' });
    expect((await t.call('areas/list'))[0]!.judgement).toBe('sufficient');

    const history = await t.call('assessment/history', { areaId: area.id });
    expect(history.map((h) => [h.change, h.who, h.before, h.after])).toEqual([
      ['updated', 'Alex Reid', { outcome: 'sufficient', rationale: 'Plans are still late.' }, { outcome: 'sufficient', rationale: 'Timeliness at 62%.' }],
      ['updated', 'Sam Ward (LANO)', { outcome: 'not-sufficient', rationale: 'Plans are still late.' }, { outcome: 'sufficient', rationale: 'Plans are still late.' }],
      ['created', 'Sam Ward (LANO)', null, { outcome: 'not-sufficient', rationale: 'Plans are still late.' }],
    ]);
    expect(history[1]!.summary).toBe('Sam Ward (LANO) changed the judgement from not sufficient progress to sufficient progress');
    expect(history[0]!.summary).toBe('Alex Reid edited the rationale for the judgement');
    expect(history[2]!.at).toBe('2024-02-01T09:00:00.000Z');

    const cleared = await t.call('assessment/judge', { areaId: area.id, outcome: null });
    expect(cleared.area.judgement).toBeNull();
    expect(cleared.judgement.rationale).toBe('Timeliness at 62%.');
  });

  it('uses the library’s wording: the revisit preset by default, the 2023 monitoring preset, or its own', async () => {
    const { t, area } = await setup();
    const settings = await t.call('assessment/settings');
    expect(settings.wordingPreset).toBe('revisit');
    expect(settings.wording.notSufficientSentence).toBe('The area has not made sufficient progress to improve this area of weakness.');
    expect(settings.freshnessMonths).toBe(6);
    const monitoring = await t.call('assessment/updateSettings', { wordingPreset: 'monitoring-2023', freshnessMonths: 9 });
    expect(monitoring.wording.notSufficient).toBe('Insufficient progress');
    expect(monitoring.freshnessMonths).toBe(9);
    const own = { sufficient: 'Good progress', notSufficient: 'Not enough progress', sufficientSentence: 'Good.', notSufficientSentence: 'Not enough.', areaTerm: 'priority' };
    expect((await t.call('assessment/updateSettings', { wording: own })).wordingPreset).toBe('custom');
    expect((await t.call('assessment/get', { areaId: area.id })).wording).toEqual(own);
    // The history speaks the library's words too, whatever wording was in force when the change was made.
    await t.call('assessment/judge', { areaId: area.id, outcome: 'not-sufficient' });
    await t.call('assessment/judge', { areaId: area.id, outcome: 'sufficient' });
    expect((await t.call('assessment/history', { areaId: area.id }))[0]!.summary).toMatch(/changed the judgement from not enough progress to good progress$/);
    await t.call('assessment/updateSettings', { wordingPreset: 'monitoring-2023' });
    expect((await t.call('assessment/history', { areaId: area.id }))[0]!.summary).toMatch(/changed the judgement from insufficient progress to sufficient progress$/);
    expect((await t.fails('assessment/updateSettings', { freshnessMonths: 0 })).message).toBe('freshnessMonths: must be at least 1 month');
  });
});

describe('findings', () => {
  it('keeps findings in order, each citing items and excerpts, some still to improve; every change is in the history', async () => {
    const { t, area, audit, survey } = await setup();
    const quote = await t.call('excerpts/create', { evidenceId: survey.id, areaId: area.id, quote: '“The new plan finally sounds like my son.”', page: 2 });
    const f1 = await t.call('findings/create', { areaId: area.id, text: 'Plans now capture the child’s voice.', citations: [{ evidenceId: audit.id }, { excerptId: quote.id }] });
    const f2 = await t.call('findings/create', { areaId: area.id, text: 'Annual reviews are still late.', stillToImprove: true });
    const f0 = await t.call('findings/create', { areaId: area.id, text: 'A new EHC plan team is in place.', position: 0 });
    expect(f1.citations).toEqual([
      { evidenceId: audit.id, excerptId: null, title: 'EHCP quality audit', quote: null, page: null },
      { evidenceId: survey.id, excerptId: quote.id, title: 'Parent survey', quote: '“The new plan finally sounds like my son.”', page: 2 },
    ]);
    let got = await t.call('assessment/get', { areaId: area.id });
    expect(got.findings.map((f) => [f.text, f.position, f.stillToImprove])).toEqual([
      ['A new EHC plan team is in place.', 0, false],
      ['Plans now capture the child’s voice.', 1, false],
      ['Annual reviews are still late.', 2, true],
    ]);
    const moved = await t.call('findings/move', { id: f2.id, position: 0 });
    expect(moved.map((f) => f.id)).toEqual([f2.id, f0.id, f1.id]);
    await t.call('findings/update', { id: f1.id, citations: [{ excerptId: quote.id }], stillToImprove: true });
    const missing = await t.fails('findings/update', { id: f1.id, citations: [{ evidenceId: 'nosuchitem' }] });
    expect(missing).toMatchObject({ code: 'not-found' });
    expect((await t.call('assessment/get', { areaId: area.id })).findings[2]!.citations).toHaveLength(1); // unchanged by the failed edit

    const { removed } = await t.call('findings/delete', { id: f0.id });
    got = await t.call('assessment/get', { areaId: area.id });
    expect(got.findings.map((f) => f.position)).toEqual([0, 1]);
    const back = await t.call('findings/restore', { finding: removed });
    expect(back).toMatchObject({ id: f0.id, position: 1, text: 'A new EHC plan team is in place.' });

    const history = await t.call('assessment/history', { areaId: area.id });
    expect(history.map((h) => `${h.subject} ${h.change}`)).toEqual([
      'finding restored', 'finding deleted', 'finding updated', 'finding moved', 'finding created', 'finding created', 'finding created',
    ]);
    expect(history.find((h) => h.change === 'updated')!.before).toMatchObject({ stillToImprove: false, citations: [{ evidenceId: audit.id }, { excerptId: quote.id }] });
    expect(history.find((h) => h.change === 'updated')!.after).toMatchObject({ stillToImprove: true, citations: [{ excerptId: quote.id }] });
    expect(history.find((h) => h.change === 'moved')!.summary).toBe('Sam Ward (LANO) moved the finding "Annual reviews are still late." to position 1');
  });

  it('keeps the deep-dive answers and "even better if" notes per area', async () => {
    const { t, area } = await setup();
    await t.call('assessment/setReview', { areaId: area.id, whatChanged: 'A new EHC team.', evenBetterIf: 'Show more impact data.' });
    const review = await t.call('assessment/setReview', { areaId: area.id, nextSteps: 'Clear the annual review backlog.' });
    expect(review).toMatchObject({ whatChanged: 'A new EHC team.', nextSteps: 'Clear the annual review backlog.', evenBetterIf: 'Show more impact data.', progressMade: '' });
  });
});

describe('excerpts', () => {
  it('creates, edits, lists and deletes an excerpt, and undoing the delete brings back its citations too', async () => {
    const { t, area, audit } = await setup();
    const x = await t.call('excerpts/create', { evidenceId: audit.id, areaId: area.id, quote: '82% of plans rated good or better', page: 4, note: 'Up from 40% in 2022' });
    expect(x).toMatchObject({ evidenceTitle: 'EHCP quality audit', areaCode: 'AOC1', page: 4, dataPoint: null, createdBy: 'Sam Ward (LANO)', citedBy: 0 });
    // An excerpt for an area links its item to the area.
    expect((await t.call('evidence/get', { id: audit.id })).links.map((l) => l.areaCode)).toEqual(['AOC1']);
    const edited = await t.call('excerpts/update', { id: x.id, page: null, dataPoint: '2023-11' });
    expect(edited).toMatchObject({ page: null, dataPoint: '2023-11', quote: '82% of plans rated good or better' });
    const f = await t.call('findings/create', { areaId: area.id, text: 'Plans are better.', citations: [{ evidenceId: audit.id }, { excerptId: x.id }] });
    expect((await t.call('excerpts/list', { areaId: area.id })).map((e) => [e.id, e.citedBy])).toEqual([[x.id, 1]]);

    const { removed } = await t.call('excerpts/delete', { id: x.id });
    expect(removed.citedByFindings).toEqual([{ findingId: f.id, position: 1 }]);
    expect(await t.call('excerpts/list', { evidenceId: audit.id })).toEqual([]);
    expect((await t.call('assessment/get', { areaId: area.id })).findings[0]!.citations).toHaveLength(1);

    const restored = await t.call('excerpts/restore', { excerpt: removed });
    expect(restored).toMatchObject({ id: x.id, dataPoint: '2023-11', citedBy: 1, createdBy: 'Sam Ward (LANO)' });
    expect((await t.call('assessment/get', { areaId: area.id })).findings[0]!.citations.map((c) => c.excerptId)).toEqual([null, x.id]);
    expect((await t.fails('excerpts/restore', { excerpt: removed })).code).toBe('conflict');
    expect((await t.fails('excerpts/create', { evidenceId: audit.id, quote: '   ' })).message).toBe('quote: must not be empty');
  });

  it('says when the figure an excerpt quotes has changed or gone from its series', async () => {
    const { t, area } = await setup();
    const series = await t.call('series/create', {
      title: 'EHC plans within 20 weeks',
      unit: 'percentage',
      period: 'month',
      better: 'higher',
      values: [
        { periodStart: '2024-02-01', value: 49.1 },
        { periodStart: '2024-03-01', value: 52.4 },
      ],
    });
    const x = await t.call('excerpts/create', { evidenceId: series.id, areaId: area.id, quote: 'EHC plans within 20 weeks: 52.4% in Mar 2024', dataPoint: 'Mar 2024' });
    expect(x.figureChanged).toBeNull();
    const figures = (values: { periodStart: string; value: number }[]) => t.call('series/save', { id: series.id, values: values.map((v) => ({ ...v, label: '', note: '' })) });
    await figures([{ periodStart: '2024-02-01', value: 49.1 }, { periodStart: '2024-03-01', value: 50 }]);
    expect((await t.call('excerpts/list', { evidenceId: series.id }))[0]!.figureChanged).toBe('The figure has changed since this excerpt was taken: now 50% in Mar 2024.');
    await figures([{ periodStart: '2024-02-01', value: 49.1 }]);
    expect((await t.call('excerpts/list', { evidenceId: series.id }))[0]!.figureChanged).toBe('The figure for Mar 2024 has since been removed from the series.');
    // An excerpt of a document is not a figure.
    const doc = await t.call('evidence/create', { title: 'Audit' });
    expect((await t.call('excerpts/create', { evidenceId: doc.id, quote: '52.4% in Mar 2024', dataPoint: 'Mar 2024' })).figureChanged).toBeNull();
  });
});
