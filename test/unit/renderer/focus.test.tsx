/**
 * Keyboard focus never falls to the page's body after a common action (WCAG 2.4.3): it
 * lands somewhere that says where the user is, or what happened.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WeaknessProposal } from '../../../shared/schemas/areas.ts';
import { area, createFake, evidence, Fail, library } from './helpers/fake.ts';
import { holdCalls } from './helpers/gate.ts';
import { renderApp } from './helpers/render.tsx';

const proposal = (code: string, title: string): WeaknessProposal => ({
  code,
  title,
  weakness: `${title} is weak.`,
  judgement: null,
  found: 'bulleted-list',
  existingAreaCode: null,
});

describe('focus after common actions', () => {
  it('lands on the new library’s name once “Create library” has opened it', async () => {
    const fake = createFake({ state: { library: null } });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Create a library' }));
    await user.type(screen.getByRole('textbox', { name: 'Local area name' }), 'Walsall');
    await user.click(screen.getByRole('button', { name: 'Create library' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Walsall' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // Focusable, but not a Tab stop of its own.
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('lands on the start screen’s heading after closing the library, but takes no focus when the app first opens', async () => {
    const fake = createFake({ state: { library: null } });
    renderApp(fake);
    const startHeading = await screen.findByRole('heading', { level: 1, name: 'Revisit Ready' });
    expect(document.activeElement).toBe(document.body);
    cleanup();

    const open = createFake({ state: { library: library({ name: 'Walsall' }) } });
    const { user } = renderApp(open);
    expect(startHeading.isConnected).toBe(false);
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Close library' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Revisit Ready' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('lands on the first new area after “Done” in the letter dialog whose button has gone', async () => {
    const fake = createFake({ state: { library: library({ name: 'Walsall' }) }, areas: [] });
    fake.on('areas/proposeFromLetter', () => ({
      message: 'Found two weaknesses.',
      statedCount: 2,
      proposals: [proposal('AOC1', 'EHC plans'), proposal('AOC2', 'Local offer')],
    }));
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Paste the inspection letter…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Paste the inspection letter' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Text of the letter' }));
    await user.paste('The significant weaknesses are: …');
    await user.click(within(dialog).getByRole('button', { name: 'Find the weaknesses' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Accept AOC1' }));
    expect(await within(dialog).findByText('Added as AOC1')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Accept AOC2' }));
    expect(await within(dialog).findByText('Added as AOC2')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The button that opened the dialog went with the empty state.
    expect(screen.queryByRole('button', { name: 'Paste the inspection letter…' })).toBeNull();
    const row = within(screen.getByRole('grid', { name: 'Areas of concern' })).getByRole('row', { name: /^AOC1 — EHC plans/ });
    await waitFor(() => expect(document.activeElement).toBe(row));
  });

  it('leaves focus on the screen switcher for every screen chosen there', async () => {
    const fake = createFake({ state: { library: library({ name: 'Walsall' }) }, areas: [area(1, { title: 'EHC plans' })] });
    const { user } = renderApp(fake);
    const nav = await screen.findByRole('navigation', { name: 'Screens' });
    for (const [name, heading] of [
      ['Areas', 'AOC1 — EHC plans'],
      ['Readiness', 'Readiness'],
      ['Voices', 'Voices'],
    ] as const) {
      const button = within(nav).getByRole('button', { name });
      await user.click(button);
      await screen.findByRole('heading', { level: 2, name: heading });
      await waitFor(() => expect(button.getAttribute('aria-current')).toBe('page'));
      expect(document.activeElement).toBe(button);
    }
  });

  it('returns to “Save judgement” and says “Saved” once the judgement is saved', async () => {
    const fake = createFake({ state: { library: library({ name: 'Walsall' }) }, areas: [area(1, { title: 'EHC plans' })] });
    const { user } = renderApp(fake);
    await user.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'Areas' }));
    await screen.findByRole('heading', { level: 2, name: 'AOC1 — EHC plans' });
    await user.click(await screen.findByRole('radio', { name: 'Sufficient progress' }));
    await user.type(screen.getByRole('textbox', { name: 'Rationale for AOC1' }), 'Four in five plans are on time.');
    await user.click(screen.getByRole('button', { name: 'Save judgement' }));
    await waitFor(() => expect(fake.callsTo('assessment/judge')).toHaveLength(1));
    expect(await screen.findByText('Sufficient progress', { selector: 'strong' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Judgement' });
    await waitFor(() => expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Save judgement' })));
    expect(within(section).getByRole('status').textContent).toBe('Saved');
  });

  it('keeps focus on “Save judgement” when the save fails, with the reason beside the rationale', async () => {
    const fake = createFake({ state: { library: library({ name: 'Walsall' }) }, areas: [area(1, { title: 'EHC plans' })] });
    fake.on('assessment/judge', () => {
      throw new Fail('busy', 'The library is busy. Try again in a moment.');
    });
    const { user } = renderApp(fake);
    await user.click(within(await screen.findByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'Areas' }));
    await user.click(await screen.findByRole('radio', { name: 'Sufficient progress' }));
    const save = screen.getByRole('button', { name: 'Save judgement' });
    await user.click(save);
    expect(await screen.findByText('The library is busy. Try again in a moment.')).toBeTruthy();
    expect(document.activeElement).toBe(save);
    expect(within(screen.getByRole('region', { name: 'Judgement' })).getByRole('status').textContent).toBe('Not saved yet');
  });

  it('moves to the result inside the export dialog, so Escape still closes it', async () => {
    const fake = createFake({
      state: { library: library({ name: 'Walsall' }) },
      areas: [area(1, { title: 'EHC plans' })],
      evidence: [evidence('e1', { title: 'SEND strategy' })],
    });
    // The write waits until released, to see the dialog while it runs.
    const release = holdCalls(fake, 'export/write');
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Export the evidence pack…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the evidence pack' });
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));

    // While it is written, on the progress (not on the disabled button, nor the body).
    const bar = await within(dialog).findByRole('progressbar', { name: 'Writing the pack…' });
    await waitFor(() => expect(document.activeElement?.contains(bar)).toBe(true));
    expect(dialog.contains(document.activeElement)).toBe(true);

    release();
    const status = await within(dialog).findByRole('status');
    expect(status.textContent).toContain('Pack exported');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(status.getAttribute('tabindex')).toBe('-1');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export the evidence pack' })).toBeNull());
  });

  it('moves to the problem when the pack could not be written', async () => {
    const fake = createFake({ state: { library: library({ name: 'Walsall' }) }, areas: [area(1, { title: 'EHC plans' })] });
    fake.on('export/write', () => {
      throw new Fail('io', 'The disk is full, so the pack was not written. Free some space and export it again.');
    });
    const { user } = renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Library menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Export the evidence pack…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the evidence pack' });
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The disk is full');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });
});
