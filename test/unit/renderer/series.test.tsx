import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Series, SeriesPreview } from '../../../shared/schemas/series.ts';
import { seriesChart } from '../../../shared/charts/series-chart.ts';
import { useEvidenceStore } from '../../../renderer/stores/evidence.ts';
import { useSeriesStore } from '../../../renderer/stores/series.ts';
import { useUiStore } from '../../../renderer/stores/ui.ts';
import { area, createFake, evidence, Fail } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';

const TITLE = '% of EHC plans issued within 20 weeks';

const ehc = (over: Partial<Series> = {}): Series => ({
  id: 'd1',
  title: TITLE,
  source: 'Walsall Council',
  description: '',
  saved: true,
  unit: 'percentage',
  period: 'year',
  better: 'higher',
  baseline: 4,
  target: 60,
  milestone: null,
  englandAverage: 50.3,
  trendPeriods: null,
  defaultTrendPeriods: 3,
  values: [
    { periodStart: '2021-09-01', label: '2021/22', value: 4, note: '' },
    { periodStart: '2022-09-01', label: '2022/23', value: 20, note: 'New panel from April' },
    { periodStart: '2023-09-01', label: '2023/24', value: 39, note: '' },
  ],
  trend: { direction: 'improving', arrow: 'up', periods: 3, words: 'Improving: up from 4% in 2021/22 to 39% in 2023/24 over the last 3 years.' },
  ...over,
});

/** A fake whose series/get and series/save keep one series in memory. */
function withSeries(start: Series) {
  const fake = createFake({ areas: [area(1, { title: 'EHC plans' }), area(2, { title: 'Co-production' })], evidence: [evidence('d1', { title: start.title, kind: 'data' })] });
  let current = structuredClone(start);
  fake.on('series/get', () => current);
  fake.on('series/save', (input: Record<string, unknown>) => {
    const { id: _id, ...patch } = input;
    current = { ...current, ...patch, saved: true } as Series;
    return current;
  });
  return fake;
}

async function openItem(fake: ReturnType<typeof createFake>) {
  const r = renderApp(fake);
  await screen.findByRole('grid', { name: 'Evidence list' });
  await act(() => useEvidenceStore.getState().select('d1'));
  const pane = await screen.findByRole('region', { name: 'Evidence details' });
  return { ...r, pane };
}

/** The example series open, with its last figure (2023/24, 39%) in the edit form. */
async function editLastFigure() {
  const start = ehc();
  const fake = withSeries(start);
  const { user, pane } = await openItem(fake);
  await user.click(await within(pane).findByRole('button', { name: 'Edit the figure for 2023/24' }));
  const form = within(pane).getByRole('form', { name: 'Change the figure for 2023/24' });
  return { start, fake, user, form, value: within(form).getByRole('textbox', { name: 'Value (%)' }) };
}

beforeEach(() => {
  useSeriesStore.getState().reset();
});

