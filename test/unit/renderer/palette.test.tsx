import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCommands, commandRank, matchCommands, wordsOf } from '../../../renderer/features/palette/commands.ts';
import { showToast, toasts } from '../../../renderer/components/Toasts.tsx';
import { usePaletteStore } from '../../../renderer/stores/palette.ts';
import { useSearchStore } from '../../../renderer/stores/search.ts';
import { useViewStore } from '../../../renderer/stores/view.ts';
import { area, createFake, evidence } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';

function fresh() {
  usePaletteStore.getState().closePalette();
  useSearchStore.getState().reset();
  useViewStore.getState().reset();
}

function setup() {
  fresh();
  const fake = createFake({
    areas: [area(1, { title: 'EHC plans' })],
    evidence: [evidence('a', { title: 'ICB board paper, March' }), evidence('b', { title: 'Annual review audit' }), evidence('c', { title: 'Survey export from the forum' })],
  });
  fake.on('search/quickFind', () => ({
    items: [
      { id: 'a', title: 'ICB board paper, March', kind: 'document', asAt: null, areaCodes: [], source: '' },
      { id: 'b', title: 'Annual review audit', kind: 'document', asAt: '2023-06-23', areaCodes: ['AOC1'], source: '' },
      { id: 'c', title: 'Survey export from the forum', kind: 'feedback', asAt: null, areaCodes: [], source: 'PCF' },
    ],
    areas: [{ id: 'area1', code: 'AOC1', title: 'EHC plans' }],
    keys: [],
  }));
  return fake;
}

/** Opens quick find with Ctrl+K and waits for its data; returns the results list. */
async function openPalette(fake: ReturnType<typeof setup>) {
  const { user } = renderApp(fake);
  await screen.findByRole('grid', { name: 'Evidence list' });
  await user.keyboard('{Control>}k{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Quick find' });
  await waitFor(() => expect(fake.callsTo('search/quickFind')).toHaveLength(1));
  const list = within(dialog).getByRole('listbox', { name: 'Quick find results' });
  await waitFor(() => expect(within(list).getAllByRole('option').length).toBeGreaterThan(0));
  return { user, dialog, list };
}

const optionLabels = (list: HTMLElement) => within(list).getAllByRole('option').map((o) => o.querySelector('.palette-item-label')?.textContent ?? '');
const sectionTitles = (list: HTMLElement) => [...list.querySelectorAll('.palette-section-title')].map((h) => h.textContent);
const commandLabels = (list: HTMLElement) => {
  const header = [...list.querySelectorAll('.palette-section-title')].find((h) => h.textContent === 'Commands');
  const section = header?.closest('.palette-section');
  return section ? [...section.querySelectorAll('.palette-item-label')].map((l) => l.textContent) : [];
};

async function typeAndWait(user: Awaited<ReturnType<typeof openPalette>>['user'], list: HTMLElement, text: string, first: string) {
  await user.keyboard(text);
  await waitFor(() => expect(optionLabels(list)[0]).toBe(first));
}

