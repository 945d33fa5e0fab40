/** Finding the date a document is "as at": pure functions, no I/O. */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD when the day exists (no 31 September), else null. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// "14 September 2022", "14th Sept. 2022", "Wednesday 14 September, 2022"
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/g;
// "September 14, 2022"
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(\d{4})\b/g;
// "14/09/2022" or "14.09.2022": day first, as written in the UK.
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g;

/** The first full date written in the text (UK order for numeric dates), as YYYY-MM-DD. */
export function firstDateIn(text: string): string | null {
  const found: { index: number; iso: string }[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = MONTHS[m[2]!.toLowerCase()];
    const iso = month ? isoFromParts(Number(m[3]), month, Number(m[1])) : null;
    if (iso) found.push({ index: m.index, iso });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = MONTHS[m[1]!.toLowerCase()];
    const iso = month ? isoFromParts(Number(m[3]), month, Number(m[2])) : null;
    if (iso) found.push({ index: m.index, iso });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const iso = isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) found.push({ index: m.index, iso });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0]?.iso ?? null;
}

/** A PDF date ("D:20220914100000Z", "D:20220914") → "2022-09-14"; null when unreadable. */
export function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!m) return null;
  return isoFromParts(Number(m[1]), Number(m[2] ?? '01'), Number(m[3] ?? '01'));
}

/** A JavaScript date → its calendar day in UTC, or null. */
export function isoFromDate(d: Date | null | undefined): string | null {
  if (!d || Number.isNaN(d.getTime())) return null;
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
