/**
 * Issue 5's remaining pieces: an excerpt saved from the words selected in the PDF
 * viewer, WSoA actions linked to evidence items, a stocktake with counts typed in by
 * hand, and the stale-evidence fix showing only the stale items.
 *
 * pdf.js does not run in jsdom, so the viewer gets a stand-in: pages whose text layer is
 * a few spans, as pdf.js would draw them.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Readiness } from '../../../shared/schemas/readiness.ts';
import { evidenceBuckets } from '../../../shared/schemas/readiness.ts';
import { useViewerStore } from '../../../renderer/stores/viewer.ts';
import { area, createFake, evidence } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';
import { dateField, typeDate } from './helpers/dates.ts';

const pageText: Record<number, string[]> = {
  1: ['Contents'],
  2: ['Of 120 plans, ', '96 were issued within 20 weeks.'],
};

vi.mock('../../../renderer/features/viewer/pdf.ts', () => {
  class TextLayer {
    textDivs: HTMLElement[] = [];
    private container: HTMLElement;
    private page: number;
    constructor({ container, textContentSource }: { container: HTMLElement; textContentSource: { page: number } }) {
      this.container = container;
      this.page = textContentSource.page;
    }
    async render() {
      for (const text of pageText[this.page] ?? []) {
        const span = document.createElement('span');
        span.textContent = text;
        this.container.append(span);
        this.textDivs.push(span);
      }
    }
    cancel() {}
  }
  const doc = {
    numPages: 3,
    getPage: async (n: number) => ({
      getViewport: () => ({ width: 200, height: 300 }),
      render: () => ({ promise: Promise.resolve(), cancel() {} }),
      streamTextContent: () => ({ page: n }),
    }),
  };
  return { openPdf: () => ({ promise: Promise.resolve(doc), destroy: async () => {} }), TextLayer };
});

beforeEach(() => {
  useViewerStore.getState().reset();
  vi.stubGlobal('fetch', async () => new Response(new Uint8Array([37, 80, 68, 70])));
  // jsdom has no canvas drawing; the stand-in page never draws on it.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const linkTo = (areaId: string, areaCode: string) => ({ areaId, areaCode, stance: 'supports' as const, note: '', strength: 'activity' as const });

/** Selects `text` inside the viewer's text layer, as a mouse drag would. */
function selectInTextLayer(text: string) {
  const layer = document.querySelector('.viewer-text');
  const span = [...(layer?.querySelectorAll('span') ?? [])].find((s) => s.textContent?.includes(text));
  const node = span?.firstChild;
  if (!node) throw new Error(`“${text}” is not on the page`);
  const start = node.textContent!.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

describe('excerpt from the PDF viewer', () => {
  it('saves the selected words with the viewer’s page and the selected area, and the excerpt shows in the item’s Excerpts', async () => {
    const fake = createFake({
      areas: [area(1, { title: 'EHC plans' }), area(2, { title: 'Co-production' })],
      evidence: [
        evidence('e1', {
          title: 'Timeliness report',
          links: [linkTo('area1', 'AOC1'), linkTo('area2', 'AOC2')],
          files: [{ id: 'f1', name: 'timeliness.pdf', mediaType: 'application/pdf', size: 4, sha256: 'x' }],
        }),
      ],
    });
    const { user } = renderApp(fake);
    // Choose AOC2 in the left pane: the excerpt is for it unless the user says otherwise.
    await user.click(within(await screen.findByRole('grid', { name: 'Areas of concern' })).getByRole('row', { name: /AOC2/ }));
    await user.click(await screen.findByText('Timeliness report'));
    await screen.findByRole('heading', { name: 'Excerpts' });
    act(() => useViewerStore.getState().openViewer({ itemId: 'e1', itemTitle: 'Timeliness report', fileId: 'f1', fileName: 'timeliness.pdf', page: 1, query: '' }));
    const viewer = await screen.findByRole('dialog', { name: 'timeliness.pdf' });
    await within(viewer).findByText('Page 1 of 3');

    // Nothing selected: it says so, and nothing is saved.
    const saveAs = within(viewer).getByRole('button', { name: 'Save as excerpt' });
    await waitFor(() => expect(saveAs.hasAttribute('disabled')).toBe(false));
    saveAs.focus();
    await user.keyboard('{Enter}');
    expect(await within(viewer).findByText(/Nothing is selected on page 1/)).toBeTruthy();

    await user.click(within(viewer).getByRole('button', { name: 'Next page' }));
    await within(viewer).findByText('Page 2 of 3');
    await waitFor(() => expect(document.querySelector('.viewer-text')?.textContent).toContain('96 were issued'));
    selectInTextLayer('96 were issued within 20 weeks');
    expect(await within(viewer).findByText('Selected: “96 were issued within 20 weeks”')).toBeTruthy();
    // From the keyboard: the button acts on the selection.
    within(viewer).getByRole('button', { name: 'Save as excerpt' }).focus();
    await user.keyboard('{Enter}');

    const form = await within(viewer).findByRole('group', { name: 'New excerpt from page 2' });
    expect((within(form).getByRole('textbox', { name: 'Quote' }) as HTMLTextAreaElement).value).toBe('96 were issued within 20 weeks');
    // Only the item's linked areas (and "No area"), the selected one chosen.
    const areaButton = within(form).getByRole('button', { name: /Evidences the area/ });
    expect(areaButton.textContent).toContain('AOC2 — Co-production');
    await user.click(areaButton);
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['AOC1 — EHC plans', 'AOC2 — Co-production', 'No area']);
    await user.click(screen.getByRole('option', { name: 'AOC1 — EHC plans' }));
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Up from 60%.');
    await user.click(within(form).getByRole('button', { name: 'Save excerpt from page 2' }));

    await waitFor(() =>
      expect(fake.callsTo('excerpts/create')).toEqual([{ evidenceId: 'e1', quote: '96 were issued within 20 weeks', page: 2, areaId: 'area1', note: 'Up from 60%.', dataPoint: null }]),
    );
    expect(await within(viewer).findByText(/Saved the excerpt from page 2 for AOC1/)).toBeTruthy();
    await user.click(within(viewer).getByRole('button', { name: 'Close viewer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const excerpts = screen.getByRole('region', { name: 'Excerpts' });
    expect(within(excerpts).getByText('“96 were issued within 20 weeks”')).toBeTruthy();
    expect(within(excerpts).getByText('Page 2 · For AOC1')).toBeTruthy();
  });
});

describe('WSoA actions linked to evidence', () => {
  it('chooses items from the area’s linked evidence, sends their ids, and the table lists them', async () => {
    const fake = createFake({
      areas: [area(1, { title: 'EHC plans' })],
      evidence: [
        evidence('e1', { title: 'Timeliness report', links: [linkTo('area1', 'AOC1')] }),
        evidence('e2', { title: 'Audit of plans', links: [linkTo('area1', 'AOC1')] }),
        evidence('e3', { title: 'Unrelated minutes' }),
      ],
    });
    const { user } = renderApp(fake);
    await user.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'Areas' }));
    await screen.findByRole('heading', { level: 2, name: 'AOC1 — EHC plans' });
    await user.click(await screen.findByRole('button', { name: 'Add an action' }));
    let dialog = await screen.findByRole('dialog', { name: 'New action for AOC1' });
    const group = within(dialog).getByRole('group', { name: 'Evidence of the action' });
    expect(within(group).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual([
      expect.stringContaining('Timeliness report'),
      expect.stringContaining('Audit of plans'),
    ]);
    await user.type(within(dialog).getByRole('textbox', { name: 'Action' }), 'Issue plans within 20 weeks.');
    await user.click(within(group).getByRole('checkbox', { name: /Audit of plans/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(fake.callsTo('actions/create')).toHaveLength(1));
    expect(fake.callsTo('actions/create')[0]).toMatchObject({ areaId: 'area1', text: 'Issue plans within 20 weeks.', evidenceIds: ['e2'] });

    const table = await screen.findByRole('table', { name: 'WSoA actions for AOC1' });
    expect(within(table).getByRole('columnheader', { name: 'Evidence' })).toBeTruthy();
    const row = within(table).getByRole('row', { name: /Issue plans within 20 weeks/ });
    expect(within(row).getByText('Audit of plans')).toBeTruthy();

    await user.click(within(row).getByRole('button', { name: /Edit/ }));
    dialog = await screen.findByRole('dialog', { name: /Edit action/ });
    expect((within(dialog).getByRole('checkbox', { name: /Audit of plans/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('checkbox', { name: /Timeliness report/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save action' }));
    await waitFor(() => expect(fake.callsTo('actions/update')).toHaveLength(1));
    expect(fake.callsTo('actions/update')[0]).toMatchObject({ evidenceIds: ['e2', 'e1'] });
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'WSoA actions for AOC1' })).getByText('Timeliness report')).toBeTruthy());
  });
});

describe('stocktake with counts typed in by hand', () => {
  it('sends one count per status with its colour and completeness, and names a count that is not a whole number', async () => {
    const fake = createFake({ areas: [area(1)] });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Stocktakes…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stocktakes' });
    await typeDate(user, dateField('Date of the stocktake', dialog), '2023-03-14');
    await user.click(within(dialog).getByRole('checkbox', { name: /Enter the counts by hand/ }));
    const counts = within(dialog).getByRole('group', { name: 'Number of actions with each status' });
    const fields = within(counts).getAllByRole('spinbutton');
    const statuses = (await import('../../../shared/schemas/actions.ts')).statusPresets[2]!.statuses;
    expect(fields).toHaveLength(statuses.length);
    await user.type(fields[0]!, '2.5');
    await user.click(within(dialog).getByRole('button', { name: 'Record a stocktake' }));
    expect(await within(dialog).findByText('Enter a whole number of actions, such as 12, or 0.')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toBe('Check the counts: one is not a whole number.');
    expect(fake.callsTo('stocktakes/record')).toEqual([]);

    await user.clear(fields[0]!);
    await user.type(fields[0]!, '12');
    await user.type(fields[fields.length - 1]!, '30');
    await user.click(within(dialog).getByRole('button', { name: 'Record a stocktake' }));
    await waitFor(() => expect(fake.callsTo('stocktakes/record')).toHaveLength(1));
    expect(fake.callsTo('stocktakes/record')[0]).toEqual({
      takenOn: '2023-03-14',
      note: '',
      counts: statuses.map((st, i) => ({ label: st.label, colour: st.colour, complete: st.complete, count: i === 0 ? 12 : i === statuses.length - 1 ? 30 : 0 })),
    });
    expect(await within(dialog).findByText('14 March 2023', { selector: 'strong' })).toBeTruthy();
    // The date typed for that one does not carry over to the next: it is today again.
    const today = new Date();
    const shown = `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${today.getFullYear()}`;
    await waitFor(() => expect(dateField('Date of the stocktake', dialog).textContent?.replace(/[^\d/]/g, '')).toBe(shown));
  });
});

describe('stale evidence fix', () => {
  it('shows only the stale items of the area, with a notice that Show all removes', async () => {
    const stale: Readiness = {
      today: '2024-05-01',
      referenceDate: '2024-06-01',
      staleBefore: '2023-12-01',
      freshnessMonths: 6,
      buckets: evidenceBuckets,
      totals: { areas: 1, judged: 0, gaps: 1, linkedItems: 3 },
      areas: [
        {
          areaId: 'area1',
          code: 'AOC1',
          title: 'EHC plans',
          judgement: null,
          cells: evidenceBuckets.map((bucket) => ({ bucket, count: 0, newestAsAt: null, freshness: 'empty' as const })),
          linkedItems: 3,
          surveyAnswers: 0,
          surveys: 0,
          impactLinks: 0,
          counterLinks: 0,
          findings: 0,
          actions: { total: 0, complete: 0, pastDue: 0 },
          gaps: [{ type: 'stale-evidence', areaId: 'area1', message: '2 items are older than 6 months.', evidenceIds: ['e1', 'e2'] }],
          summary: 'AOC1 EHC plans: 3 items.',
        },
      ],
    };
    const fake = createFake({
      areas: [area(1, { title: 'EHC plans' })],
      evidence: [
        evidence('e1', { title: 'Old audit', asAt: '2021-03-01', links: [linkTo('area1', 'AOC1')] }),
        evidence('e2', { title: 'Old survey', asAt: '2022-06-23', links: [linkTo('area1', 'AOC1')] }),
        evidence('e3', { title: 'New report', asAt: '2024-04-01', links: [linkTo('area1', 'AOC1')] }),
      ],
      readiness: stale,
    });
    const { user } = renderApp(fake);
    await user.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'Readiness' }));
    await user.click(await screen.findByRole('button', { name: 'Show AOC1’s oldest evidence' }));
    const list = await screen.findByRole('grid', { name: 'Evidence list' });
    await waitFor(() => expect(within(list).queryByText('New report')).toBeNull());
    expect(within(list).getByText('Old audit')).toBeTruthy();
    expect(within(list).getByText('Old survey')).toBeTruthy();
    expect(fake.callsTo('evidence/list')).toContainEqual({ scope: { type: 'area', areaId: 'area1' }, ids: ['e1', 'e2'] });
    expect(screen.getByText('Showing 2 stale items for AOC1.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(await within(list).findByText('New report')).toBeTruthy();
    expect(screen.queryByText('Showing 2 stale items for AOC1.')).toBeNull();
  });
});
