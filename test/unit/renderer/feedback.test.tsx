import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Feedback, FeedbackPairs, SurveyImportResult, SurveyPreview, VoiceSummary } from '../../../shared/schemas/feedback.ts';
import { asQuote } from '../../../renderer/features/feedback/quote.ts';
import { useViewStore } from '../../../renderer/stores/view.ts';
import { area, createFake, evidence, Fail } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';

const feedbackOf = (id: string, over: Partial<Feedback> = {}): Feedback => ({
  id,
  title: `Item ${id}`,
  quote: '',
  date: null,
  voice: 'parent-carer',
  channel: 'survey',
  sentiment: null,
  consent: false,
  anonymised: true,
  question: '',
  respondentRole: '',
  review: '',
  answeredBy: null,
  ...over,
});

/** A fake with feedback details kept per item, and the pairs the core would work out. */
function withFeedback(details: Record<string, Partial<Feedback>>) {
  const fake = createFake({
    areas: [area(1, { title: 'EHC plans' })],
    evidence: [
      evidence('f1', { title: 'Parent survey 2024: waiting', kind: 'feedback', voice: 'parent-carer', description: 'My son Jacob Smith has waited a year' }),
      evidence('a1', { title: 'New caseworker posts', kind: 'document', asAt: '2024-05-01' }),
      evidence('a2', { title: 'EHC timeliness report', kind: 'data' }),
    ],
  });
  const store = new Map(Object.entries(details).map(([id, d]) => [id, feedbackOf(id, d)]));
  const titleOf = (id: string) => ({ f1: 'Parent survey 2024: waiting', a1: 'New caseworker posts', a2: 'EHC timeliness report' })[id] ?? id;
  const ref = (id: string) => ({ id, title: titleOf(id), kind: 'document', asAt: null });
  fake.on('feedback/get', (input: { id: string }) => store.get(input.id) ?? feedbackOf(input.id));
  fake.on('feedback/save', (input: { id: string } & Partial<Feedback>) => {
    const next = { ...(store.get(input.id) ?? feedbackOf(input.id)), ...input };
    store.set(input.id, next);
    return next;
  });
  fake.on('feedback/review', (input: { ids: string[]; personalData: boolean }) => {
    for (const id of input.ids) store.set(id, { ...(store.get(id) ?? feedbackOf(id)), review: '' });
    return { reviewed: input.ids.length };
  });
  fake.on('feedback/answer', (input: { id: string; answeredBy: string | null }) => {
    const next = { ...(store.get(input.id) ?? feedbackOf(input.id)), answeredBy: input.answeredBy ? ref(input.answeredBy) : null };
    store.set(input.id, next);
    return next;
  });
  fake.on('feedback/pairs', (input: { id: string }): FeedbackPairs => ({
    answeredBy: store.get(input.id)?.answeredBy ?? null,
    answers: [...store.values()].filter((f) => f.answeredBy?.id === input.id).map((f) => ref(f.id)),
  }));
  return fake;
}

