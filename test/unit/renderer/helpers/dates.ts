/** Driving a DateInputField as a person would: the day, month and year segments, in turn. */
import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The date field named `label` (its segments and calendar button sit in this group). */
export function dateField(label: string | RegExp, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByRole('group', { name: label });
}

export function dateSegments(field: HTMLElement): HTMLElement[] {
  return within(field).getAllByRole('spinbutton');
}

/** What the field shows, e.g. '23/06/2022' or 'dd/mm/yyyy'. */
export function dateShown(field: HTMLElement): string {
  return dateSegments(field)
    .map((s) => s.textContent)
    .join('/');
}

/** Types an ISO date (yyyy-mm-dd) into the field as dd, mm, yyyy, replacing what was there. */
export async function typeDate(user: UserEvent, field: HTMLElement, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await user.click(dateSegments(field)[0]!);
  await user.keyboard(`${day}${month}${year}`);
}

/** Deletes every segment, as Backspace would. */
export async function clearDate(user: UserEvent, field: HTMLElement): Promise<void> {
  for (const segment of dateSegments(field).reverse()) {
    await user.click(segment);
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}');
  }
}
