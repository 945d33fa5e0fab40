import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFake, library } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';

async function openDetails() {
  const fake = createFake({ state: { library: library({ name: 'Walsall', revisitWindowStart: '2026-01-05' }) } });
  const { user } = renderApp(fake);
  await user.click(await screen.findByRole('button', { name: 'Library menu' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Library details…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Library details' });
  const from = within(dialog).getByRole('group', { name: 'Revisit window from' });
  return { fake, user, dialog, segments: () => within(from).getAllByRole('spinbutton') };
}

describe('Library details: key dates typed as people type them', () => {
  it('does not save a revisit window date left in part as no date; it says so and keeps the dialog open', async () => {
    const { fake, user, dialog, segments } = await openDetails();
    await user.click(segments()[2]!);
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    const summary = await within(dialog).findByRole('alert');
    expect(summary.textContent).toContain('Enter a whole date (day, month and year), or clear the field.');
    expect(fake.callsTo('library/update')).toHaveLength(0);
    expect(screen.getByRole('dialog', { name: 'Library details' })).toBeTruthy();
  });

  it('saves a two-digit year as this century’s', async () => {
    const { fake, user, dialog, segments } = await openDetails();
    await user.click(segments()[0]!);
    await user.keyboard('010127');
    await user.click(within(dialog).getByRole('button', { name: 'Save details' }));
    await waitFor(() => expect(fake.callsTo('library/update')).toHaveLength(1));
    expect(fake.callsTo('library/update')[0]).toMatchObject({ revisitWindowStart: '2027-01-01' });
  });
});