describe('data series in the details pane', () => {
  it('saves a figure as an excerpt: the Excerpts form opens with the figure and its period, for the area chosen', async () => {
    const fake = withSeries(ehc());
    const { pane, user } = await openItem(fake);
    await user.click(await within(pane).findByRole('button', { name: 'Save the figure for 2023/24 as an excerpt' }));
    const quote = await within(pane).findByRole('textbox', { name: /^Quote/ });
    expect((quote as HTMLTextAreaElement).value).toBe(`${TITLE}: 39% in 2023/24`);
    expect((within(pane).getByRole('textbox', { name: /^Data point/ }) as HTMLInputElement).value).toBe('2023/24');
    expect(document.activeElement).toBe(quote);
    await user.click(within(pane).getByRole('button', { name: /^Save( the)? excerpt$/ }));
    await waitFor(() => expect(fake.callsTo('excerpts/create')).toHaveLength(1));
    expect(fake.callsTo('excerpts/create')[0]).toMatchObject({ evidenceId: 'd1', quote: `${TITLE}: 39% in 2023/24`, dataPoint: '2023/24', page: null });
  });

  it('shows the direction of travel from the core as an arrow and words, the chart and a table of the figures', async () => {
    const fake = withSeries(ehc());
    const { pane } = await openItem(fake);
    const trend = await within(pane).findByText('Improving');
    const head = trend.closest('p')!;
    expect(head.textContent).toContain('↑');
    expect(head.textContent).toContain('(going up)');
    expect(within(pane).getByText('Up from 4% in 2021/22 to 39% in 2023/24 over the last 3 years.')).toBeTruthy();

    const chart = within(pane).getByRole('img', { name: TITLE });
    expect(chart.tagName.toLowerCase()).toBe('svg');

    const table = within(pane).getByRole('table', { name: `Figures for ${TITLE}, oldest first` });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent));
    expect(rows).toEqual([
      ['2021/22', '4%', ''],
      ['2022/23', '20%', 'New panel from April'],
      ['2023/24', '39%', ''],
    ]);
    expect(fake.callsTo('series/get')[0]).toEqual({ id: 'd1' });
  });

  it('says when the numbers went down but that is better', async () => {
    const fake = withSeries(
      ehc({ better: 'lower', trend: { direction: 'improving', arrow: 'down', periods: 3, words: 'Improving: down from 40 to 12 over the last 3 years.' } }),
    );
    const { pane } = await openItem(fake);
    const head = (await within(pane).findByText('Improving')).closest('p')!;
    expect(head.textContent).toContain('↓');
    expect(head.textContent).toContain('(going down)');
  });

  it('saves a reference value when the field is left, and shows the core’s error beside a field', async () => {
    const fake = withSeries(ehc());
    const { user, pane } = await openItem(fake);
    const target = await within(pane).findByRole('textbox', { name: 'Target (%)' });
    expect((target as HTMLInputElement).value).toBe('60');
    await user.clear(target);
    await user.type(target, '65%');
    await user.tab();
    await waitFor(() => expect(fake.callsTo('series/save')).toEqual([{ id: 'd1', target: 65 }]));

    const milestone = within(pane).getByRole('textbox', { name: 'Milestone (%)' });
    await user.type(milestone, 'about half');
    await user.tab();
    expect(within(pane).getByText('Milestone (%) must be a number, or empty for none (“about half” is not a number).')).toBeTruthy();
    expect(fake.callsTo('series/save')).toHaveLength(1);

    fake.on('series/save', () => {
      throw new Fail('invalid-input', 'trendPeriods: must be 2 or more');
    });
    const periods = within(pane).getByRole('textbox', { name: 'Periods for direction of travel' });
    expect(within(pane).getByText(/Leave empty for the default: 3\./)).toBeTruthy();
    await user.type(periods, '1');
    await user.tab();
    expect(await within(pane).findByText('Periods for direction of travel must be 2 or more.')).toBeTruthy();
    expect(fake.callsTo('series/save').at(-1)).toEqual({ id: 'd1', trendPeriods: 1 });
  });

  it('removes a figure and puts it back with Undo', async () => {
    const start = ehc();
    const fake = withSeries(start);
    const { user, pane } = await openItem(fake);
    await user.click(await within(pane).findByRole('button', { name: 'Remove the figure for 2022/23' }));
    await waitFor(() => expect(fake.callsTo('series/save')).toHaveLength(1));
    expect(fake.callsTo('series/save')[0]).toEqual({ id: 'd1', values: [start.values[0], start.values[2]] });
    await waitFor(() => expect(within(pane).queryByRole('rowheader', { name: '2022/23' })).toBeNull());
    expect(document.activeElement).toBe(within(pane).getByRole('region', { name: `Figures for ${TITLE} (scrolls)` }));

    const toast = await screen.findByText('Removed the figure for 2022/23');
    const region = toast.closest('.toast') as HTMLElement;
    await user.click(within(region).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(fake.callsTo('series/save')).toHaveLength(2));
    expect(fake.callsTo('series/save')[1]).toEqual({ id: 'd1', values: start.values });
    expect(await within(pane).findByRole('rowheader', { name: '2022/23' })).toBeTruthy();
  });

  it('asks which is meant when a fraction is typed among figures in per cents', async () => {
    const { fake, user, form, value } = await editLastFigure();
    await user.clear(value);
    await user.type(value, '0.6');
    await user.click(within(form).getByRole('button', { name: 'Save the figure' }));
    expect(within(form).getByText('Did you mean 60%? The other figures are in per cents, so “0.6” would be 0.6%. Type 60% or 0.6% to say which.')).toBeTruthy();
    expect(fake.callsTo('series/save')).toHaveLength(0);
    await user.clear(value);
    await user.type(value, '0.6%'); // said plainly: taken as written
    await user.click(within(form).getByRole('button', { name: 'Save the figure' }));
    await waitFor(() => expect(fake.callsTo('series/save')).toHaveLength(1));
    expect(fake.callsTo('series/save')[0].values[2]).toEqual({ periodStart: '2023-09-01', label: '2023/24', value: 0.6, note: '' });
  });

  it('edits a figure in place of the old one', async () => {
    const { start, fake, user, form, value } = await editLastFigure();
    expect((value as HTMLInputElement).value).toBe('39');
    await user.clear(value);
    await user.type(value, '41.5%');
    await user.click(within(form).getByRole('button', { name: 'Save the figure' }));
    await waitFor(() => expect(fake.callsTo('series/save')).toHaveLength(1));
    expect(fake.callsTo('series/save')[0]).toEqual({
      id: 'd1',
      values: [start.values[0], start.values[1], { periodStart: '2023-09-01', label: '2023/24', value: 41.5, note: '' }],
    });
  });

  it('shows a new data item with the defaults and an empty state, and saves the defaults with its first figure', async () => {
    const fake = withSeries(
      ehc({ saved: false, baseline: null, target: null, englandAverage: null, values: [], trend: { direction: 'not-enough-data', arrow: null, periods: 0, words: 'Not enough figures yet to show a direction of travel.' } }),
    );
    const { user, pane } = await openItem(fake);
    expect(await within(pane).findByText('No figures yet. Add the first value below, or import a spreadsheet of figures as new data series.')).toBeTruthy();
    expect(within(pane).queryByRole('img', { name: TITLE })).toBeNull();
    expect(within(pane).getByRole('button', { name: /Unit/ }).textContent).toContain('Percentage');
    expect(within(pane).getByRole('button', { name: /Which way is better/ }).textContent).toContain('Higher is better');

    const form = within(pane).getByRole('form', { name: 'Add a figure' });
    await user.type(within(form).getByRole('textbox', { name: 'Period' }), 'sometime');
    await user.type(within(form).getByRole('textbox', { name: 'Value (%)' }), '67.7%');
    await user.click(within(form).getByRole('button', { name: 'Add the figure' }));
    expect(within(form).getByText(/“sometime” is not a date or period the app can read/)).toBeTruthy();
    expect(fake.callsTo('series/save')).toHaveLength(0);

    const period = within(form).getByRole('textbox', { name: 'Period' });
    await user.clear(period);
    await user.type(period, 'Jan 2024');
    await user.click(within(form).getByRole('button', { name: 'Add the figure' }));
    await waitFor(() => expect(fake.callsTo('series/save')).toHaveLength(1));
    expect(fake.callsTo('series/save')[0]).toEqual({
      id: 'd1',
      unit: 'percentage',
      period: 'year',
      better: 'higher',
      baseline: null,
      target: null,
      milestone: null,
      englandAverage: null,
      trendPeriods: null,
      values: [{ periodStart: '2024-01-01', label: 'Jan 2024', value: 67.7, note: '' }],
    });
    expect(await within(pane).findByRole('rowheader', { name: 'Jan 2024' })).toBeTruthy();
  });

  it('refuses a second figure for the same period before saving', async () => {
    const fake = withSeries(ehc());
    const { user, pane } = await openItem(fake);
    const form = await within(pane).findByRole('form', { name: 'Add a figure' });
    await user.type(within(form).getByRole('textbox', { name: 'Period' }), '2022/23');
    await user.type(within(form).getByRole('textbox', { name: 'Value (%)' }), '25');
    await user.click(within(form).getByRole('button', { name: 'Add the figure' }));
    expect(within(form).getByText('There is already a figure for 2022/23. Edit that one instead.')).toBeTruthy();
    expect(fake.callsTo('series/save')).toHaveLength(0);
  });
});

