/** A series value as people read it: "67.7%", "1,234", "23 days", "14 weeks", "3.2". */
import type { SeriesUnit } from '../schemas/series.ts';

const number = (value: number, digits: number) =>
  // "-0" would read oddly.
  (Object.is(value, -0) ? 0 : value).toLocaleString('en-GB', { maximumFractionDigits: digits });

export function formatSeriesValue(value: number, unit: SeriesUnit): string {
  switch (unit) {
    case 'percentage':
      return `${number(value, 1)}%`;
    case 'count':
      return number(value, 1);
    case 'days':
      return `${number(value, 1)} ${value === 1 ? 'day' : 'days'}`;
    case 'weeks':
      return `${number(value, 1)} ${value === 1 ? 'week' : 'weeks'}`;
    case 'rate':
      return number(value, 2);
    default: {
      const never: never = unit;
      return never;
    }
  }
}

/** The periods an import added, in words: "Jul 2024", "Jun 2024 and Jul 2024", or "12 figures" when there are many. */
export function addedWords(labels: readonly string[]): string {
  if (labels.length === 0) return 'no figures';
  if (labels.length <= 3) return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  return `${labels.length.toLocaleString('en-GB')} figures (${labels[0]} to ${labels.at(-1)})`;
}

/** The figures an import replaced, in words: "May 2024: 45% → 46%; Jun 2024: 47% → 48%", the first five. */
export function changedWords(changed: readonly { label: string; before: number; after: number }[], unit: SeriesUnit): string {
  const shown = changed.slice(0, 5).map((c) => `${c.label}: ${formatSeriesValue(c.before, unit)} → ${formatSeriesValue(c.after, unit)}`);
  return `${shown.join('; ')}${changed.length > 5 ? '; …' : ''}`;
}

/** Published counts of 1 or 2 can identify a child (DOMAIN.md, small-cell suppression). */
export const isSmallCount = (value: number, unit: SeriesUnit) => unit === 'count' && value > 0 && value < 3;

/** A value as a published pack shows it: a count of 1 or 2 reads "fewer than 3". */
export function publishedSeriesValue(value: number, unit: SeriesUnit): string {
  return isSmallCount(value, unit) ? 'fewer than 3' : formatSeriesValue(value, unit);
}
