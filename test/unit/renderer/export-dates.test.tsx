import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { area, createFake, library } from './helpers/fake.ts';
import { renderApp } from './helpers/render.tsx';

async function openExport(details: Parameters<typeof library>[0]) {
  const fake = createFake({ state: { library: library({ name: 'Brackenford', ...details }) }, areas: [area(1, { title: 'EHC plans' })] });
  const { user } = renderApp(fake);
  await user.click(await screen.findByRole('button', { name: 'Library menu' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Export the evidence pack…' }));
  return screen.findByRole('dialog', { name: 'Export the evidence pack' });
}

describe('export: dates the pack’s opening needs', () => {
  it('says before export which dates are not set, since the pack leaves them out', async () => {
    const dialog = await openExport({ initialInspectionDate: null, wsoaFitDate: '2023-04-17' });
    expect(dialog.textContent).toContain('The date of the initial inspection is not set — add it in Library details.');
    expect(dialog.textContent).not.toContain('declared fit for purpose is not set');
    expect(within(dialog).getByText('The pack will leave a date out')).toBeTruthy();
  });

  it('names both dates when neither is set, and says nothing when both are', async () => {
    const both = await openExport({ initialInspectionDate: null, wsoaFitDate: null });
    expect(both.textContent).toContain('The date the written statement of action was declared fit for purpose is not set — add it in Library details.');
    expect(within(both).getByText('The pack will leave two dates out')).toBeTruthy();
  });

  it('shows no warning when both dates are set', async () => {
    const set = await openExport({ initialInspectionDate: '2022-11-07', wsoaFitDate: '2023-04-17' });
    expect(set.textContent).not.toContain('is not set');
  });
});
