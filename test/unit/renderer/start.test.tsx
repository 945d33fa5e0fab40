import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFake, Fail } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';
import { dateField, dateSegments, dateShown, typeDate } from './helpers/dates.ts';

const noLibrary = { library: null };

describe('start screen', () => {
  it('creates a library with the values typed', async () => {
    const fake = createFake({ state: noLibrary });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Create a library' }));
    await user.type(screen.getByRole('textbox', { name: 'Local area name' }), 'Walsall');
    await user.type(
      screen.getByRole('textbox', { name: 'Partner organisations' }),
      'Walsall Council{Enter}{Enter}NHS Black Country ICB{Enter}',
    );
    await typeDate(user, dateField('Initial inspection date'), '2019-09-23');
    await typeDate(user, dateField('WSoA fit for purpose'), '2020-03-01');
    await typeDate(user, dateField('Revisit window from'), '2021-09-01');
    await typeDate(user, dateField('Revisit window to'), '2022-09-01');
    // Day first, whatever the browser's language (jsdom's is US English).
    expect(dateShown(dateField('Initial inspection date'))).toBe('23/09/2019');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Sam Patel');
    await user.click(screen.getByRole('button', { name: 'Create library' }));

    await waitFor(() => expect(fake.callsTo('library/create')).toHaveLength(1));
    expect(fake.callsTo('library/create')[0]).toEqual({
      name: 'Walsall',
      partners: ['Walsall Council', 'NHS Black Country ICB'],
      initialInspectionDate: '2019-09-23',
      wsoaFitDate: '2020-03-01',
      revisitWindowStart: '2021-09-01',
      revisitWindowEnd: '2022-09-01',
      userName: 'Sam Patel',
    });
    // The library opens.
    expect(await screen.findByRole('heading', { level: 1, name: 'Walsall' })).toBeTruthy();
  });

  it('asks for the local area name before calling the core, and moves focus to it', async () => {
    const fake = createFake({ state: noLibrary });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Create a library' }));
    await user.click(screen.getByRole('button', { name: 'Create library' }));
    const field = screen.getByRole('textbox', { name: 'Local area name' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Enter the name of the local area');
    expect(fake.callsTo('library/create')).toHaveLength(0);
  });

  it('shows the core’s error beside the field it names', async () => {
    const fake = createFake({ state: noLibrary });
    fake.on('library/create', () => {
      throw new Fail('invalid-input', 'revisitWindowStart: is not a real date');
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Create a library' }));
    await user.type(screen.getByRole('textbox', { name: 'Local area name' }), 'Walsall');
    await user.click(screen.getByRole('button', { name: 'Create library' }));
    const field = await screen.findByRole('group', { name: 'Revisit window from' });
    const day = dateSegments(field)[0]!;
    await waitFor(() => expect(day.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (day.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = describedBy.map((id) => document.getElementById(id)?.textContent ?? '');
    expect(texts).toContain('Revisit window from is not a real date.');
    await waitFor(() => expect(document.activeElement).toBe(day));
  });

  it('puts an error the core does not tie to a field at the top of the form', async () => {
    const fake = createFake({ state: noLibrary });
    fake.on('library/create', () => {
      throw new Fail('library-exists', 'There is already a library in that folder. Open it instead.');
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Create a library' }));
    await user.type(screen.getByRole('textbox', { name: 'Local area name' }), 'Walsall');
    await user.click(screen.getByRole('button', { name: 'Create library' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is already a library in that folder. Open it instead.')).toBeTruthy();
  });

  it('opens the example library, explaining it is a copy', async () => {
    const fake = createFake({ state: noLibrary });
    const { user } = renderApp(fake);
    expect(await screen.findByText(/It opens a copy, so nothing you do changes the original/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open the example library' }));
    expect(await screen.findByText('Example library — changes are kept in a copy')).toBeTruthy();
    expect(fake.callsTo('library/openExample')).toEqual([{}]);
  });

  it('lists the libraries opened lately, other than the default one, and opens the one chosen', async () => {
    const fake = createFake({
      state: {
        library: null,
        defaultLibraryExists: true,
        recentLibraries: [
          { path: '/home/sam/Revisit Ready/Restored library 2024-07-01 0912', name: 'Brackenford', openedAt: '2024-07-01T09:12:00Z' },
          { path: '/home/sam/Revisit Ready/Library', name: 'Brackenford', openedAt: '2024-06-30T09:00:00Z' },
          { path: '/home/sam/Wendle', name: 'Wendle', openedAt: '2024-06-02T09:00:00Z' },
        ],
      },
    });
    const { user } = renderApp(fake);
    const recent = await screen.findByRole('region', { name: 'Libraries you opened lately' });
    const buttons = within(recent).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Open “Brackenford” in /home/sam/Revisit Ready/Restored library 2024-07-01 0912',
      'Open “Wendle” in /home/sam/Wendle',
    ]);
    expect(within(recent).getByText('· last opened 2 June 2024', { exact: false })).toBeTruthy();
    await user.click(buttons[1]!);
    expect(fake.callsTo('library/open')).toEqual([{ path: '/home/sam/Wendle' }]);
  });

  it('shows why the last library could not be opened', async () => {
    const fake = createFake({
      state: {
        library: null,
        openError: { code: 'library-newer', message: 'This library was made by a newer version of Revisit Ready.' },
      },
    });
    renderApp(fake);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This library was made by a newer version of Revisit Ready.');
  });
});
