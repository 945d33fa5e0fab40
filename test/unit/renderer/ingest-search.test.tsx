import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/schemas/ingest.ts';
import type { SearchHit } from '../../../shared/schemas/search.ts';
import { useIngestStore } from '../../../renderer/stores/ingest.ts';
import { noFilters, toQueryInput, useSearchStore } from '../../../renderer/stores/search.ts';
import { usePaletteStore } from '../../../renderer/stores/palette.ts';
import { useViewerStore } from '../../../renderer/stores/viewer.ts';
import { area, createFake, evidence } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';

function fresh() {
  useIngestStore.getState().reset();
  useSearchStore.getState().reset();
  usePaletteStore.getState().closePalette();
  useViewerStore.getState().reset();
}

const counts = (over: Partial<Record<'imported' | 'duplicate' | 'failed' | 'cancelled', number>> = {}) => ({
  imported: 0,
  duplicate: 0,
  failed: 0,
  cancelled: 0,
  ...over,
});

const result = (key: string, over: Partial<ImportResult>): ImportResult => ({
  key,
  path: `Board papers/${key}`,
  name: key,
  status: 'imported',
  id: null,
  title: null,
  error: null,
  note: null,
  suggestions: null,
  personalDataReview: null,
  pages: null,
  attachmentOf: null,
  ...over,
});