const preview = (over: Partial<SeriesPreview> = {}): SeriesPreview => ({
  sheets: [],
  sheet: null,
  columns: [
    { index: 0, heading: 'Year', looksLike: 'dates', unit: null },
    { index: 1, heading: '% EHC plans in 20 weeks', looksLike: 'percentages', unit: 'percentage' },
    { index: 2, heading: 'Number of requests', looksLike: 'numbers', unit: 'count' },
    { index: 3, heading: 'Comment', looksLike: 'text', unit: null },
  ],
  headerRow: 1,
  sample: [
    { row: 2, cells: ['2021/22', '4%', '310', ''] },
    { row: 3, cells: ['2022/23', '20%', '342', 'New panel'] },
    { row: 4, cells: ['2023/24', '39%', 'tbc', ''] },
  ],
  rowCount: 3,
  proposedMapping: {
    dateColumn: 0,
    valueColumns: [
      { column: 1, title: '% EHC plans in 20 weeks', unit: 'percentage', better: 'higher' },
      { column: 2, title: 'Number of requests', unit: 'count', better: 'higher' },
    ],
  },
  period: 'year',
  problems: [],
  existingSeries: [],
  ...over,
});

async function openImport(fake: ReturnType<typeof createFake>) {
  const r = renderApp(fake);
  await screen.findByRole('grid', { name: 'Evidence list' });
  act(() => useUiStore.getState().openDialog({ kind: 'import-series' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import data series from a spreadsheet' });
  const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type=file]')!;
  await r.user.upload(input, new File(['Year,%\n'], 'kpis.csv', { type: 'text/csv' }));
  await within(dialog).findByRole('table', { name: 'The first rows of the spreadsheet' });
  return { ...r, dialog };
}

describe('importing data series', () => {
  it('sends the mapping the user chose and links the areas ticked', async () => {
    const fake = createFake({ areas: [area(1, { title: 'EHC plans' }), area(2, { title: 'Co-production' })] });
    fake.on('series/previewImport', () => preview());
    fake.on('series/import', () => ({ created: [{ id: 's1', title: 'EHC plans on time', values: 3 }], updated: [] }));
    const { user, dialog } = await openImport(fake);
    expect(fake.callsTo('upload')).toEqual([{ name: 'kpis.csv' }]);
    expect(fake.callsTo('series/previewImport')).toEqual([{ source: { uploadId: 'u-kpis.csv' } }]);
    expect(within(dialog).getByRole('button', { name: 'Import 2 data series' })).toBeTruthy();

    // Untick the counts; rename the percentage and say lower is better (to check it is sent).
    await user.click(within(dialog).getByRole('checkbox', { name: /Number of requests/ }));
    const name = within(dialog).getByRole('textbox', { name: 'Series name for column “% EHC plans in 20 weeks”' });
    await user.clear(name);
    await user.type(name, 'EHC plans on time');
    await user.click(within(dialog).getByRole('button', { name: /Which way is better for column “% EHC plans in 20 weeks”/ }));
    await user.click(await screen.findByRole('option', { name: 'Lower is better' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'AOC2 — Co-production' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 data series' }));

    expect(await within(dialog).findByText('1 data series imported')).toBeTruthy();
    expect(fake.callsTo('series/import')).toEqual([
      {
        source: { uploadId: 'u-kpis.csv' },
        fileName: 'kpis.csv',
        mapping: { dateColumn: 0, valueColumns: [{ column: 1, title: 'EHC plans on time', unit: 'percentage', better: 'lower' }], period: 'year' },
        sourceOrganisation: '',
        areaIds: ['area2'],
      },
    ]);
    expect(within(dialog).getByText('Linked to AOC2.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Open “EHC plans on time”' })).toBeTruthy();
  });

  it('adds a column’s figures to the series in the library the preview matched, or to a new series if the user says so', async () => {
    const fake = createFake({ areas: [area(1)] });
    const existing = { id: 'old1', title: 'EHC plans within 20 weeks', unit: 'percentage' as const, period: 'year' as const, figures: 2, latest: '2022/23' };
    const proposed = preview().proposedMapping!;
    fake.on('series/previewImport', () =>
      preview({ existingSeries: [existing], proposedMapping: { ...proposed, valueColumns: proposed.valueColumns.map((v, i) => (i === 0 ? { ...v, into: 'old1' } : v)) } }),
    );
    fake.on('series/import', () => ({
      created: [{ id: 's2', title: 'Number of requests', values: 2 }],
      updated: [{ id: 'old1', title: 'EHC plans within 20 weeks', unit: 'percentage', added: 1, addedLabels: ['2023/24'], changed: [{ label: '2022/23', before: 19, after: 20 }], unchanged: 1 }],
    }));
    const { user, dialog } = await openImport(fake);
    const into = within(dialog).getByRole('button', { name: /Figures go into for column “% EHC plans in 20 weeks”/ });
    expect(into.textContent).toContain('EHC plans within 20 weeks (yearly, 2 figures to 2022/23)');
    expect(within(dialog).queryByRole('textbox', { name: 'Series name for column “% EHC plans in 20 weeks”' })).toBeNull();
    expect(within(dialog).getByText(/Adds the figures to “EHC plans within 20 weeks” \(unit: percentage\)/)).toBeTruthy();

    // The other column stays a new series, which asks for a name.
    await user.click(within(dialog).getByRole('button', { name: /Figures go into for column “Number of requests”/ }));
    // The series the first column goes into is not offered to the second.
    const newSeries = await screen.findByRole('option', { name: 'A new data series' });
    expect(screen.queryByRole('option', { name: /EHC plans within 20 weeks/ })).toBeNull();
    await user.click(newSeries);
    expect(within(dialog).getByRole('textbox', { name: 'Series name for column “Number of requests”' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 data series and add to 1' }));

    expect(await within(dialog).findByText('1 data series imported; figures added to 1 data series')).toBeTruthy();
    expect(within(dialog).getByText('EHC plans within 20 weeks: 2023/24 added, 1 replaced (2022/23: 19% → 20%)')).toBeTruthy();
    expect(fake.callsTo('series/import')).toMatchObject([
      {
        mapping: {
          valueColumns: [
            { column: 1, into: 'old1', unit: 'percentage' },
            { column: 2, title: 'Number of requests', unit: 'count' },
          ],
        },
      },
    ]);
    expect((fake.callsTo('series/import')[0] as { mapping: { valueColumns: object[] } }).mapping.valueColumns[1]).not.toHaveProperty('into');
  });

  it('says plainly when next month’s file brought nothing new', async () => {
    const fake = createFake({ areas: [area(1)] });
    const existing = { id: 'old1', title: 'EHC plans within 20 weeks', unit: 'percentage' as const, period: 'year' as const, figures: 3, latest: '2023/24' };
    const proposed = preview().proposedMapping!;
    fake.on('series/previewImport', () => preview({ existingSeries: [existing], proposedMapping: { ...proposed, valueColumns: [{ ...proposed.valueColumns[0]!, into: 'old1' }] } }));
    fake.on('series/import', () => ({ created: [], updated: [{ id: 'old1', title: existing.title, unit: 'percentage', added: 0, addedLabels: [], changed: [], unchanged: 3 }] }));
    const { user, dialog } = await openImport(fake);
    expect(within(dialog).getByRole('group', { name: 'Also link these series to areas of concern (optional)' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Add figures to 1 data series' }));
    expect(await within(dialog).findByText('Nothing new: the series already had these figures')).toBeTruthy();
    expect(within(dialog).getByText('EHC plans within 20 weeks: it already had all 3 figures, so nothing changed')).toBeTruthy();
  });

  it('marks the cells the preview cannot read and blocks the import until their column is unticked', async () => {
    const fake = createFake({ areas: [area(1)] });
    fake.on('series/previewImport', () => preview({ problems: [{ row: 4, column: 'Number of requests', message: '“tbc” is not a number' }] }));
    fake.on('series/import', () => ({ created: [{ id: 's1', title: '% EHC plans in 20 weeks', values: 3 }], updated: [] }));
    const { user, dialog } = await openImport(fake);
    const problems = within(dialog).getByRole('table', { name: 'Cells that cannot be read' });
    expect(
      within(problems)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent)),
    ).toEqual([['4', 'Number of requests', '“tbc” is not a number']]);
    const sample = within(dialog).getByRole('table', { name: 'The first rows of the spreadsheet' });
    const marked = sample.querySelectorAll('.cell-problem');
    expect([...marked].map((c) => c.textContent)).toEqual(['tbc ⚠ Problem: “tbc” is not a number']);
    const importButton = within(dialog).getByRole('button', { name: 'Import 2 data series' });
    expect(importButton.hasAttribute('disabled') || importButton.getAttribute('aria-disabled') === 'true' || importButton.hasAttribute('data-disabled')).toBe(true);

    await user.click(within(dialog).getByRole('checkbox', { name: /Number of requests/ }));
    expect(within(dialog).queryByRole('table', { name: 'Cells that cannot be read' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Import 1 data series' }));
    expect(await within(dialog).findByText('1 data series imported')).toBeTruthy();
    expect(fake.callsTo('series/import')[0].mapping.valueColumns.map((c: { column: number }) => c.column)).toEqual([1]);
  });

  it('says why it cannot import yet: no column of dates chosen, then no figures ticked', async () => {
    const fake = createFake({ areas: [area(1)] });
    const noDates = preview({ proposedMapping: null, columns: preview().columns.map((c) => (c.index === 0 ? { ...c, looksLike: 'text' as const } : c)) });
    fake.on('series/previewImport', () => noDates);
    const { user, dialog } = await openImport(fake);
    expect(within(dialog).getByText('To import, choose the column that holds the dates or periods.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: /Dates or periods/ }));
    await user.click(await screen.findByRole('option', { name: 'Year' }));
    expect(within(dialog).queryByText('To import, choose the column that holds the dates or periods.')).toBeNull();
    for (const name of [/% EHC plans in 20 weeks/, /Number of requests/]) {
      const box = within(dialog).getByRole('checkbox', { name });
      if ((box as HTMLInputElement).checked) await user.click(box);
    }
    expect(within(dialog).getByText('To import, tick at least one column of figures.')).toBeTruthy();
  });

  it('previews another sheet of a workbook and imports from it', async () => {
    const fake = createFake();
    fake.on('series/previewImport', (input: { source: { sheet?: string } }) =>
      preview({ sheets: ['Summary', 'KPIs'], sheet: input.source.sheet ?? 'Summary', rowCount: input.source.sheet === 'KPIs' ? 12 : 3 }),
    );
    fake.on('series/import', () => ({ created: [{ id: 's1', title: 'A', values: 12 }, { id: 's2', title: 'B', values: 12 }], updated: [] }));
    const { user, dialog } = await openImport(fake);
    expect(within(dialog).getByText('3 rows under the header in row 1 of the sheet “Summary”.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: /Sheet$/ }));
    await user.click(await screen.findByRole('option', { name: 'KPIs' }));
    expect(await within(dialog).findByText('12 rows under the header in row 1 of the sheet “KPIs”.')).toBeTruthy();
    expect(fake.callsTo('series/previewImport')[1]).toEqual({ source: { uploadId: 'u-kpis.csv', sheet: 'KPIs' } });
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 data series' }));
    expect(await within(dialog).findByText('2 data series imported')).toBeTruthy();
    expect(fake.callsTo('series/import')[0].source).toEqual({ uploadId: 'u-kpis.csv', sheet: 'KPIs' });
  });

  it('shows the core’s refusal in one sentence with the cells it names', async () => {
    const fake = createFake();
    fake.on('series/previewImport', () => preview());
    fake.on('series/import', () => {
      throw new Fail('invalid-input', 'Row 3, column “Year”: 2022/23 appears twice, so nothing was imported.', {
        problems: [{ row: 3, column: 'Year', message: '2022/23 appears twice' }],
      });
    });
    const { user, dialog } = await openImport(fake);
    await user.click(within(dialog).getByRole('button', { name: 'Import 2 data series' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Row 3, column “Year”: 2022/23 appears twice, so nothing was imported.');
    const problems = within(dialog).getByRole('table', { name: 'Cells that cannot be read' });
    expect(within(problems).getByText('2022/23 appears twice')).toBeTruthy();
  });
});

describe('seriesChart', () => {
  it('draws an SVG in a jsdom document with the title, a description and labelled reference lines', () => {
    // A document of its own, as the evidence pack gives the chart (this test project runs in jsdom).
    const doc = document.implementation.createHTMLDocument('pack');
    const chart = seriesChart({ series: ehc({ milestone: 45 }), document: doc, width: 340, height: 240, tips: false });
    const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe(TITLE);
    expect(svg.getAttribute('role')).toBe('img');
    const description = svg.getAttribute('aria-description') ?? '';
    expect(description).toContain('from 4% in 2021/22 to 39% in 2023/24');
    expect(description).toContain('Improving: up from 4%');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    // The axis runs to just above the highest line (Target 60%), not always to 100% (the old 0–100% axis flattened small changes).
    for (const label of ['Target 60%', 'Milestone 45%', 'Baseline 4%', 'England average 50.3%', '2021/22', '2023/24', '0%']) expect(texts).toContain(label);
    expect(texts).not.toContain('100%');
    // Each reference line has its own dash pattern, not only its own colour.
    const dashes = [...svg.querySelectorAll('[stroke-dasharray]')].map((e) => e.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).toBeGreaterThanOrEqual(4);
    expect(svg.ownerDocument).toBe(doc);
  });

  it('moves a reference label to the left end when the line ends right under it, and keeps it right otherwise', () => {
    const doc = document.implementation.createHTMLDocument('pack');
    const anchorOf = (series: Series, label: string) => {
      const chart = seriesChart({ series, document: doc, width: 340, height: 240, tips: false });
      const text = [...chart.querySelectorAll('text')].find((t) => t.textContent === label)!;
      return text.closest('[text-anchor]')!.getAttribute('text-anchor');
    };
    const endingAtTarget = ehc({ englandAverage: null, baseline: null, values: [...ehc().values, { periodStart: '2024-09-01', label: '2024/25', value: 61, note: '' }] });
    expect(anchorOf(endingAtTarget, 'Target 60%')).toBe('start');
    expect(anchorOf(ehc({ englandAverage: null, baseline: null }), 'Target 60%')).toBe('end');
  });

  it('extends the percentage axis beyond 100 only when the figures do', () => {
    const doc = document.implementation.createHTMLDocument('pack');
    const within100 = seriesChart({ series: ehc(), document: doc, width: 340, height: 240, tips: false });
    expect([...within100.querySelectorAll('text')].map((t) => t.textContent)).not.toContain('120%');
    const over = ehc({ values: [...ehc().values, { periodStart: '2024-09-01', label: '2024/25', value: 118, note: '' }] });
    const beyond = seriesChart({ series: over, document: doc, width: 340, height: 240, tips: false });
    expect([...beyond.querySelectorAll('text')].map((t) => t.textContent)).toContain('120%');
  });

  const allTexts = (chart: Element) => [...chart.querySelectorAll('text')].map((t) => t.textContent ?? '');

  it('scales a percentage axis to the figures and reference lines, so a fall from 5.9% to 3.1% is seen', () => {
    const doc = document.implementation.createHTMLDocument('pack');
    const falling = ehc({
      title: '% of pupils with EHC plans suspended',
      better: 'lower',
      baseline: 5.9,
      target: null,
      englandAverage: 2.5,
      values: [
        { periodStart: '2021-09-01', label: '2021/22', value: 5.9, note: '' },
        { periodStart: '2022-09-01', label: '2022/23', value: 4.4, note: '' },
        { periodStart: '2023-09-01', label: '2023/24', value: 3.1, note: '' },
      ],
    });
    const texts = allTexts(seriesChart({ series: falling, document: doc, width: 340, height: 240, tips: false }));
    const percents = texts.filter((t) => /^\d+(\.\d+)?%$/.test(t)).map((t) => Number(t.slice(0, -1)));
    // Zero stays in view (the figures come near it); the top is just above the highest figure.
    expect(Math.min(...percents)).toBe(0);
    expect(Math.max(...percents)).toBeGreaterThanOrEqual(6);
    expect(Math.max(...percents)).toBeLessThanOrEqual(10);
    expect(texts).not.toContain('100%');
  });

  it('leaves zero out of the axis when every figure is far from it, and never goes below 0% or above 100%', () => {
    const doc = document.implementation.createHTMLDocument('pack');
    const high = ehc({
      baseline: 91,
      target: 95,
      englandAverage: null,
      values: [
        { periodStart: '2021-09-01', label: '2021/22', value: 92, note: '' },
        { periodStart: '2022-09-01', label: '2022/23', value: 96, note: '' },
        { periodStart: '2023-09-01', label: '2023/24', value: 99.5, note: '' },
      ],
    });
    const texts = allTexts(seriesChart({ series: high, document: doc, width: 340, height: 240, tips: false }));
    const percents = texts.filter((t) => /^\d+(\.\d+)?%$/.test(t)).map((t) => Number(t.slice(0, -1)));
    expect(Math.min(...percents)).toBeGreaterThan(50);
    expect(Math.max(...percents)).toBe(100);
    // Counts far from zero: the axis starts near the lowest figure, above zero.
    const count = ehc({ unit: 'count', baseline: null, target: null, englandAverage: null, values: [{ periodStart: '2021-01-01', label: '2021', value: 540, note: '' }, { periodStart: '2022-01-01', label: '2022', value: 560, note: '' }, { periodStart: '2023-01-01', label: '2023', value: 575, note: '' }] });
    const numbers = allTexts(seriesChart({ series: count, document: doc, width: 340, height: 240, tips: false }))
      .filter((t) => /^[\d,]+$/.test(t) && !/^20\d\d$/.test(t))
      .map((t) => Number(t.replace(/,/g, '')));
    expect(Math.min(...numbers)).toBeGreaterThan(400);
    expect(Math.max(...numbers)).toBeLessThan(700);
  });

  it('moves a reference label that would cover another one, so every label can be read', () => {
    const doc = document.implementation.createHTMLDocument('pack');
    // Target 6.2%, Baseline 5.9% and England average 5.6% sit a few pixels apart; the line runs well below them.
    const close = ehc({
      target: 6.2,
      baseline: 5.9,
      englandAverage: 5.6,
      values: [
        { periodStart: '2021-09-01', label: '2021/22', value: 1, note: '' },
        { periodStart: '2023-09-01', label: '2023/24', value: 0.4, note: '' },
      ],
    });
    const chart = seriesChart({ series: close, document: doc, width: 340, height: 240, tips: false });
    // Where a label sits: which end of the plot, and (as Plot writes it, the group's transform) above or below its line.
    const place = (label: string) => {
      const text = [...chart.querySelectorAll('text')].find((t) => t.textContent === label)!;
      const g = text.closest('[text-anchor]')!;
      return `${g.getAttribute('text-anchor')} ${g.getAttribute('transform') ?? ''}`;
    };
    const places = ['Target 6.2%', 'Baseline 5.9%', 'England average 5.6%'].map(place);
    expect(places.every((p) => /^(start|end) /.test(p))).toBe(true);
    expect(new Set(places).size).toBe(3);
  });

});