describe('quick find commands', () => {
  it('puts "Export the evidence pack…" first for "export", before the items that match, and Enter opens the export dialog', async () => {
    const { user, list } = await openPalette(setup());
    await typeAndWait(user, list, 'export', 'Export the evidence pack…');
    expect(sectionTitles(list)).toEqual(['Commands', 'Evidence items']);
    expect(commandLabels(list)).toEqual(['Export the evidence pack…', 'Search the text of all evidence for “export”']);
    expect(optionLabels(list)).toContain('Survey export from the forum');
    expect(screen.getByText('1 command; 1 item and 0 areas found')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Export the evidence pack' })).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Quick find' })).toBeNull();
  });

  it('finds "Back up library…" for "back up" and for "backup", and Enter opens it', async () => {
    const fake = setup();
    const { user, list } = await openPalette(fake);
    await typeAndWait(user, list, 'back up', 'Back up library…');
    expect(screen.getByText(/^1 command; \d+ items? and \d+ areas? found/)).toBeTruthy();
    expect(commandLabels(list)).not.toContain('Restore from a backup…');
    await user.clear(screen.getByRole('searchbox', { name: 'Quick find' }));
    await typeAndWait(user, list, 'backup', 'Back up library…');
    // "backup" is also a word of the other two commands about backups, offered after it.
    expect(commandLabels(list)).toEqual(['Back up library…', 'Add evidence from a colleague’s backup…', 'Restore from a backup…', 'Search the text of all evidence for “backup”']);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Back up library' })).toBeTruthy();
  });

  it('offers the newest Undo by name while one is offered, and runs it', async () => {
    const { user, list } = await openPalette(setup());
    await typeAndWait(user, list, 'undo', 'Search the text of all evidence for “undo”');
    expect(commandLabels(list)).not.toContain('Undo: Unlinked from AOC1');
    await user.keyboard('{Escape}');
    let undone = 0;
    const key = showToast({ title: 'Unlinked from AOC1', action: { label: 'Undo', onAction: () => undone++ } });
    try {
      await user.keyboard('{Control>}k{/Control}');
      const again = within(await screen.findByRole('dialog', { name: 'Quick find' })).getByRole('listbox', { name: 'Quick find results' });
      await typeAndWait(user, again, 'undo', 'Undo: Unlinked from AOC1');
      expect(commandLabels(again)[0]).toBe('Undo: Unlinked from AOC1');
      await user.keyboard('{Enter}');
      await waitFor(() => expect(undone).toBe(1));
    } finally {
      toasts.close(key);
    }
  });

  it('goes to the Readiness screen for "readiness"', async () => {
    const { user, list } = await openPalette(setup());
    await typeAndWait(user, list, 'readiness', 'Go to Readiness');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Quick find' })).toBeNull());
    const nav = screen.getByRole('navigation', { name: 'Screens' });
    await waitFor(() => expect(within(nav).getByRole('button', { name: 'Readiness' }).getAttribute('aria-current')).toBe('page'));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Readiness' });
    // Asked for by name, the screen takes focus to its heading, where reading starts.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.queryByRole('grid', { name: 'Evidence list' })).toBeNull();
  });

  it('offers no commands for a word no command has, only the search, after the items', async () => {
    const { user, list } = await openPalette(setup());
    await typeAndWait(user, list, 'audit', 'Annual review audit');
    expect(sectionTitles(list)).toEqual(['Evidence items', 'Commands']);
    expect(commandLabels(list)).toEqual(['Search the text of all evidence for “audit”']);
    expect(optionLabels(list).at(-1)).toBe('Search the text of all evidence for “audit”');
    expect(screen.getByText('1 item and 0 areas found')).toBeTruthy();
  });

  it('lists items, areas, then every command when nothing is typed', async () => {
    const { list } = await openPalette(setup());
    expect(sectionTitles(list)).toEqual(['Evidence items (type to find more)', 'Areas of concern', 'Commands']);
    const labels = optionLabels(list);
    expect(labels.slice(0, 4)).toEqual(['ICB board paper, March', 'Annual review audit', 'Survey export from the forum', 'AOC1 — EHC plans']);
    const commands = commandLabels(list);
    expect(commands.slice(0, 5)).toEqual(['Search the text of all evidence', 'New evidence item', 'New area of concern', 'Import files…', 'Import a folder…']);
    for (const label of [
      'Export the evidence pack…',
      'Back up library…',
      'Check library',
      'Restore from a backup…',
      'Library details…',
      'Paste the inspection letter…',
      'Action statuses…',
      'Import actions from a tracker…',
      'Stocktakes…',
      'Judgement wording and freshness…',
      'Open the example library',
      'Close library',
      'Import a data series from a spreadsheet…',
      'Import survey responses…',
      'Go to Evidence',
      'Go to Areas',
      'Go to Readiness',
      'Go to Voices',
    ]) {
      expect(commands).toContain(label);
    }
  });

  it('shows a command’s shortcut beside it', async () => {
    const { user, list } = await openPalette(setup());
    await typeAndWait(user, list, 'new ev', 'New evidence item');
    const option = within(list).getAllByRole('option')[0];
    expect(option?.querySelector('kbd')?.textContent).toMatch(/^(Alt\+Shift\+N|⌥⇧N)$/);
  });

  it('opens the area page for "go to areas" and the dialogs of the Library menu by their words', async () => {
    const { user, list } = await openPalette(setup());
    await typeAndWait(user, list, 'go to areas', 'Go to Areas');
    await user.keyboard('{Enter}');
    const areaNav = await screen.findByRole('navigation', { name: 'Area pages' });
    expect(within(areaNav).getByRole('button', { name: 'AOC1 EHC plans' }).getAttribute('aria-current')).toBe('page');
    expect(useViewStore.getState()).toMatchObject({ view: 'area', areaId: 'area1' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: /^AOC1/ })));

    await user.keyboard('{Control>}k{/Control}');
    const again = within(await screen.findByRole('dialog', { name: 'Quick find' })).getByRole('listbox', { name: 'Quick find results' });
    await typeAndWait(user, again, 'letter', 'Paste the inspection letter…');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Paste the inspection letter' })).toBeTruthy();
  });
});

