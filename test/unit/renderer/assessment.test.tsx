/**
 * Areas, actions and judgements (issue 5): the readiness dashboard and its fixes, the
 * area page (judgement, findings), the pasted letter, tracker import and status presets.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Readiness } from '../../../shared/schemas/readiness.ts';
import { evidenceBuckets } from '../../../shared/schemas/readiness.ts';
import { area, createFake, evidence, Fail, library as libraryInfo } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';
import { clearDate, dateField, dateShown, typeDate } from './helpers/dates.ts';

const cells = (over: Partial<Record<(typeof evidenceBuckets)[number], { count: number; newestAsAt: string | null; freshness: 'fresh' | 'ageing' | 'stale' | 'undated' | 'empty' }>>) =>
  evidenceBuckets.map((bucket) => ({ bucket, count: 0, newestAsAt: null, freshness: 'empty' as const, ...over[bucket] }));

function readiness(): Readiness {
  return {
    today: '2024-05-01',
    referenceDate: '2024-06-01',
    staleBefore: '2023-12-01',
    freshnessMonths: 6,
    buckets: evidenceBuckets,
    totals: { areas: 2, judged: 0, gaps: 3, linkedItems: 3 },
    areas: [
      {
        areaId: 'area1',
        code: 'AOC1',
        title: 'EHC plans',
        judgement: null,
        cells: cells({
          documents: { count: 2, newestAsAt: '2024-03-14', freshness: 'fresh' },
          data: { count: 1, newestAsAt: '2022-06-23', freshness: 'stale' },
        }),
        linkedItems: 3,
        surveyAnswers: 0,
        surveys: 0,
        impactLinks: 0,
        counterLinks: 0,
        findings: 0,
        actions: { total: 0, complete: 0, pastDue: 0 },
        gaps: [
          { type: 'no-judgement', areaId: 'area1', message: 'AOC1 has no judgement yet.' },
          { type: 'no-family-voice', areaId: 'area1', message: 'Nothing here gives the voice of parents, carers, children or young people.', unattributedVoiceIds: [] },
        ],
        summary: 'AOC1 EHC plans: 3 items of 2 kinds; not judged; 2 gaps.',
      },
      {
        areaId: 'area2',
        code: 'AOC2',
        title: 'Co-production',
        judgement: null,
        cells: cells({ 'parent-carer': { count: 1, newestAsAt: '2024-01-10', freshness: 'ageing' } }),
        linkedItems: 1,
        surveyAnswers: 0,
        surveys: 0,
        impactLinks: 0,
        counterLinks: 1,
        findings: 0,
        actions: { total: 0, complete: 0, pastDue: 0 },
        gaps: [{ type: 'unanswered-counter-evidence', areaId: 'area2', message: '“Survey” counters progress and no finding answers it.', evidenceId: 'e1' }],
        summary: 'AOC2 Co-production: 1 item of 1 kind; not judged; 1 gap.',
      },
    ],
  };
}

function exampleLibrary() {
  return { ...libraryInfo({ name: 'Brackenford' }, true) };
}

function library() {
  return createFake({
    areas: [area(1, { title: 'EHC plans' }), area(2, { title: 'Co-production' })],
    evidence: [
      evidence('e1', { title: 'Survey', kind: 'feedback', links: [{ areaId: 'area2', areaCode: 'AOC2', stance: 'counters', note: '', strength: 'activity' }] }),
      evidence('e2', { title: 'Coffee morning notes', links: [{ areaId: 'area2', areaCode: 'AOC2', stance: 'supports', note: '', strength: 'impact' }] }),
    ],
    readiness: readiness(),
  });
}

const screens = () => screen.getByRole('navigation', { name: 'Screens' });

describe('readiness dashboard', () => {
  it('shows counts, newest dates and freshness in words beside the colour, in a table with headers', async () => {
    const { user } = renderApp(library());
    await user.click(within(await waitFor(screens)).getByRole('button', { name: 'Readiness' }));
    const table = await screen.findByRole('table', { name: /Evidence by area and kind/ });
    expect(within(table).getByRole('columnheader', { name: 'Documents' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Parent and carer voice' })).toBeTruthy();
    const row = within(table).getByRole('row', { name: /AOC1/ });
    expect(within(row).getByRole('rowheader').textContent).toContain('AOC1');
    const [docs, data] = within(row).getAllByRole('cell');
    expect(docs?.textContent).toBe('214 March 2024Fresh');
    expect(within(docs!).getByText('Fresh').className).toContain('tone-green');
    expect(data?.textContent).toContain('Stale');
    expect(within(data!).getByText('Stale').className).toContain('tone-red');
    expect(within(table).getByRole('row', { name: /AOC2/ }).textContent).toContain('Ageing');
    expect(within(row).getAllByText('None').length).toBeGreaterThan(0);
    // One line per area at the top.
    expect(screen.getByText('AOC1 EHC plans: 3 items of 2 kinds; not judged; 2 gaps.')).toBeTruthy();
  });

  it('judges the example library as at the day its story is set, and any day the user chooses; cleared, as at today', async () => {
    const fake = createFake({ state: { library: exampleLibrary() }, areas: [area(1, { title: 'EHC plans' })] });
    fake.on('readiness/get', () => readiness());
    const { user } = renderApp(fake);
    await user.click(within(await waitFor(screens)).getByRole('button', { name: 'Readiness' }));
    await screen.findByRole('table', { name: /Evidence by area and kind/ });
    expect(fake.callsTo('readiness/get').at(-1)).toEqual({ today: '2024-08-30' });
    expect(screen.getByText(/The example library’s story is set in August 2024, so it is judged as at that day\./)).toBeTruthy();
    const field = dateField('Judge as at');
    expect(dateShown(field)).toBe('30/08/2024');
    await typeDate(user, field, '2024-09-15');
    await waitFor(() => expect(fake.callsTo('readiness/get').at(-1)).toEqual({ today: '2024-09-15' }));
    await clearDate(user, field);
    await waitFor(() => expect(fake.callsTo('readiness/get').at(-1)).toEqual({}));
    expect(screen.queryByText(/story is set in/)).toBeNull();
  });

  it('"Judge AOC1" opens the area page at the judgement', async () => {
    const { user } = renderApp(library());
    await user.click(within(await waitFor(screens)).getByRole('button', { name: 'Readiness' }));
    await user.click(await screen.findByRole('button', { name: 'Judge AOC1' }));
    const heading = await screen.findByRole('heading', { name: /^Judgement$/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('heading', { level: 2, name: 'AOC1 — EHC plans' })).toBeTruthy();
    expect(within(screens()).getByRole('button', { name: 'Areas' }).getAttribute('aria-current')).toBe('page');
  });

  it('"no family voice" opens a new evidence item preset to feedback from parents and carers, linked to the area', async () => {
    const { user } = renderApp(library());
    await user.click(within(await waitFor(screens)).getByRole('button', { name: 'Readiness' }));
    await user.click(await screen.findByRole('button', { name: 'Add feedback from parents and carers for AOC1' }));
    const dialog = await screen.findByRole('dialog', { name: 'New evidence item' });
    expect(within(dialog).getByRole('button', { name: /Feedback or voice/ })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: /Parents and carers/ })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: /AOC1 — EHC plans/ })).toBeTruthy();
  });

  it('"unanswered counter-evidence" opens a new finding that already cites the item', async () => {
    const fake = library();
    const { user } = renderApp(fake);
    await user.click(within(await waitFor(screens)).getByRole('button', { name: 'Readiness' }));
    await user.click(await screen.findByRole('button', { name: 'Answer it with a finding for AOC2' }));
    const dialog = await screen.findByRole('dialog', { name: 'New finding for AOC2' });
    const survey = await within(dialog).findByRole('checkbox', { name: /Survey/ });
    expect((survey as HTMLInputElement).checked).toBe(true);
    await user.type(within(dialog).getByRole('textbox', { name: 'Finding' }), 'Parents now say they are listened to.');
    await user.click(within(dialog).getByRole('button', { name: 'Add finding' }));
    await waitFor(() =>
      expect(fake.callsTo('findings/create')).toEqual([
        { areaId: 'area2', text: 'Parents now say they are listened to.', stillToImprove: false, citations: [{ evidenceId: 'e1' }] },
      ]),
    );
  });
});

describe('area page', () => {
  it('judging an area calls assessment/judge and shows the library’s wording', async () => {
    const fake = library();
    const { user } = renderApp(fake);
    await user.click(within(await waitFor(screens)).getByRole('button', { name: 'Areas' }));
    await screen.findByRole('heading', { level: 2, name: 'AOC1 — EHC plans' });
    await user.click(await screen.findByRole('radio', { name: 'Not sufficient progress' }));
    expect(screen.getByText(/The area has not made sufficient progress to improve this area of weakness\./)).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Rationale for AOC1' }), 'Timeliness is still 40%.');
    await user.click(screen.getByRole('button', { name: 'Save judgement' }));
    await waitFor(() => expect(fake.callsTo('assessment/judge')).toEqual([{ areaId: 'area1', outcome: 'not-sufficient', rationale: 'Timeliness is still 40%.' }]));
    expect(await screen.findByText('Not sufficient progress', { selector: 'strong' })).toBeTruthy();
    // The left pane follows when you go back to the evidence.
    await user.click(within(screens()).getByRole('button', { name: 'Evidence' }));
    expect(await within(screen.getByRole('grid', { name: 'Areas of concern' })).findByRole('row', { name: /AOC1 — EHC plans, 0 evidence items, Not sufficient progress/ })).toBeTruthy();
  });

  it('keeps a judgement chosen but not saved when you go to another area and back, until it is saved or put back', async () => {
    const fake = library();
    const { user } = renderApp(fake);
    await user.click(within(await waitFor(screens)).getByRole('button', { name: 'Areas' }));
    await screen.findByRole('heading', { level: 2, name: 'AOC1 — EHC plans' });
    await user.click(await screen.findByRole('radio', { name: 'Sufficient progress' }));
    await user.type(screen.getByRole('textbox', { name: 'Rationale for AOC1' }), 'Timeliness now 39% and rising.');
    const pages = screen.getByRole('navigation', { name: 'Area pages' });
    await user.click(within(pages).getByRole('button', { name: /AOC2/ }));
    await screen.findByRole('heading', { level: 2, name: 'AOC2 — Co-production' });
    await user.click(within(pages).getByRole('button', { name: /AOC1/ }));
    await screen.findByRole('heading', { level: 2, name: 'AOC1 — EHC plans' });
    expect((screen.getByRole('radio', { name: 'Sufficient progress' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Rationale for AOC1' }) as HTMLTextAreaElement).value).toBe('Timeliness now 39% and rising.');
    expect(within(screen.getByRole('region', { name: 'Judgement' })).getByRole('status').textContent).toBe('Not saved yet');
    expect(fake.callsTo('assessment/judge')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Put back the saved judgement' }));
    expect((screen.getByRole('textbox', { name: 'Rationale for AOC1' }) as HTMLTextAreaElement).value).toBe('');
    expect(within(screen.getByRole('region', { name: 'Judgement' })).getByRole('status').textContent).toBe('');
  });

  it('uses the 2023 monitoring wording when the library chooses it', async () => {
    const fake = library();
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Judgement wording and freshness…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Judgement wording and freshness' });
    await user.click(await within(dialog).findByRole('radio', { name: 'Monitoring inspection (2023 framework)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(fake.callsTo('assessment/updateSettings')).toEqual([{ wordingPreset: 'monitoring-2023', freshnessMonths: 6 }]));
    await user.click(within(screens()).getByRole('button', { name: 'Areas' }));
    expect(await screen.findByRole('radio', { name: 'Insufficient progress' })).toBeTruthy();
  });

  it('Escape on a finding with text asks before losing it; one with none closes at once', async () => {
    const fake = library();
    const { user } = renderApp(fake);
    await waitFor(screens);
    await user.click(within(screen.getByRole('grid', { name: 'Areas of concern' })).getByRole('button', { name: 'Actions for AOC2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open area page' }));
    await user.click(await screen.findByRole('button', { name: 'Add a finding' }));
    let dialog = await screen.findByRole('dialog', { name: 'New finding for AOC2' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull()); // nothing typed: no question

    await user.click(screen.getByRole('button', { name: 'Add a finding' }));
    dialog = await screen.findByRole('dialog', { name: 'New finding for AOC2' });
    const text = within(dialog).getByRole('textbox', { name: 'Finding' });
    await user.type(text, 'Plans issued within 20 weeks rose from 4% to 39%.');
    await user.keyboard('{Escape}');
    const ask = await within(dialog).findByRole('alert');
    expect(ask.textContent).toBe('Close without saving?Closing now loses the finding you have written.Keep editingClose and lose it');
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep editing' }));
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).toBeNull());
    expect((within(dialog).getByRole('textbox', { name: 'Finding' }) as HTMLTextAreaElement).value).toBe('Plans issued within 20 weeks rose from 4% to 39%.');

    await user.keyboard('{Escape}');
    await user.click(await within(dialog).findByRole('button', { name: 'Close and lose it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('findings/create')).toEqual([]);
  });

  it('a finding cites the area’s items, is marked still to improve, and can be moved and deleted with Undo', async () => {
    const fake = library();
    const { user } = renderApp(fake);
    await waitFor(screens);
    await user.click(within(screen.getByRole('grid', { name: 'Areas of concern' })).getByRole('button', { name: 'Actions for AOC2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Open area page' }));
    await screen.findByRole('heading', { level: 2, name: 'AOC2 — Co-production' });

    await user.click(await screen.findByRole('button', { name: 'Add a finding' }));
    let dialog = await screen.findByRole('dialog', { name: 'New finding for AOC2' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Finding' }), 'The forum co-chairs the board.');
    await user.click(within(dialog).getByRole('checkbox', { name: /Coffee morning notes/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add finding' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('findings/create')[0]).toEqual({ areaId: 'area2', text: 'The forum co-chairs the board.', stillToImprove: false, citations: [{ evidenceId: 'e2' }] });
    expect(within(await screen.findByRole('list', { name: 'Evidence cited by finding 1' })).getByText('Coffee morning notes')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Add a finding' }));
    dialog = await screen.findByRole('dialog', { name: 'New finding for AOC2' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Finding' }), 'Waiting lists are still too long.');
    await user.click(within(dialog).getByRole('checkbox', { name: /Still to improve/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add finding' }));
    expect(await screen.findByText('Still to improve', { selector: '.tone' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Move up: finding 2' }));
    await waitFor(() => expect(fake.callsTo('findings/move')).toEqual([{ id: 'f2', position: 0 }]));
    await waitFor(() => expect(screen.getAllByRole('listitem').find((li) => li.className.includes('finding'))?.textContent).toContain('Waiting lists'));

    await user.click(screen.getByRole('button', { name: 'Delete finding 1' }));
    await waitFor(() => expect(fake.callsTo('findings/delete')).toEqual([{ id: 'f2' }]));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.callsTo('findings/restore')).toHaveLength(1));
    expect(await screen.findByText(/Waiting lists are still too long/)).toBeTruthy();
  });
});

/** The letter dialog, showing three proposals: two new, one already in the register as AOC1. */
async function threeProposals() {
  const fake = library();
  fake.on('areas/proposeFromLetter', () => ({
    message: 'Found three weaknesses.',
    statedCount: 3,
    proposals: [
      { code: 'AOC3', title: 'Waiting times', weakness: 'Waiting times for ASD assessment are too long.', judgement: null, found: 'bulleted-list', existingAreaCode: null },
      { code: 'AOC4', title: 'Local offer', weakness: 'The local offer is not well known.', judgement: null, found: 'bulleted-list', existingAreaCode: null },
      { code: 'AOC5', title: 'EHC plans', weakness: 'Weakness 1, as written.', judgement: null, found: 'bulleted-list', existingAreaCode: 'AOC1' },
    ],
  }));
  const { user } = renderApp(fake);
  await user.click(await screen.findByRole('button', { name: 'Library menu' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Paste the inspection letter…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Paste the inspection letter' });
  await user.click(within(dialog).getByRole('textbox', { name: 'Text of the letter' }));
  await user.paste('Dear Director… inspectors found the following: …');
  await user.click(within(dialog).getByRole('button', { name: 'Find the weaknesses' }));
  return { fake, user, dialog };
}

describe('paste the inspection letter', () => {
  it('proposes weaknesses to accept, edit or reject one by one, marking ones already in the register', async () => {
    const { fake, user, dialog } = await threeProposals();
    expect(await within(dialog).findByText('Three weaknesses found')).toBeTruthy();
    expect(fake.callsTo('areas/create')).toEqual([]);
    expect(within(dialog).getByText('Already in the register as AOC1')).toBeTruthy();

    // Accept the first as proposed.
    await user.click(within(dialog).getByRole('button', { name: 'Accept AOC3' }));
    await waitFor(() => expect(fake.callsTo('areas/create')).toEqual([{ code: 'AOC3', title: 'Waiting times', weakness: 'Waiting times for ASD assessment are too long.' }]));
    expect(await within(dialog).findByText('Added as AOC3')).toBeTruthy();

    // Edit the second's title, then accept it.
    await user.click(within(dialog).getByRole('button', { name: 'Edit AOC4' }));
    const title = within(dialog).getByRole('textbox', { name: 'Short title of proposal AOC4' });
    await user.clear(title);
    await user.type(title, 'The local offer');
    await user.click(within(dialog).getByRole('button', { name: 'Accept AOC4' }));
    await waitFor(() => expect(fake.callsTo('areas/create')[1]).toEqual({ code: 'AOC4', title: 'The local offer', weakness: 'The local offer is not well known.' }));

    // Reject the duplicate.
    await user.click(within(dialog).getByRole('button', { name: 'Reject AOC5' }));
    expect(within(dialog).getByText('Rejected')).toBeTruthy();
    expect(fake.callsTo('areas/create')).toHaveLength(2);
    expect(within(dialog).getByText('2 accepted, 0 still to decide.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(await within(screen.getByRole('grid', { name: 'Areas of concern' })).findByRole('row', { name: /AOC4 — The local offer/ })).toBeTruthy();
  });

  it('“Accept all” adds every proposal still to decide, as the letter words them, but not one already in the register', async () => {
    const { fake, user, dialog } = await threeProposals();
    await user.click(await within(dialog).findByRole('button', { name: 'Accept all 2' }));
    await waitFor(() =>
      expect(fake.callsTo('areas/create')).toEqual([
        { code: 'AOC3', title: 'Waiting times', weakness: 'Waiting times for ASD assessment are too long.' },
        { code: 'AOC4', title: 'Local offer', weakness: 'The local offer is not well known.' },
      ]),
    );
    expect(await within(dialog).findByText('Added as AOC4')).toBeTruthy();
    expect(within(dialog).getByText('2 accepted, 1 still to decide.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /^Accept all/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Done' })));
  });

  it('asks before “Done” or Escape leave weaknesses undecided, which would not be added', async () => {
    const { fake, user, dialog } = await threeProposals();
    expect(await within(dialog).findByText('Three weaknesses found')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    const notice = await within(dialog).findByRole('alert');
    expect(notice.textContent).toContain('Three weaknesses are not added yet');
    await waitFor(() => expect(document.activeElement).toBe(within(notice).getByRole('button', { name: 'Keep deciding' })));
    await user.click(within(notice).getByRole('button', { name: 'Keep deciding' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Accept AOC3' })));

    // Escape asks too, naming what would be lost.
    await user.keyboard('{Escape}');
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Closing now loses 3 weaknesses found in the letter and not yet accepted.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Close without adding them' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Paste the inspection letter' })).toBeNull());
    expect(fake.callsTo('areas/create')).toEqual([]);
  });

  it('says plainly when nothing is found, and offers to type the areas in', async () => {
    const { user } = renderApp(library());
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Paste the inspection letter…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste the inspection letter' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Text of the letter' }));
    await user.paste('Thank you for your hospitality.');
    await user.click(within(dialog).getByRole('button', { name: 'Find the weaknesses' }));
    expect(await within(dialog).findByText('No weaknesses were found in this text')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Type the areas in' }));
    expect(await screen.findByRole('dialog', { name: 'New area of concern' })).toBeTruthy();
  });
});

describe('actions: tracker import and status schemes', () => {
  it('lists the tracker’s row and column problems, and says nothing was imported', async () => {
    const fake = library();
    fake.on('actions/previewImport', () => ({
      sheets: [],
      sheet: null,
      columns: ['Ref', 'Action', 'Due'],
      headerRow: 1,
      sample: [
        { row: 2, cells: ['1.1', 'Publish the strategy', '31/03/2024'] },
        { row: 3, cells: ['1.2', 'Audit plans', 'soon'] },
      ],
      rowCount: 2,
      proposedMapping: { text: 1, ref: 0, owner: null, dueOn: 2, status: null, area: null },
      statusValues: [],
    }));
    fake.on('actions/import', () => {
      throw new Fail('invalid-input', '1 problem in the tracker, so nothing was imported. Row 3, column "Due": "soon" is not a date.', {
        problems: [{ row: 3, column: 'Due', message: '"soon" is not a date; write it like 14/03/2023' }],
      });
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Import actions from a tracker…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import actions from a tracker' });
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(input, new File(['Ref,Action,Due\n'], 'tracker.csv', { type: 'text/csv' }));
    const sample = await within(dialog).findByRole('table', { name: 'The first rows of the tracker' });
    expect(within(sample).getByText('Audit plans')).toBeTruthy();
    expect(fake.callsTo('actions/previewImport')).toEqual([{ source: { uploadId: 'u-tracker.csv' } }]);

    await user.click(within(dialog).getByRole('button', { name: /Area of concern for these actions/ }));
    await user.click(await screen.findByRole('option', { name: 'AOC1 — EHC plans' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 rows' }));
    const problems = await within(dialog).findByRole('table', { name: /Problems in the tracker/ });
    const row = within(problems).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', 'Due', '"soon" is not a date; write it like 14/03/2023']);
    expect(within(dialog).getByRole('alert').textContent).toContain('nothing was imported');
    expect(fake.callsTo('actions/import')).toEqual([
      { source: { uploadId: 'u-tracker.csv' }, mapping: { text: 1, ref: 0, owner: null, dueOn: 2, status: null, area: null }, areaId: 'area1', statusMap: {} },
    ]);
  });

  it('switches to a real area’s status preset, each status shown with its words', async () => {
    const fake = library();
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Action statuses…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Action statuses' });
    expect(await within(dialog).findByRole('textbox', { name: 'Status 1' })).toBeTruthy();
    expect(within(dialog).getAllByText('Missed deadline')[0]?.className).toContain('tone-red');
    await user.click(within(dialog).getByRole('button', { name: 'Use Wirral (BRAG)' }));
    await waitFor(() => expect(fake.callsTo('actions/applyPreset')).toEqual([{ preset: 'wirral', replacements: [] }]));
    expect(await within(dialog).findByText('Now using the Wirral (BRAG) statuses.')).toBeTruthy();
    const labels = within(dialog)
      .getAllByRole('textbox')
      .map((t) => (t as HTMLInputElement).value);
    expect(labels).toEqual(['Completed', 'On track', 'At risk of delay', 'Missed deadline']);
  });

  it('asks where actions go when a status they use would be removed, then retries', async () => {
    const fake = library();
    let tries = 0;
    fake.on('actions/applyPreset', (input) => {
      tries += 1;
      if (input.replacements.length === 0)
        throw new Fail('conflict', '2 actions have the status "In progress", which the new scheme leaves out.', { statusId: 'st2', label: 'In progress', actions: 2 });
      return [{ id: 'n1', label: 'Completed', colour: 'blue', complete: true, position: 0, actionCount: 0 }];
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Action statuses…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Action statuses' });
    await user.click(await within(dialog).findByRole('button', { name: 'Use Wirral (BRAG)' }));
    expect(await within(dialog).findByText(/2 actions have the status “In progress”/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Move them and continue' }));
    await waitFor(() => expect(tries).toBe(2));
    expect(fake.callsTo('actions/applyPreset')[1]).toEqual({ preset: 'wirral', replacements: [{ fromStatusId: 'st2', toLabel: 'Completed' }] });
  });
});

describe('excerpts in the details pane', () => {
  it('quotes the text selected in the description, for an area, and a deleted excerpt can be put back', async () => {
    const fake = createFake({
      areas: [area(1, { title: 'EHC plans' })],
      evidence: [
        evidence('e1', {
          title: 'Timeliness report',
          description: 'Of 120 plans, 96 were issued within 20 weeks.',
          links: [{ areaId: 'area1', areaCode: 'AOC1', stance: 'supports', note: '', strength: 'impact' }],
        }),
      ],
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Timeliness report'));
    const description = (await screen.findByRole('textbox', { name: 'Description' })) as HTMLTextAreaElement;
    const start = description.value.indexOf('96');
    description.setSelectionRange(start, start + '96 were issued within 20 weeks'.length);
    await user.click(screen.getByRole('button', { name: 'Quote the selected text' }));
    const quote = await screen.findByRole('textbox', { name: 'Quote' });
    expect((quote as HTMLTextAreaElement).value).toBe('96 were issued within 20 weeks');
    await user.type(screen.getByRole('spinbutton', { name: 'Page' }), '3');
    await user.click(screen.getByRole('button', { name: 'Save excerpt' }));
    await waitFor(() =>
      expect(fake.callsTo('excerpts/create')).toEqual([
        { evidenceId: 'e1', quote: '96 were issued within 20 weeks', page: 3, dataPoint: null, note: '', areaId: 'area1' },
      ]),
    );
    expect(await screen.findByText('“96 were issued within 20 weeks”')).toBeTruthy();
    expect(screen.getByText('Page 3 · For AOC1')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete excerpt 1' }));
    await waitFor(() => expect(screen.queryByText('“96 were issued within 20 weeks”')).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.callsTo('excerpts/restore')).toHaveLength(1));
    expect(await screen.findByText('“96 were issued within 20 weeks”')).toBeTruthy();
  });
});