describe('import progress panel', () => {
  it('shows counts from events, cancels the job, then lists, filters and explains each file', async () => {
    fresh();
    const fake = createFake({ areas: [area(1)], evidence: [evidence('dup', { title: 'Existing minutes' })] });
    fake.on('ingest/start', () => ({ jobId: 'job1', total: 4 }));
    fake.on('ingest/status', () => ({ jobId: 'job1', state: 'running', done: 0, total: 4, current: [], counts: counts(), results: [] }));
    fake.on('ingest/cancel', () => ({ jobId: 'job1', cancelled: true }));
    const { user } = renderApp(fake);
    await screen.findByRole('grid', { name: 'Evidence list' });

    const files = ['minutes.pdf', 'copy.pdf', 'broken.pdf', 'later.docx'].map((n) => ({ file: new File(['x'], n), folder: 'Board papers' }));
    await act(() => useIngestStore.getState().importFiles(files));
    expect(fake.callsTo('upload')).toHaveLength(4);
    expect(fake.callsTo('ingest/start')[0].sources[0]).toMatchObject({ type: 'upload', uploadId: 'u-minutes.pdf', name: 'minutes.pdf', folder: 'Board papers' });

    const panel = screen.getByRole('region', { name: 'Importing 4 files' });
    act(() =>
      fake.emit({
        name: 'ingest/progress',
        payload: { jobId: 'job1', done: 2, total: 4, current: ['Board papers/broken.pdf'], counts: counts({ imported: 1, duplicate: 1 }) },
      }),
    );
    expect(within(panel).getByText('2 of 4 files done: 1 imported, 1 duplicate.')).toBeTruthy();
    expect(within(panel).getByText('Board papers/broken.pdf')).toBeTruthy();
    expect(within(panel).getByRole('progressbar', { name: 'Files read' }).getAttribute('aria-valuetext')).toBe('2 of 4 files');

    await user.click(within(panel).getByRole('button', { name: 'Cancel import' }));
    expect(fake.callsTo('ingest/cancel')).toEqual([{ jobId: 'job1' }]);

    const failure = 'This PDF is damaged or incomplete, so its text could not be read. It was not imported.';
    act(() =>
      fake.emit({
        name: 'ingest/done',
        payload: {
          jobId: 'job1',
          state: 'cancelled',
          done: 4,
          total: 4,
          current: [],
          counts: counts({ imported: 2, duplicate: 1, failed: 1, cancelled: 1 }),
          results: [
            result('minutes.pdf', { id: 'e9', title: 'SEND Board minutes', pages: 3, suggestions: { title: 'SEND Board minutes', asAt: '2022-09-14', asAtFrom: 'first-page', source: 'Walsall Council' } }),
            result('copy.pdf', { status: 'duplicate', id: 'dup', title: 'Existing minutes' }),
            result('coffee-morning.md', {
              id: 'e10',
              title: 'Coffee morning',
              suggestions: { title: 'Coffee morning', asAt: null, asAtFrom: null, source: 'Walsall Parent Carer Forum', feedback: { voice: 'parent-carer', channel: 'event' } },
            }),
            result('broken.pdf', { status: 'failed', error: failure }),
            result('later.docx', { status: 'cancelled', error: 'The import was cancelled before this file was read.' }),
          ],
        },
      }),
    );
    const done = screen.getByRole('region', { name: 'Import cancelled' });
    expect(within(done).getByText('2 imported, 1 duplicate, 1 failed, 1 cancelled.')).toBeTruthy();
    const list = within(done).getByRole('list', { name: 'Import results' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(within(list).getByText('Imported as feedback from parents and carers (event or coffee morning), so it counts in Voices.')).toBeTruthy();
    expect(within(list).getByText('As at 14 September 2022 (from the first page) · source Walsall Council')).toBeTruthy();
    expect(within(list).getByText(failure)).toBeTruthy();

    await user.click(within(done).getByRole('radio', { name: 'Failed (1)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText(failure)).toBeTruthy();
    expect(within(list).queryByText('Board papers/minutes.pdf')).toBeNull();

    // A duplicate links to the item already in the library.
    await user.click(within(done).getByRole('radio', { name: 'Duplicates (1)' }));
    await user.click(within(list).getByRole('button', { name: 'Open the existing item, “Existing minutes”' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Existing minutes'));
    // And it is ready to edit (focus moves there a moment later; waiting also keeps that from outliving the test).
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' })));
  });

  it('links every imported item to the area chosen in the left pane, and says so', async () => {
    fresh();
    const fake = createFake({ areas: [area(1)] });
    fake.on('ingest/start', () => ({ jobId: 'job2', total: 1 }));
    fake.on('ingest/status', () => ({ jobId: 'job2', state: 'running', done: 0, total: 1, current: [], counts: counts(), results: [] }));
    const { user } = renderApp(fake);
    await user.click(within(await screen.findByRole('grid', { name: 'Areas of concern' })).getByRole('row', { name: /AOC1/ }));
    await waitFor(() => expect(fake.callsTo('evidence/list')).toContainEqual({ scope: { type: 'area', areaId: 'area1' } }));
    await act(() => useIngestStore.getState().importFiles([{ file: new File(['x'], 'a.txt'), folder: '' }]));
    expect(fake.callsTo('ingest/start')[0].areaIds).toEqual(['area1']);
    expect(screen.getByText('Each imported item is linked to AOC1 — Area title 1.')).toBeTruthy();
  });
});

const hit = (over: Partial<SearchHit> = {}): SearchHit => ({
  id: 'a',
  title: 'Minutes of the SEND board',
  titleSegments: [{ text: 'Minutes of the SEND board', hit: false }],
  kind: 'document',
  asAt: '2022-09-14',
  source: 'Walsall Council',
  personalData: false,
  areaCodes: ['AOC1'],
  fileId: 'f1',
  fileName: 'minutes.pdf',
  mediaType: 'application/pdf',
  page: 3,
  label: null,
  snippet: [
    { text: '<img src=x onerror="window.hacked=1"> the ', hit: false },
    { text: 'charter', hit: true },
    { text: ' was signed', hit: false },
  ],
  matches: 2,
  spread: false,
  score: -3,
  ...over,
});

describe('search', () => {
  it('shows snippets as text (never HTML), with the page and file, and sends the filters', async () => {
    fresh();
    const fake = createFake({ evidence: [evidence('a', { title: 'Minutes of the SEND board' })] });
    fake.on('search/query', () => ({ hits: [hit()], total: 1, terms: [{ text: 'charter', prefix: false }], empty: false }));
    const { user, container } = renderApp(fake);
    await screen.findByRole('grid', { name: 'Evidence list' });
    await user.click(screen.getByRole('button', { name: /^Search/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search evidence text' }), 'charter');
    const results = await screen.findByRole('grid', { name: 'Search results' });
    expect(container.querySelector('img')).toBeNull();
    expect(within(results).getByText('<img src=x onerror="window.hacked=1"> the', { exact: false })).toBeTruthy();
    expect(within(results).getByText('charter').tagName).toBe('MARK');
    expect(within(results).getByText(/Page 3 of minutes\.pdf · 1 more match in this item/)).toBeTruthy();
    expect(fake.callsTo('search/query').at(-1)).toEqual({ query: 'charter', filters: {}, limit: 20, offset: 0 });

    await user.click(screen.getByRole('button', { name: /^Filters/ }));
    await user.type(screen.getByRole('combobox', { name: 'Source organisation' }), 'ICB');
    await waitFor(() => expect(fake.callsTo('search/query').at(-1)?.filters).toEqual({ source: 'ICB' }));
  });

  it('says when the words are on different pages of an item rather than on the page shown', async () => {
    fresh();
    const fake = createFake({ evidence: [evidence('a', { title: 'Minutes of the SEND board' })] });
    fake.on('search/query', () => ({ hits: [hit({ spread: true, matches: 3 })], total: 1, terms: [{ text: 'charter', prefix: false }], empty: false }));
    const { user } = renderApp(fake);
    await screen.findByRole('grid', { name: 'Evidence list' });
    await user.click(screen.getByRole('button', { name: /^Search/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search evidence text' }), 'charter signed');
    const results = await screen.findByRole('grid', { name: 'Search results' });
    expect(within(results).getByText(/Page 3 of minutes\.pdf · the words are on different pages of this item/)).toBeTruthy();
    expect(within(results).queryByText(/more match/)).toBeNull();
  });

  it('turns every filter into the query input', () => {
    expect(toQueryInput('board', { kind: 'feedback', areaId: 'area2', source: ' PCF ', from: '2022-01-01', to: '2022-12-31', personalData: 'without' }, 20)).toEqual({
      query: 'board',
      filters: { kinds: ['feedback'], areaIds: ['area2'], source: 'PCF', from: '2022-01-01', to: '2022-12-31', personalData: false },
      limit: 20,
      offset: 20,
    });
    expect(toQueryInput('x', noFilters).filters).toEqual({});
  });
});

describe('quick find', () => {
  it('opens with Ctrl+K, finds an item by a word of its title and opens it with Enter', async () => {
    fresh();
    const fake = createFake({
      areas: [area(1)],
      evidence: [evidence('a', { title: 'Minutes of the SEND board' }), evidence('b', { title: 'Annual review audit' })],
    });
    fake.on('search/quickFind', () => ({
      items: [
        { id: 'a', title: 'Minutes of the SEND board', kind: 'document', asAt: null, areaCodes: [], source: '' },
        { id: 'b', title: 'Annual review audit', kind: 'document', asAt: '2023-06-23', areaCodes: ['AOC1'], source: '' },
      ],
      areas: [{ id: 'area1', code: 'AOC1', title: 'Area title 1' }],
      keys: [],
    }));
    const { user } = renderApp(fake);
    await screen.findByRole('grid', { name: 'Evidence list' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Quick find' });
    await waitFor(() => expect(fake.callsTo('search/quickFind')).toHaveLength(1));
    await user.keyboard('audit');
    const options = within(dialog).getByRole('listbox', { name: 'Quick find results' });
    await waitFor(() => expect(within(options).getAllByRole('option')[0]?.textContent).toContain('Annual review audit'));
    expect(within(options).queryByText('Minutes of the SEND board')).toBeNull();
    // Typing puts the first match in focus; Enter opens it.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Quick find' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Annual review audit'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' })));
  });
});
