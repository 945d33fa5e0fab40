/**
 * The date field: day / month / year segments (UK, as the app's root provides), a value
 * that is '' or an ISO date, errors linked to the field, and a calendar in a popover.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { afterEach, describe, expect, it } from 'vitest';
import { DateInputField } from '../../../renderer/components/DateInputField.tsx';
import { ErrorSummary } from '../../../renderer/components/ErrorSummary.tsx';

afterEach(cleanup);

function Harness({ initial = '', error, summary = false }: { initial?: string; error?: string; summary?: boolean }) {
  const [value, setValue] = useState(initial);
  const [changes, setChanges] = useState<string[]>([]);
  const [blurs, setBlurs] = useState<string[]>([]);
  return (
    <I18nProvider locale="en-GB">
      {summary ? <ErrorSummary items={[{ fieldId: 'due-on', text: 'Enter the date the action is due' }]} /> : null}
      <DateInputField
        id="due-on"
        label="Due"
        description="The day it should be done by."
        error={error}
        value={value}
        onChange={(v) => {
          setValue(v);
          setChanges((c) => [...c, v]);
        }}
        onBlur={(v) => setBlurs((b) => [...b, v || '(none)'])}
      />
      <button type="button">Next</button>
      <output data-testid="blurs">{blurs.join(',')}</output>
      <output data-testid="value">{value}</output>
      <output data-testid="changes">{changes.join(',')}</output>
    </I18nProvider>
  );
}

const setup = (props: Parameters<typeof Harness>[0] = {}) => {
  const user = userEvent.setup();
  render(<Harness {...props} />);
  const group = screen.getByRole('group', { name: 'Due' });
  const segments = () => within(group).getAllByRole('spinbutton');
  const value = () => screen.getByTestId('value').textContent;
  return { user, group, segments, value };
};

describe('DateInputField', () => {
  it('reads day, then month, then year for an ISO value', () => {
    const { group, segments } = setup({ initial: '2022-06-23' });
    expect(segments().map((s) => s.textContent)).toEqual(['23', '06', '2022']);
    expect(segments().map((s) => s.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^day/),
      expect.stringMatching(/^month/),
      expect.stringMatching(/^year/),
    ]);
    expect(within(group).getByRole('presentation').textContent).toBe('23/06/2022');
  });

  it('shows dd/mm/yyyy when empty', () => {
    const { segments } = setup();
    expect(segments().map((s) => s.textContent)).toEqual(['dd', 'mm', 'yyyy']);
  });

  it('gives the ISO date when typed segment by segment, the day first', async () => {
    const { user, segments, value } = setup();
    await user.click(segments()[0]!);
    await user.keyboard('23');
    expect(document.activeElement).toBe(segments()[1]); // moves on to the month by itself
    await user.keyboard('06');
    expect(value()).toBe('');
    await user.keyboard('2022');
    expect(value()).toBe('2022-06-23');
    expect(screen.getByTestId('changes').textContent).toBe('2022-06-23');
  });

  it('gives "" once a part is deleted, keeps the rest on screen, and the date again when typed back', async () => {
    const { user, segments, value } = setup({ initial: '2022-06-23' });
    await user.click(segments()[0]!);
    await user.keyboard('{Backspace}');
    expect(value()).toBe('2022-06-02');
    await user.keyboard('{Backspace}');
    expect(value()).toBe('');
    expect(segments().map((s) => s.textContent)).toEqual(['dd', '06', '2022']);
    // The day typed back is the date the picker last held: it still reads again.
    await user.keyboard('2');
    expect(value()).toBe('2022-06-02');
    await user.keyboard('4');
    expect(value()).toBe('2022-06-24');
    expect(screen.getByTestId('changes').textContent).toBe('2022-06-02,,2022-06-02,2022-06-24');
  });

  it('gives "" while the year is still being typed', async () => {
    const { user, segments, value } = setup({ initial: '2022-06-23' });
    await user.click(segments()[2]!);
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}');
    expect(value()).toBe('');
    await user.keyboard('202');
    expect(segments()[2]!.textContent).toBe('202');
    expect(value()).toBe('');
    await user.keyboard('4');
    expect(value()).toBe('2024-06-23');
  });

  it('takes a two-digit year as this century’s once focus leaves the field', async () => {
    const { user, group, segments, value } = setup();
    await user.click(segments()[0]!);
    await user.keyboard('230624');
    expect(value()).toBe('');
    await user.tab(); // past the calendar button
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
    expect(value()).toBe('2024-06-23');
    expect(segments().map((s) => s.textContent)).toEqual(['23', '06', '2024']);
    expect(screen.getByTestId('blurs').textContent).toBe('2024-06-23');
    expect(within(group).queryByText(/Enter/)).toBeNull();
  });

  it('says a date left in part is not whole, and does not hand it on as no date', async () => {
    const { user, segments, value } = setup({ initial: '2022-06-23' });
    await user.click(segments()[2]!);
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(value()).toBe('');
    expect(await screen.findByText('Enter a whole date (day, month and year), or clear the field.')).toBeTruthy();
    expect(segments()[0]!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('blurs').textContent).toBe('');
    // Typed in full, the error goes and the date is handed on.
    await user.click(segments()[2]!);
    await user.keyboard('2023');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(value()).toBe('2023-06-23');
    expect(screen.queryByText(/Enter a whole date/)).toBeNull();
    expect(screen.getByTestId('blurs').textContent).toBe('2023-06-23');
  });

  it('asks for the year in full when it has three digits', async () => {
    const { user, segments } = setup({ initial: '2022-06-23' });
    await user.click(segments()[2]!);
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}202');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Enter the year in full, for example 2027.')).toBeTruthy();
    expect(screen.getByTestId('blurs').textContent).toBe('');
  });

  it('gives "" when cleared altogether', async () => {
    const { user, segments, value } = setup({ initial: '2022-06-23' });
    for (const i of [2, 1, 0]) {
      await user.click(segments()[i]!);
      await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}');
    }
    expect(segments().map((s) => s.textContent)).toEqual(['dd', 'mm', 'yyyy']);
    expect(value()).toBe('');
  });

  it('links its hint and error to the field and marks it invalid', () => {
    const { group, segments } = setup({ error: 'Enter a due date on or after today' });
    const described = (el: Element) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described(group)).toContain('Enter a due date on or after today');
    expect(described(group)).toContain('The day it should be done by.');
    for (const s of segments()) {
      expect(s.getAttribute('aria-invalid')).toBe('true');
      expect(described(s)).toContain('Enter a due date on or after today');
    }
  });

  it('is not marked invalid without an error', () => {
    const { segments } = setup();
    for (const s of segments()) expect(s.getAttribute('aria-invalid')).toBeNull();
  });

  it('takes focus to the day from an error summary link', async () => {
    const { user, segments } = setup({ error: 'Enter the date the action is due', summary: true });
    await user.click(screen.getByRole('link', { name: 'Enter the date the action is due' }));
    expect(document.activeElement).toBe(segments()[0]);
  });

  it('chooses a date in the calendar, whose weeks start on Monday', async () => {
    const { user, group, value } = setup({ initial: '2022-06-23' });
    await user.click(within(group).getByRole('button', { name: /Calendar/ }));
    const dialog = await screen.findByRole('dialog');
    const grid = within(dialog).getByRole('grid', { name: 'June 2022' });
    const weekdays = Array.from(grid.querySelectorAll('th')).map((th) => th.textContent);
    expect(weekdays).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    // 1 June 2022 was a Wednesday: the third cell of the first week.
    const firstWeek = within(grid).getAllByRole('row')[0]!;
    expect(within(firstWeek).getAllByRole('gridcell')[2]!.textContent).toBe('1');
    expect(within(grid).getByRole('button', { name: /23 June 2022 selected/ })).toBeTruthy();

    await user.click(within(grid).getByRole('button', { name: 'Wednesday, 15 June 2022' }));
    expect(value()).toBe('2022-06-15');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(group).getAllByRole('spinbutton').map((s) => s.textContent)).toEqual(['15', '06', '2022']);
  });

  it('opens the calendar from the keyboard and picks a day with the arrow keys', async () => {
    const { user, segments, value } = setup({ initial: '2022-06-23' });
    await user.click(segments()[0]!);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/23 June 2022/));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(value()).toBe('2022-06-30');
    await waitFor(() => expect(dialog.isConnected).toBe(false));
  });
});
