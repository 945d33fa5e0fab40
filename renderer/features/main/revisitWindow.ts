import { formatDate, plural } from '../../../shared/format.ts';

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * Where today stands against the revisit window set in Library details, in a few words for
 * the status bar ("Revisit window opens in 39 days"); null when no window is set.
 */
export function revisitWindowNote(start: string | null, end: string | null, today: string): string | null {
  if (!start) return null;
  const toStart = dayNumber(start) - dayNumber(today);
  if (toStart > 0) return toStart === 1 ? 'Revisit window opens tomorrow' : `Revisit window opens in ${plural(toStart, 'day')}`;
  if (!end) return `Revisit window open since ${formatDate(start)}`;
  const toEnd = dayNumber(end) - dayNumber(today);
  if (toEnd >= 0) return `Revisit window open until ${formatDate(end)}`;
  return `Revisit window ended ${formatDate(end)}`;
}