describe('feedback details', () => {
  it('saves whose voice when it is chosen', async () => {
    const fake = withFeedback({ f1: {} });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Parent survey 2024: waiting'));
    const section = await screen.findByRole('region', { name: 'Feedback' });
    await user.click(await within(section).findByRole('button', { name: /Whose voice/ }));
    await user.click(await screen.findByRole('option', { name: 'SENDIASS' }));
    await waitFor(() => expect(fake.callsTo('feedback/save')).toEqual([{ id: 'f1', voice: 'sendiass' }]));
    await waitFor(() => expect(within(section).getByRole('button', { name: /Whose voice/ }).textContent).toContain('SENDIASS'));
    // The generic three-value voice is not offered for feedback.
    expect(screen.queryByRole('button', { name: /^Whose voice.*None/ })).toBeNull();
  });

  it('clears the "possible personal data" notice once reviewed, and reloads the item', async () => {
    const fake = withFeedback({ f1: { review: 'Possible personal data — review: names a child (“Jacob Smith”)' } });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Parent survey 2024: waiting'));
    const notice = await screen.findByRole('region', { name: 'Possible personal data' });
    expect(notice.textContent).toContain('Possible personal data — review: names a child (“Jacob Smith”)');
    const gets = fake.callsTo('evidence/get').length;
    await user.click(within(notice).getByRole('button', { name: 'It is personal data' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Possible personal data' })).toBeNull());
    expect(fake.callsTo('feedback/review')).toEqual([{ ids: ['f1'], personalData: true }]);
    expect(fake.callsTo('evidence/get').length).toBeGreaterThan(gets);
  });

  it('pairs feedback with the item recording the action, shows it as a link, and removes it', async () => {
    const fake = withFeedback({ f1: {} });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Parent survey 2024: waiting'));
    const section = await screen.findByRole('region', { name: 'You said, we did' });
    const box = await within(section).findByRole('combobox', { name: 'Answered by' });
    await user.type(box, 'casew');
    const options = await screen.findAllByRole('option');
    // Only matching titles, never the feedback item itself.
    expect(options.map((o) => o.textContent)).toEqual(['New caseworker posts · 1 May 2024']);
    await user.click(options[0]!);
    await waitFor(() => expect(fake.callsTo('feedback/answer')).toEqual([{ id: 'f1', answeredBy: 'a1' }]));
    expect(await within(section).findByRole('button', { name: /^New caseworker posts/ })).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Remove “New caseworker posts” as the answer' }));
    await waitFor(() => expect(fake.callsTo('feedback/answer')[1]).toEqual({ id: 'f1', answeredBy: null }));
    expect(await within(section).findByRole('combobox', { name: 'Answered by' })).toBeTruthy();
  });

  it('shows the feedback an item answers, and nothing on items that answer none', async () => {
    const fake = withFeedback({ f1: { answeredBy: { id: 'a1', title: 'New caseworker posts', kind: 'document', asAt: null } } });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('New caseworker posts'));
    const section = await screen.findByRole('region', { name: 'You said, we did' });
    expect(within(section).getByRole('heading', { name: 'Answers this feedback' })).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Parent survey 2024: waiting' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Feedback' })).toBeTruthy());

    await user.click(screen.getByText('EHC timeliness report'));
    await waitFor(() => expect(fake.callsTo('feedback/pairs').some((c: { id: string }) => c.id === 'a2')).toBe(true));
    expect(screen.queryByRole('region', { name: 'You said, we did' })).toBeNull();
  });
});

const preview: SurveyPreview = {
  sheets: [],
  sheet: null,
  headerRow: 1,
  rowCount: 3,
  columns: [
    { index: 0, heading: 'Timestamp', looksLike: 'date', answered: 3 },
    { index: 1, heading: 'I am a…', looksLike: 'role', answered: 3 },
    { index: 2, heading: 'What has gone well?', looksLike: 'free-text', answered: 3 },
    { index: 3, heading: 'What could be better?', looksLike: 'free-text', answered: 2 },
    { index: 4, heading: 'Postcode district', looksLike: 'choice', answered: 3 },
  ],
  sample: [
    { row: 2, cells: ['01/03/2024', 'Parent', 'The new caseworker rings back', 'My son Jacob Smith has waited a year', 'WS1'] },
    { row: 3, cells: ['02/03/2024', 'Young person', 'I was asked what I wanted', '', 'WS2'] },
  ],
  proposedMapping: { questionColumns: [2], roleColumn: 1, dateColumn: 0, consentColumn: null },
  problems: [{ row: 4, column: 'Timestamp', message: '“next Tuesday” is not a date' }],
};