describe('command matching', () => {
  const commands = buildCommands({ typed: '', then: (fn) => fn, close: () => undefined });
  const first = (typed: string) => matchCommands(wordsOf(typed), commands)[0]?.label;

  it('matches when every typed word starts a word of the label or of its other words', () => {
    expect(first('export')).toBe('Export the evidence pack…');
    expect(first('pack')).toBe('Export the evidence pack…');
    expect(first('save a copy')).toBe('Back up library…');
    expect(first('Back-up')).toBe('Back up library…');
    expect(first('gaps')).toBe('Go to Readiness');
    expect(first('letter')).toBe('Paste the inspection letter…');
    expect(first('imp surv')).toBe('Import survey responses…');
    expect(first('data series')).toBe('Import a data series from a spreadsheet…');
    expect(first('tracker')).toBe('Import actions from a tracker…');
    expect(first('restore')).toBe('Restore from a backup…');
    expect(first('check')).toBe('Check library');
  });

  it('does not match a word in the middle of a word, or a word no command has', () => {
    expect(commandRank(wordsOf('port'), { label: 'Export the evidence pack…', also: [] })).toBeNull();
    expect(commandRank(wordsOf('export zebra'), { label: 'Export the evidence pack…', also: ['pack'] })).toBeNull();
    expect(matchCommands(wordsOf('audit'), commands)).toEqual([]);
    expect(matchCommands([], commands)).toEqual([]);
  });

  it('ranks a label that begins with the words typed before one that only contains them', () => {
    expect(matchCommands(wordsOf('import'), commands).map((c) => c.label)).toEqual([
      'Import files…',
      'Import a folder…',
      'Import a data series from a spreadsheet…',
      'Import survey responses…',
      'Import actions from a tracker…',
      // "import" is one of its other words, so it comes after the Import… commands.
      'Paste the inspection letter…',
    ]);
  });

  it('matches the search on its own words, not on what was typed into its label', () => {
    const typed = buildCommands({ typed: 'export', then: (fn) => fn, close: () => undefined });
    const search = typed.find((c) => c.id === 'cmd-search');
    expect(search?.label).toBe('Search the text of all evidence for “export”');
    expect(matchCommands(wordsOf('export'), typed).map((c) => c.id)).toEqual(['cmd-export']);
    expect(matchCommands(wordsOf('search'), typed).map((c) => c.id)).toEqual(['cmd-search']);
  });
});
