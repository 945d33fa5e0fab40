import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { area, createFake, evidence } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';

const titlesInTable = () =>
  within(screen.getByRole('grid', { name: 'Evidence list' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

function threeItems() {
  return createFake({
    areas: [area(1), area(2)],
    evidence: [
      evidence('a', { title: 'Minutes of the SEND board', asAt: '2022-03-01', source: 'Walsall Council' }),
      evidence('b', { title: 'Annual review audit', asAt: '2023-06-23', source: 'NHS Black Country ICB' }),
      evidence('c', {
        title: 'Coffee morning feedback',
        asAt: '2021-11-10',
        source: 'Walsall Parent Carer Forum',
        links: [{ areaId: 'area2', areaCode: 'AOC2', stance: 'supports', note: '', strength: 'activity' }],
      }),
    ],
  });
}

describe('evidence list', () => {
  it('shows dates as "23 June 2022", newest first, and sorts by a column when its header is pressed', async () => {
    const { user } = renderApp(threeItems());
    await screen.findByText('Annual review audit');
    expect(screen.getByText('23 June 2023')).toBeTruthy();
    expect(titlesInTable()).toEqual(['Annual review audit', 'Minutes of the SEND board', 'Coffee morning feedback']);

    await user.click(screen.getByRole('columnheader', { name: /^Title/ }));
    expect(titlesInTable()).toEqual(['Annual review audit', 'Coffee morning feedback', 'Minutes of the SEND board']);
    expect(screen.getByRole('columnheader', { name: /^Title/ }).getAttribute('aria-sort')).toBe('ascending');

    await user.click(screen.getByRole('columnheader', { name: /^Title/ }));
    expect(titlesInTable()).toEqual(['Minutes of the SEND board', 'Coffee morning feedback', 'Annual review audit']);
    expect(screen.getByRole('columnheader', { name: /^Title/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('filters by title, source or area code as you type', async () => {
    const { user } = renderApp(threeItems());
    await screen.findByText('Annual review audit');
    const filter = screen.getByRole('searchbox', { name: 'Filter evidence' });
    await user.type(filter, 'aoc2');
    expect(titlesInTable()).toEqual(['Coffee morning feedback']);
    await user.clear(filter);
    await user.type(filter, 'ICB');
    expect(titlesInTable()).toEqual(['Annual review audit']);
    expect(screen.getByText('1 of 3 items match')).toBeTruthy();
  });

  it('shows one area’s evidence when the area is chosen, and counts all and unlinked', async () => {
    const fake = threeItems();
    const { user } = renderApp(fake);
    await screen.findByText('Annual review audit');
    const views = screen.getByRole('grid', { name: 'Views' });
    await waitFor(() => expect(within(views).getByRole('row', { name: /All evidence, 3 items/ })).toBeTruthy());
    expect(within(views).getByRole('row', { name: /Unlinked, 2 items/ })).toBeTruthy();

    await user.click(within(screen.getByRole('grid', { name: 'Areas of concern' })).getByRole('row', { name: /AOC2/ }));
    await waitFor(() => expect(titlesInTable()).toEqual(['Coffee morning feedback']));
    expect(fake.callsTo('evidence/list')).toContainEqual({ scope: { type: 'area', areaId: 'area2' } });
    expect(screen.getByRole('heading', { level: 2, name: 'AOC2 — Area title 2' })).toBeTruthy();
  });

  it('says in the Import menu, before anything is imported, that documents will be linked to the area chosen', async () => {
    const { user } = renderApp(threeItems());
    await screen.findByText('Annual review audit');
    const openMenu = async () => {
      await user.click(screen.getByRole('button', { name: 'Import' }));
      return screen.findByRole('menu', { name: 'Import' });
    };
    let menu = await openMenu();
    expect(within(menu).getByRole('menuitem', { name: /^Files…/ }).getAttribute('aria-label')).not.toContain('linked to');
    await user.keyboard('{Escape}');
    await user.click(within(screen.getByRole('grid', { name: 'Areas of concern' })).getByRole('row', { name: /AOC2/ }));
    menu = await openMenu();
    expect(within(menu).getByRole('menuitem', { name: /^Files…/ }).getAttribute('aria-label')).toContain('each linked to AOC2');
    expect(within(menu).getByRole('menuitem', { name: /^A folder…/ }).textContent).toContain('each linked to AOC2');
  });

  it('passes through the areas with Tab without changing the list; Enter chooses, then the arrow keys follow', async () => {
    const fake = threeItems();
    const { user } = renderApp(fake);
    await screen.findByText('Annual review audit');
    const views = screen.getByRole('grid', { name: 'Views' });
    const areas = screen.getByRole('grid', { name: 'Areas of concern' });
    await user.click(within(views).getByRole('row', { name: /All evidence/ }));
    await user.tab();
    expect(document.activeElement).toBe(within(areas).getByRole('row', { name: /AOC1/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'All evidence' })).toBeTruthy();
    // Down to AOC2 and back out with Shift+Tab: still all the evidence.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(areas).getByRole('row', { name: /AOC2/ }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(views).getByRole('row', { name: /All evidence/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'All evidence' })).toBeTruthy();
    expect(fake.callsTo('evidence/list').some((c) => JSON.stringify(c).includes('area'))).toBe(false);

    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: /^AOC2 — / })).toBeTruthy();
    await user.keyboard('{ArrowUp}');
    expect(await screen.findByRole('heading', { level: 2, name: /^AOC1 — / })).toBeTruthy();
    // Back in the views list, Tab lands on "All evidence" without choosing it.
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(views).getByRole('row', { name: /All evidence/ }));
    expect(screen.getByRole('heading', { level: 2, name: /^AOC1 — / })).toBeTruthy();
  });
});

describe('evidence details', () => {
  it('shows the core’s error beside the field and does not claim it saved', async () => {
    const fake = threeItems();
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Annual review audit'));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.tab();
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (title.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('Title must not be empty.');
    expect(screen.getByText('Not saved')).toBeTruthy();
    expect(fake.callsTo('evidence/update')).toEqual([{ id: 'b', title: '' }]);
  });

  it('saves a changed field when you leave it, and says so quietly', async () => {
    const fake = threeItems();
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Annual review audit'));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.type(title, ' 2023');
    expect(fake.callsTo('evidence/update')).toEqual([]);
    await user.tab();
    await waitFor(() => expect(fake.callsTo('evidence/update')).toEqual([{ id: 'b', title: 'Annual review audit 2023' }]));
    expect(await screen.findByText('Saved')).toBeTruthy();
    // The list follows.
    expect(await screen.findByRole('rowheader', { name: 'Annual review audit 2023' })).toBeTruthy();
  });

  it('saves "Contains personal data" as soon as it is ticked, and the list marks it in words', async () => {
    const fake = threeItems();
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Annual review audit'));
    await user.click(await screen.findByRole('checkbox', { name: 'Contains personal data' }));
    await waitFor(() => expect(fake.callsTo('evidence/update')).toEqual([{ id: 'b', personalData: true }]));
    const row = screen.getByRole('row', { name: /Annual review audit/ });
    expect(within(row).getByText('Yes')).toBeTruthy();
  });

  it('shows why an imported item was flagged as possible personal data, and "It is not personal data" unticks it and clears the flag', async () => {
    const fake = createFake({
      evidence: [evidence('cs', { title: 'Case study: Child A', kind: 'case-study', personalData: true, personalDataReview: 'is a case study, which may describe a child or family' })],
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Case study: Child A'));
    const notice = await screen.findByRole('region', { name: 'Possible personal data' });
    expect(notice.textContent).toContain('Possible personal data — review: It is a case study, which may describe a child or family.');
    expect((screen.getByRole('checkbox', { name: 'Contains personal data' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(notice).getByRole('button', { name: 'It is not personal data' }));
    await waitFor(() => expect(fake.callsTo('evidence/update')).toEqual([{ id: 'cs', personalData: false }]));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Possible personal data' })).toBeNull());
    expect((screen.getByRole('checkbox', { name: 'Contains personal data' }) as HTMLInputElement).checked).toBe(false);
  });

  it('unlinks with an Undo that re-links with the same stance and note', async () => {
    const fake = createFake({
      areas: [area(1), area(2)],
      evidence: [
        evidence('x', {
          title: 'Tribunal data 2021',
          links: [{ areaId: 'area1', areaCode: 'AOC1', stance: 'counters', note: 'Appeals are still rising.', strength: 'impact' }],
        }),
      ],
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Tribunal data 2021'));
    expect(await screen.findByRole('textbox', { name: 'Why this evidences the area (AOC1)' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Unlink AOC1' }));
    await waitFor(() => expect(fake.callsTo('links/remove')).toEqual([{ evidenceId: 'x', areaId: 'area1' }]));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Why this evidences the area (AOC1)' })).toBeNull());

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(fake.callsTo('links/set')).toEqual([
        { evidenceId: 'x', areaId: 'area1', stance: 'counters', note: 'Appeals are still rising.', strength: 'impact' },
      ]),
    );
    const note = await screen.findByRole('textbox', { name: 'Why this evidences the area (AOC1)' });
    expect((note as HTMLTextAreaElement).value).toBe('Appeals are still rising.');
  });

  it('undoes the unlink with Ctrl+Z outside a text field, and says when there is nothing to undo', async () => {
    const fake = createFake({
      areas: [area(1), area(2)],
      evidence: [evidence('x', { title: 'Tribunal data 2021', links: [{ areaId: 'area1', areaCode: 'AOC1', stance: 'counters', note: 'Rising.', strength: 'impact' }] })],
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Tribunal data 2021'));
    await user.click(await screen.findByRole('button', { name: 'Unlink AOC1' }));
    await waitFor(() => expect(fake.callsTo('links/remove')).toHaveLength(1));
    // In a text field, Ctrl+Z is the field's own undo: nothing is re-linked.
    await user.click(screen.getByRole('textbox', { name: 'Title' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(fake.callsTo('links/set')).toEqual([]);
    // Elsewhere it takes the unlink back, as the toast's Undo would.
    await user.click(screen.getByRole('heading', { level: 2, name: 'All evidence' }));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(fake.callsTo('links/set')).toEqual([{ evidenceId: 'x', areaId: 'area1', stance: 'counters', note: 'Rising.', strength: 'impact' }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('There is nothing to undo just now.')).toBeTruthy();
    expect(fake.callsTo('links/set')).toHaveLength(1);
  });

  it('asks before deleting, naming the item and what happens to shared files', async () => {
    const fake = createFake({
      evidence: [evidence('d', { title: 'Old draft strategy', files: [{ id: 'f1', name: 'draft.pdf', mediaType: 'application/pdf', size: 2048, sha256: 'x' }] })],
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByText('Old draft strategy'));
    await user.click(await screen.findByRole('button', { name: 'Delete item…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete “Old draft strategy”?' });
    expect(dialog.textContent).toContain('Attached files that other evidence items still use are kept');
    expect(fake.callsTo('evidence/delete')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.callsTo('evidence/delete')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete item…' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete item' }));
    await waitFor(() => expect(fake.callsTo('evidence/delete')).toEqual([{ id: 'd' }]));
    await waitFor(() => expect(screen.queryByText('Old draft strategy')).toBeNull());
    expect(screen.getByText(/Deleted “Old draft strategy”. 1 file was kept because other items use it./)).toBeTruthy();
  });
});

describe('areas of concern', () => {
  it('teaches what an area of concern is when there are none, and adds one keeping the weakness verbatim', async () => {
    const fake = createFake();
    const { user } = renderApp(fake);
    expect(await screen.findByText(/is one of the significant weaknesses named in the inspection letter/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add an area of concern' }));
    const dialog = await screen.findByRole('dialog', { name: 'New area of concern' });
    expect((within(dialog).getByRole('textbox', { name: 'Code' }) as HTMLInputElement).value).toBe('AOC1');
    await user.type(within(dialog).getByRole('textbox', { name: 'Short title' }), 'Waiting times');
    const weakness = '  Waiting times are too long.\n\nFamilies wait two years.  ';
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Weakness, exactly as written in the inspection letter' }),
      weakness.replace(/\n/g, '{Enter}'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add area of concern' }));
    await waitFor(() =>
      expect(fake.callsTo('areas/create')).toEqual([{ code: 'AOC1', title: 'Waiting times', weakness }]),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'AOC1 — Waiting times' })).toBeTruthy();
  });

  it('confirms deleting an area, saying how many links go and that the evidence stays', async () => {
    const fake = threeItems();
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Actions for AOC2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete area…' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete AOC2 — Area title 2?' });
    expect(dialog.textContent).toContain('This removes its link to 1 evidence item. The evidence item itself stays in the library.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete area' }));
    await waitFor(() => expect(fake.callsTo('areas/delete')).toEqual([{ id: 'area2' }]));
  });

  it('opens the new item dialog with Alt+Shift+N', async () => {
    const { user } = renderApp(threeItems());
    await screen.findByText('Annual review audit');
    await user.keyboard('{Alt>}{Shift>}N{/Shift}{/Alt}');
    expect(await screen.findByRole('dialog', { name: 'New evidence item' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