describe('survey import', () => {
  it('sends the ticked questions and the defaults, then sums up with the flagged count and opens the review', async () => {
    const fake = createFake({ areas: [area(1, { title: 'EHC plans' }), area(2, { title: 'Transitions' })] });
    fake.on('feedback/previewSurvey', () => preview);
    const result: SurveyImportResult = { importId: 'imp1', created: 1240, responses: 412, skippedBlank: 37, flagged: 12, byVoice: { 'parent-carer': 1000, 'child-young-person': 240 } };
    fake.on('feedback/importSurvey', () => result);
    fake.on('feedback/flagged', () => ({ items: [], total: 0 }));
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('menuitem', { name: /Survey responses…/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Import survey responses' });
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, new File(['x'], 'Parent survey 2024.csv', { type: 'text/csv' }));

    const columns = await within(dialog).findByRole('table', { name: /The survey’s columns/ });
    expect(fake.callsTo('feedback/previewSurvey')).toEqual([{ source: { uploadId: 'u-Parent survey 2024.csv' } }]);
    expect(within(columns).getByText('My son Jacob Smith has waited a year')).toBeTruthy();
    const problems = within(dialog).getByRole('table', { name: /cannot be read/ });
    expect(within(problems).getByText('“next Tuesday” is not a date')).toBeTruthy();
    // Pre-ticked from the proposal; tick the second question too.
    expect((within(columns).getByRole('checkbox', { name: 'Import answers to “What has gone well?”' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(columns).getByRole('checkbox', { name: 'Import answers to “What could be better?”' }));
    expect((within(dialog).getByRole('textbox', { name: 'Survey name' }) as HTMLInputElement).value).toBe('Parent survey 2024');

    await user.click(within(dialog).getByRole('button', { name: /Whose voice/ }));
    await user.click(await screen.findByRole('option', { name: 'Parent carer forum' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'The answers are anonymised' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'AOC2 — Transitions' }));
    const source = within(dialog).getByRole('combobox', { name: 'Source organisation' });
    await user.type(source, 'Walsall Parent Carer Forum');
    await user.tab();

    await user.click(within(dialog).getByRole('button', { name: 'Import 5 answers from 3 responses' }));
    expect(await within(dialog).findByText('1,240 feedback items from 412 responses; 37 answers left blank; 12 flagged as possible personal data.')).toBeTruthy();
    expect(fake.callsTo('feedback/importSurvey')).toEqual([
      {
        source: { uploadId: 'u-Parent survey 2024.csv' },
        mapping: { questionColumns: [2, 3], roleColumn: 1, dateColumn: 0, consentColumn: null },
        defaults: { surveyTitle: 'Parent survey 2024', voice: 'parent-carer-forum', date: null, anonymised: false, consent: false, source: 'Walsall Parent Carer Forum' },
        areaIds: ['area2'],
      },
    ]);
    expect(within(dialog).getByText('1,000 items from parents and carers')).toBeTruthy();
    expect(within(dialog).getByText('240 items from children and young people')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Review the 12 flagged answers' }));
    expect(await screen.findByRole('dialog', { name: 'Review answers flagged as possible personal data' })).toBeTruthy();
    await waitFor(() => expect(fake.callsTo('feedback/flagged')).toEqual([{ importId: 'imp1' }]));
  });
});

describe('survey import that fails', () => {
  it('lists the problems by row and column, and imports nothing', async () => {
    const fake = createFake();
    fake.on('feedback/previewSurvey', () => ({ ...preview, problems: [] }));
    fake.on('feedback/importSurvey', () => {
      throw new Fail('invalid-input', '1 date in the survey export cannot be read, so nothing was imported.', {
        problems: [{ row: 7, column: 'Timestamp', message: '“soon” is not a date' }],
      });
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('menuitem', { name: /Survey responses…/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Import survey responses' });
    await user.upload(dialog.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!, new File(['x'], 'survey.xlsx'));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 answers from 3 responses' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('nothing was imported');
    const problems = within(dialog).getByRole('table', { name: /Problems in the survey/ });
    expect(within(within(problems).getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['7', 'Timestamp', '“soon” is not a date']);
    expect(within(dialog).queryByText(/feedback items from/)).toBeNull();
  });
});

describe('review of flagged answers', () => {
  it('marks one, then the rest ticked together, until nothing is left', async () => {
    const fake = createFake();
    let flagged = [
      { id: 'x1', title: 'Survey: waiting 1', quote: 'My son Jacob Smith has waited a year', question: 'What could be better?', review: 'Possible personal data — review: names a child (“Jacob Smith”)', personalData: false },
      { id: 'x2', title: 'Survey: school 2', quote: 'Year 4 at Oak Park Primary', question: 'What has gone well?', review: 'Possible personal data — review: names a school and year group (“Year 4 at Oak Park Primary”)', personalData: false },
      { id: 'x3', title: 'Survey: call 3', quote: 'Ring me on 07700 900123', question: 'Anything else?', review: 'Possible personal data — review: gives a phone number', personalData: false },
    ];
    fake.on('feedback/flagged', () => ({ items: flagged, total: flagged.length }));
    fake.on('feedback/review', (input: { ids: string[] }) => {
      flagged = flagged.filter((f) => !input.ids.includes(f.id));
      return { reviewed: input.ids.length };
    });
    const { user } = renderApp(fake);
    await screen.findByRole('grid', { name: 'Evidence list' });
    fake.on('voice/summary', () => summary({}));
    useViewStore.getState().show('voices');
    await user.click(await screen.findByRole('button', { name: 'Review flagged answers…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review answers flagged as possible personal data' });
    expect(await within(dialog).findByText('3 answers left to review.')).toBeTruthy();
    expect(within(dialog).getByText('“Jacob Smith”').tagName).toBe('STRONG');

    await user.click(within(dialog).getByRole('button', { name: 'Not personal data: “Survey: call 3”' }));
    expect(await within(dialog).findByText('2 answers left to review; 1 reviewed.')).toBeTruthy();
    expect(fake.callsTo('feedback/review')).toEqual([{ ids: ['x3'], personalData: false }]);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Tick all' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ticked are personal data' }));
    expect(await within(dialog).findByText('Nothing left to review.')).toBeTruthy();
    expect(fake.callsTo('feedback/review')[1]).toEqual({ ids: ['x1', 'x2'], personalData: true });
  });
});

const row = (voice: VoiceSummary['byVoice'][number]['voice'], over: Partial<VoiceSummary['byVoice'][number]> = {}) => ({
  voice,
  total: 0,
  positive: 0,
  mixed: 0,
  negative: 0,
  unknown: 0,
  newest: null,
  ...over,
});

function summary(over: Partial<VoiceSummary>): VoiceSummary {
  return {
    areaId: null,
    total: 7,
    byVoice: [
      row('parent-carer', { total: 5, positive: 1, mixed: 1, negative: 2, unknown: 1, newest: '2024-03-02' }),
      row('child-young-person'),
      row('practitioner', { total: 2, positive: 2, newest: '2023-11-20' }),
      row('school-senco'),
      row('parent-carer-forum'),
      row('sendiass'),
      row('other'),
    ],
    overTime: [
      { quarter: '2023-Q3', label: 'Jul–Sep 2023', counts: { practitioner: 2 } },
      { quarter: '2024-Q1', label: 'Jan–Mar 2024', counts: { 'parent-carer': 5 } },
    ],
    missing: ['child-young-person', 'school-senco', 'parent-carer-forum', 'sendiass', 'other'],
    recent: [{ id: 'q1', voice: 'parent-carer', date: '2024-03-02', quote: 'My son Jacob Smith has waited a year', sentiment: 'negative', personalData: true }],
    ...over,
  };
}

describe('the Voices screen', () => {
  it('names the missing voices, counts by voice and sentiment, and scopes to an area', async () => {
    const fake = createFake({ areas: [area(1, { title: 'EHC plans' })], evidence: [evidence('q1', { title: 'Survey: waiting', kind: 'feedback' })] });
    fake.on('voice/summary', (input: { areaId: string | null }) =>
      input.areaId
        ? summary({ areaId: input.areaId, total: 0, byVoice: summary({}).byVoice.map((r) => row(r.voice)), overTime: [], missing: ['parent-carer', 'child-young-person', 'practitioner', 'school-senco', 'parent-carer-forum', 'sendiass', 'other'], recent: [] })
        : summary({}),
    );
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Voices' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Voices' })).toBeTruthy();
    const missing = await screen.findByRole('region', { name: '4 voices are missing' });
    expect(within(missing).getByText('No feedback from children and young people')).toBeTruthy();
    expect(within(missing).queryByText('No feedback from parents and carers')).toBeNull();

    const table = screen.getByRole('table', { name: /by whose voice and sentiment/ });
    const parents = within(table).getByRole('row', { name: /Parents and carers/ });
    expect(within(parents).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1', '2', '1', '5', '2 March 2024']);
    const children = within(table).getByRole('row', { name: /Children and young people/ });
    expect(children.textContent).toContain('Missing');
    const quarters = screen.getByRole('table', { name: /per quarter/ });
    // Oldest first, and a quarter with no feedback is shown as a gap, not left out.
    expect(within(quarters).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Jul–Sep 2023', 'Oct–Dec 2023', 'Jan–Mar 2024']);
    expect(within(within(quarters).getByRole('row', { name: /Oct–Dec 2023/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0', '0']);
    expect(within(within(quarters).getByRole('row', { name: /Jan–Mar 2024/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', '0', '5']);

    const quote = screen.getByRole('button', { name: /My son Jacob Smith has waited a year/ });
    expect(quote.textContent).toBe('“My son Jacob Smith has waited a year”');
    expect(quote.closest('li')!.textContent).toContain('Contains personal data');
    expect(quote.closest('li')!.textContent).toContain('Negative');

    await user.click(screen.getByRole('button', { name: /Show feedback for/ }));
    await user.click(await screen.findByRole('option', { name: 'AOC1 — EHC plans' }));
    await waitFor(() => expect(fake.callsTo('voice/summary').at(-1)).toEqual({ areaId: 'area1' }));
    expect(await screen.findByRole('region', { name: '6 voices are missing' })).toBeTruthy();
    expect(screen.getByText(/No feedback from parents and carers/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Show feedback for/ }));
    await user.click(await screen.findByRole('option', { name: 'The whole library' }));
    await user.click(await screen.findByRole('button', { name: /My son Jacob Smith/ }));
    await waitFor(() => expect(useViewStore.getState().view).toBe('evidence'));
    await waitFor(() => expect(fake.callsTo('evidence/get').at(-1)).toEqual({ id: 'q1' }));
  });
});

describe('a recent quote on the Voices screen', () => {
  it('is put in quotation marks, unless the text already quotes people', () => {
    expect(asQuote(' We waited a year ')).toBe('“We waited a year”');
    expect(asQuote('A survey of 34 pupils. 26 said yes. “They asked me what I’m good at.”')).toBe('A survey of 34 pupils. 26 said yes. “They asked me what I’m good at.”');
  });
});
