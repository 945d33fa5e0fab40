import { describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../helpers/app.ts';

/** A test app whose clock the test moves on by hand. */
async function clocked() {
  let now = new Date('2024-05-01T09:00:00Z');
  const t = testApp({ clock: () => now });
  await t.call('library/create', { name: 'Testshire', partners: ['Testshire Council'] });
  return { t, tick: (iso: string) => (now = new Date(iso)) };
}

const item = (t: TestApp, title: string, extra: Record<string, unknown> = {}) => t.call('evidence/create', { title, kind: 'feedback', ...extra });

describe('feedback items', () => {
  it('gives defaults for a feedback item with no details yet, and refuses other kinds of item', async () => {
    const { t } = await clocked();
    const quote = await item(t, 'Coffee morning, March', { description: 'The new panel is quicker.', asAt: '2024-03-05' });
    expect(await t.call('feedback/get', { id: quote.id })).toEqual({
      id: quote.id,
      title: 'Coffee morning, March',
      quote: 'The new panel is quicker.',
      date: '2024-03-05',
      voice: 'other',
      channel: null,
      sentiment: null,
      consent: false,
      anonymised: false,
      question: '',
      respondentRole: '',
      review: '',
      answeredBy: null,
    });
    // An item that already had a broad voice keeps it until one is saved.
    const young = await item(t, 'Youth council', { voice: 'child-young-person' });
    expect((await t.call('feedback/get', { id: young.id })).voice).toBe('child-young-person');

    const doc = await t.call('evidence/create', { title: 'SEND strategy', kind: 'document' });
    const e = await t.fails('feedback/get', { id: doc.id });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toBe('"SEND strategy" is not a feedback item, so it has no voice, channel or quote to show. Change its kind to feedback first.');
    expect((await t.fails('feedback/save', { id: doc.id, voice: 'sendiass' })).code).toBe('invalid-input');
    expect((await t.fails('feedback/get', { id: 'nosuchitem' })).code).toBe('not-found');
  });

  it('saves the details, the quote and date on the item, and the broad voice readiness counts', async () => {
    const { t, tick } = await clocked();
    const quote = await item(t, 'SENCo network feedback');
    tick('2024-06-10T12:00:00Z');
    const saved = await t.call('feedback/save', {
      id: quote.id,
      voice: 'school-senco',
      channel: 'forum-meeting',
      sentiment: 'mixed',
      consent: true,
      quote: 'Training helped, but the portal still loses our requests.',
      date: '2024-06-01',
    });
    expect(saved).toMatchObject({ voice: 'school-senco', channel: 'forum-meeting', sentiment: 'mixed', consent: true, anonymised: false, quote: 'Training helped, but the portal still loses our requests.', date: '2024-06-01' });
    const ev = await t.call('evidence/get', { id: quote.id });
    expect([ev.description, ev.asAt, ev.voice, ev.updatedAt]).toEqual(['Training helped, but the portal still loses our requests.', '2024-06-01', 'practitioner', '2024-06-10T12:00:00.000Z']);

    // A partial save keeps everything else; the forum's voice counts as parents' and carers'.
    const again = await t.call('feedback/save', { id: quote.id, voice: 'parent-carer-forum', anonymised: true });
    expect(again).toMatchObject({ voice: 'parent-carer-forum', channel: 'forum-meeting', sentiment: 'mixed', consent: true, anonymised: true, date: '2024-06-01' });
    expect((await t.call('evidence/get', { id: quote.id })).voice).toBe('parent-carer');
    await t.call('feedback/save', { id: quote.id, voice: 'other', date: null, sentiment: null });
    const last = await t.call('evidence/get', { id: quote.id });
    expect([last.voice, last.asAt]).toEqual([null, null]);
    expect((await t.call('feedback/get', { id: quote.id })).sentiment).toBeNull();
    // The quote is searchable as the item's description.
    const found = await t.call('search/query', { query: 'portal' });
    expect(JSON.stringify(found)).toContain(quote.id);
  });

  it('pairs feedback with the action taken ("you said, we did"), shown on both, and refuses nonsense pairs', async () => {
    const { t } = await clocked();
    const said = await item(t, 'Parents: the local offer is hard to find', { asAt: '2024-01-10' });
    const also = await item(t, 'Young people: nothing on the site for us', { asAt: '2024-02-01' });
    const did = await t.call('evidence/create', { title: 'Local offer relaunch', kind: 'document', asAt: '2024-04-01' });
    const paired = await t.call('feedback/answer', { id: said.id, answeredBy: did.id });
    expect(paired.answeredBy).toEqual({ id: did.id, title: 'Local offer relaunch', kind: 'document', asAt: '2024-04-01' });
    await t.call('feedback/answer', { id: also.id, answeredBy: did.id });
    expect(await t.call('feedback/pairs', { id: did.id })).toEqual({
      answeredBy: null,
      answers: [
        { id: also.id, title: 'Young people: nothing on the site for us', kind: 'feedback', asAt: '2024-02-01' },
        { id: said.id, title: 'Parents: the local offer is hard to find', kind: 'feedback', asAt: '2024-01-10' },
      ],
    });
    expect((await t.call('feedback/pairs', { id: said.id })).answeredBy?.id).toBe(did.id);

    const self = await t.fails('feedback/answer', { id: said.id, answeredBy: said.id });
    expect(self.message).toBe('A feedback item cannot answer itself: choose the item that records the action taken.');
    const missing = await t.fails('feedback/answer', { id: said.id, answeredBy: 'gone123' });
    expect(missing).toEqual({ code: 'not-found', message: 'The item recording the action taken could not be found. It may have been deleted.' });
    expect((await t.call('feedback/get', { id: said.id })).answeredBy?.id).toBe(did.id);
    expect((await t.fails('feedback/answer', { id: did.id, answeredBy: said.id })).code).toBe('invalid-input');

    await t.call('feedback/answer', { id: said.id, answeredBy: null });
    expect((await t.call('feedback/pairs', { id: did.id })).answers.map((a) => a.id)).toEqual([also.id]);
    // Deleting the action leaves the feedback unanswered.
    await t.call('evidence/delete', { id: did.id });
    expect((await t.call('feedback/get', { id: also.id })).answeredBy).toBeNull();
  });
});

describe('voice summary', () => {
  it('counts every feedback item by voice, sentiment and quarter, says whose voice is missing, and lists the newest quotes', async () => {
    const { t } = await clocked();
    const area = await t.call('areas/create', { code: 'AOC1', title: 'Co-production', weakness: 'Parents are not heard.' });
    const make = async (title: string, voice: string | null, sentiment: string | null, date: string | null, linked: boolean) => {
      const e = await item(t, title, { description: `Quote: ${title}` });
      if (voice) await t.call('feedback/save', { id: e.id, voice, sentiment, date });
      else if (date) await t.call('evidence/update', { id: e.id, asAt: date });
      if (linked) await t.call('links/set', { evidenceId: e.id, areaId: area.id, stance: 'supports', note: '' });
      return e;
    };
    await make('p1', 'parent-carer', 'positive', '2024-01-15', true);
    await make('p2', 'parent-carer', 'negative', '2024-03-31', false);
    await make('p3', 'parent-carer', null, '2024-04-01', true);
    await make('y1', 'child-young-person', 'mixed', '2023-11-20', true);
    await make('s1', 'sendiass', 'positive', null, false);
    // A feedback item with no details counts with its broad voice; one with none as "other".
    const broad = await item(t, 'old', { voice: 'practitioner', asAt: '2024-02-02', description: 'Quote: old' });
    await item(t, 'bare', { description: 'Quote: bare' });
    await t.call('evidence/create', { title: 'A strategy', kind: 'document', voice: 'parent-carer', asAt: '2024-05-01' });

    const all = await t.call('voice/summary', {});
    expect(all.total).toBe(7);
    expect(all.byVoice.map((v) => [v.voice, v.total, v.positive, v.mixed, v.negative, v.unknown, v.newest])).toEqual([
      ['parent-carer', 3, 1, 0, 1, 1, '2024-04-01'],
      ['child-young-person', 1, 0, 1, 0, 0, '2023-11-20'],
      ['practitioner', 1, 0, 0, 0, 1, '2024-02-02'],
      ['school-senco', 0, 0, 0, 0, 0, null],
      ['parent-carer-forum', 0, 0, 0, 0, 0, null],
      ['sendiass', 1, 1, 0, 0, 0, null],
      ['other', 1, 0, 0, 0, 1, null],
    ]);
    expect(all.missing).toEqual(['school-senco', 'parent-carer-forum']);
    expect(all.overTime).toEqual([
      { quarter: '2023-Q4', label: 'Oct–Dec 2023', counts: { 'child-young-person': 1 } },
      { quarter: '2024-Q1', label: 'Jan–Mar 2024', counts: { 'parent-carer': 2, practitioner: 1 } },
      { quarter: '2024-Q2', label: 'Apr–Jun 2024', counts: { 'parent-carer': 1 } },
    ]);
    expect(all.recent.map((r) => [r.quote, r.date])).toEqual([
      ['Quote: p3', '2024-04-01'],
      ['Quote: p2', '2024-03-31'],
      ['Quote: old', '2024-02-02'],
      ['Quote: p1', '2024-01-15'],
      ['Quote: y1', '2023-11-20'],
      ['Quote: bare', null],
      ['Quote: s1', null],
    ]);
    expect(all.recent[2]!.id).toBe(broad.id);

    const one = await t.call('voice/summary', { areaId: area.id });
    expect(one.areaId).toBe(area.id);
    expect(one.total).toBe(3);
    expect(one.byVoice.filter((v) => v.total > 0).map((v) => [v.voice, v.total])).toEqual([
      ['parent-carer', 2],
      ['child-young-person', 1],
    ]);
    expect(one.missing).toEqual(['practitioner', 'school-senco', 'parent-carer-forum', 'sendiass', 'other']);
    expect((await t.fails('voice/summary', { areaId: 'nosucharea' })).code).toBe('not-found');
  });

  it('shows at most eight recent quotes, newest first', async () => {
    const { t } = await clocked();
    for (let m = 1; m <= 10; m++) await item(t, `m${m}`, { asAt: `2024-${String(m).padStart(2, '0')}-01`, description: `month ${m}` });
    const s = await t.call('voice/summary', {});
    expect(s.recent.map((r) => r.quote)).toEqual(['month 10', 'month 9', 'month 8', 'month 7', 'month 6', 'month 5', 'month 4', 'month 3']);
    expect(s.overTime.map((q) => q.quarter)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
  });
});
