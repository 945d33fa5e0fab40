import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Method } from '../../../shared/contract.ts';
import { area, createFake, evidence, Fail, library } from './helpers/fake.ts';
import { holdCalls } from './helpers/gate.ts';
import { renderApp } from './helpers/render.tsx';
import { dateField, dateShown } from './helpers/dates.ts';

function setup() {
  const fake = createFake({
    state: { library: library({ name: 'Brackenford' }) },
    areas: [area(1, { title: 'EHC plans' }), area(2, { title: 'Co-production' }), area(3, { title: 'Transitions' })],
    evidence: [evidence('e1', { title: 'SEND strategy' }), evidence('e2', { title: 'Case study: Child A', personalData: true })],
  });
  return fake;
}

async function openExport(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Library menu' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Export the evidence pack…' }));
  return screen.findByRole('dialog', { name: 'Export the evidence pack' });
}

describe('export the evidence pack', () => {
  it('opens with every area chosen, today as the "as at" date, and personal data left out', async () => {
    const fake = setup();
    const { user } = renderApp(fake);
    const dialog = await openExport(user);
    const boxes = within(dialog).getAllByRole('checkbox');
    expect(within(dialog).getByRole('checkbox', { name: 'AOC1 EHC plans' })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('checkbox', { name: 'AOC3 Transitions' })).toHaveProperty('checked', true);
    expect(within(dialog).getByRole('checkbox', { name: 'Include items marked as containing personal data' })).toHaveProperty('checked', false);
    expect(boxes.length).toBe(5);
    const today = new Date();
    const two = (n: number) => String(n).padStart(2, '0');
    expect(dateShown(dateField('As at', dialog))).toBe(`${two(today.getDate())}/${two(today.getMonth() + 1)}/${today.getFullYear()}`);
    expect(within(dialog).getByRole('radio', { name: /^HTML/ })).toHaveProperty('checked', true);

    // Only the areas chosen are sent; every area means no list at all.
    await user.click(within(dialog).getByRole('checkbox', { name: 'AOC2 Co-production' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));
    await waitFor(() => expect(fake.callsTo('export/write')).toHaveLength(1));
    expect(fake.callsTo('export/write')[0]).toMatchObject({ format: 'html', options: { areaIds: ['area1', 'area3'], includePersonalData: false, draft: false } });
    expect(fake.callsTo('export/write')[0].path).toBeUndefined();
  });

  it('includes personal data only after the second, explicit confirmation', async () => {
    const fake = setup();
    const { user } = renderApp(fake);
    const dialog = await openExport(user);
    const personal = within(dialog).getByRole('checkbox', { name: 'Include items marked as containing personal data' });

    // Ticking asks; keeping it out leaves the box clear.
    await user.click(personal);
    let confirm = await screen.findByRole('alertdialog', { name: 'Include personal data in the pack?' });
    expect(confirm.textContent).toContain('will say near its start that it includes personal data');
    expect(personal).toHaveProperty('checked', false);
    await user.click(within(confirm).getByRole('button', { name: 'Keep personal data out' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(personal).toHaveProperty('checked', false);
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));
    await waitFor(() => expect(fake.callsTo('export/write')).toHaveLength(1));
    expect(fake.callsTo('export/write')[0].options.includePersonalData).toBe(false);

    // Confirmed: now it is sent.
    await user.click(personal);
    confirm = await screen.findByRole('alertdialog', { name: 'Include personal data in the pack?' });
    await user.click(within(confirm).getByRole('button', { name: 'Include personal data' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(personal).toHaveProperty('checked', true);
    expect(within(dialog).getByText('This pack will include items marked as containing personal data.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));
    await waitFor(() => expect(fake.callsTo('export/write')).toHaveLength(2));
    expect(fake.callsTo('export/write')[1].options.includePersonalData).toBe(true);

    // Unticking takes effect at once, with no question.
    await user.click(personal);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(personal).toHaveProperty('checked', false);
  });

  it('previews the pack in a sandboxed frame that runs no scripts', async () => {
    const fake = setup();
    const { user } = renderApp(fake);
    const dialog = await openExport(user);
    await user.click(within(dialog).getByRole('button', { name: 'Preview the pack' }));
    const preview = await screen.findByRole('dialog', { name: 'Preview of the evidence pack' });
    const frame = within(preview).getByTitle('The evidence pack') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin'); // no allow-scripts
    expect(frame.getAttribute('srcdoc')).toContain('At the initial inspection, inspectors found the following:');
    expect(frame.getAttribute('srcdoc')).not.toContain('Case study: Child A');
    expect(fake.callsTo('export/preview')[0]).toMatchObject({ options: { includePersonalData: false, draft: false } });
    await user.click(within(preview).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Preview of the evidence pack' })).toBeNull());
    expect(screen.getByRole('dialog', { name: 'Export the evidence pack' })).toBeTruthy();
    expect(fake.callsTo('export/write')).toHaveLength(0);
  });

  it('shows progress while writing, ignores a second press, then where the pack went and a download link', async () => {
    const fake = setup();
    // The write waits until released, to see the dialog while it runs.
    const release = holdCalls(fake, 'export/write');
    const { user } = renderApp(fake);
    const dialog = await openExport(user);
    await user.click(within(dialog).getByRole('radio', { name: /^ZIP with exhibits/ }));
    const exportButton = within(dialog).getByRole('button', { name: 'Export the pack' });
    await user.click(exportButton);
    expect(await within(dialog).findByRole('progressbar', { name: 'Writing the pack…' })).toBeTruthy();
    expect(exportButton).toHaveProperty('disabled', true);
    await user.click(exportButton);
    release();
    const done = await within(dialog).findByRole('status');
    expect(done.textContent).toContain('Pack exported');
    expect(done.textContent).toContain('/home/sam/.config/Revisit Ready/Exports/Brackenford evidence pack 2026-11-22.zip');
    expect(done.textContent).toContain('It lists 1 exhibit; 1 item marked as containing personal data was withheld.');
    const link = within(done).getByRole('link', { name: 'Download the pack' });
    expect(link.getAttribute('href')).toBe('/api/exports/Brackenford%20evidence%20pack%202026-11-22.zip?token=t');
    expect(fake.callsTo('export/write')).toHaveLength(1);
    expect(fake.callsTo('export/write')[0].format).toBe('zip');
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
  });

  it('under Electron, offers the save dialog at once and says where the copy went; a cancelled dialog saves nothing', async () => {
    const fake = setup();
    const asked: string[] = [];
    let answer: string | null = null;
    fake.transport.exportUrl = () => null;
    fake.transport.saveExport = async (path: string) => {
      asked.push(path);
      return { ok: true, value: { savedTo: answer } };
    };
    const { user } = renderApp(fake);
    const dialog = await openExport(user);
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));
    const done = await within(dialog).findByRole('status');
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toMatch(/Exports\/Brackenford evidence pack 2026-11-22\.html$/);
    expect(done.textContent).not.toContain('A copy was saved');
    expect(within(done).queryByRole('link', { name: 'Download the pack' })).toBeNull();

    answer = '/home/sam/Documents/For the advisors.html';
    await user.click(within(done).getByRole('button', { name: 'Save a copy…' }));
    await waitFor(() => expect(done.textContent).toContain('A copy was saved to /home/sam/Documents/For the advisors.html'));
    expect(asked).toHaveLength(2);
    expect(within(done).getByRole('button', { name: 'Save another copy…' })).toBeTruthy();
  });

  it('shows each exhibit file of a zip on a progress bar, and cancels calmly', async () => {
    const fake = setup();
    let reject!: (e: Fail) => void;
    fake.on('export/cancel', () => {
      reject(new Fail('cancelled', 'The export was cancelled; no pack was written.'));
      return { cancelled: true };
    });
    const invoke = fake.transport.invoke.bind(fake.transport);
    fake.transport.invoke = async (method: Method, input: unknown) => {
      if (method !== 'export/write') return invoke(method, input);
      fake.calls.push({ method, input: structuredClone(input) });
      return new Promise<never>((_, r) => (reject = r)).catch((e: Fail) => ({ ok: false as const, error: { code: 'cancelled' as const, message: e.message } }));
    };
    const { user } = renderApp(fake);
    const dialog = await openExport(user);
    await user.click(within(dialog).getByRole('radio', { name: /^ZIP with exhibits/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));
    await waitFor(() => expect(fake.callsTo('export/write')).toHaveLength(1));
    const jobId = (fake.callsTo('export/write')[0] as { jobId: string }).jobId;
    expect(jobId).toMatch(/^[A-Za-z0-9_-]+$/);

    // Until the first event the bar is indeterminate; then it counts the exhibit files.
    const bar = await within(dialog).findByRole('progressbar', { name: 'Writing the pack…' });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    act(() => fake.emit({ name: 'export/progress', payload: { jobId, done: 0, total: 4, label: 'Making the PDF…' } }));
    act(() => fake.emit({ name: 'export/progress', payload: { jobId: 'someone-else', done: 3, total: 9, label: 'x' } }));
    await waitFor(() => expect(within(dialog).getByRole('progressbar', { name: 'Writing the pack…' }).getAttribute('aria-valuetext')).toBe('0 of 4 exhibit files'));
    act(() => fake.emit({ name: 'export/progress', payload: { jobId, done: 1, total: 4, label: 'E1: strategy.pdf' } }));
    await waitFor(() => {
      const now = within(dialog).getByRole('progressbar', { name: 'Writing the pack…' });
      expect(now.getAttribute('aria-valuenow')).toBe('1');
      expect(now.getAttribute('aria-valuemax')).toBe('4');
      expect(now.getAttribute('aria-valuetext')).toBe('1 of 4 exhibit files');
    });
    expect(within(dialog).getByText('E1: strategy.pdf')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel export' }));
    expect(fake.callsTo('export/cancel')).toEqual([{ jobId }]);
    const status = await within(dialog).findByRole('status');
    expect(status.textContent).toContain('Export cancelled');
    expect(status.textContent).toContain('The export was cancelled; no pack was written.');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Cancel export' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Export the pack' })).toHaveProperty('disabled', false);
  });

  it('shows the core’s error in full, naming the exhibit', async () => {
    const fake = setup();
    const message =
      'Exhibit E3 (“EHC plan audit, March 2023”) has no stored file: audit.pdf is missing from the library. Nothing was exported. Run Check library, then attach the file again.';
    fake.on('export/write', () => {
      throw new Fail('file-problem', message);
    });
    const { user } = renderApp(fake);
    const dialog = await openExport(user);
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('The pack was not exported');
    expect(alert.textContent).toContain(message);
    expect(within(dialog).queryByRole('link', { name: 'Download the pack' })).toBeNull();
  });

  it('asks for at least one area', async () => {
    const fake = setup();
    const { user } = renderApp(fake);
    const dialog = await openExport(user);
    await user.click(within(dialog).getByRole('button', { name: 'Clear all areas' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export the pack' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Choose at least one area of concern');
    expect(fake.callsTo('export/write')).toHaveLength(0);
  });
});
