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

// The parts of a date sit on one line: "20" ending one row of a table and "May 2023"
// starting the next are not a date.
// "14 September 2022", "14th Sept. 2022", "Wednesday 14 September, 2022"
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0]+(?:of[ \t\u00a0]+)?([A-Za-z]{3,9})\.?,?[ \t\u00a0]+(\d{4})\b/g;
// "September 14, 2022"
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?[ \t\u00a0]+(\d{1,2})(?:st|nd|rd|th)?,[ \t\u00a0]+(\d{4})\b/g;
// "Aug 2024", "August 2024": a month, as tables of figures give their periods.
const MONTH_YEAR = /\b([A-Za-z]{3,9})\.?[ \t\u00a0]+(\d{4})\b/g;
// "14/09/2022" or "14.09.2022": day first, as written in the UK.
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g;

/** Every full date written in the text (UK order for numeric dates), where it is. */
function datesIn(text: string): { index: number; iso: string }[] {
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
  return found.sort((a, b) => a.index - b.index);
}

/** The first full date written in the text (UK order for numeric dates), as YYYY-MM-DD. */
export function firstDateIn(text: string): string | null {
  return datesIn(text)[0]?.iso ?? null;
}

/**
 * The latest date a table of figures reaches: its latest full date, or the last day of its
 * latest month ("Aug 2024" → 2024-08-31), whichever is later; dates after `notAfter` (a
 * target ahead, "by March 2027") are passed over. Null when it has none.
 */
export function latestDateIn(text: string, notAfter: string | null = null): string | null {
  const isos = datesIn(text).map((d) => d.iso);
  // The month of a full date ("6 October 2023") is not a period of its own.
  const rest = [DAY_MONTH_YEAR, MONTH_DAY_YEAR].reduce((t, re) => t.replace(re, (m) => ' '.repeat(m.length)), text);
  for (const m of rest.matchAll(MONTH_YEAR)) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (!month) continue;
    const year = Number(m[2]);
    const iso = isoFromParts(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
    if (iso) isos.push(iso);
  }
  return isos.filter((iso) => notAfter === null || iso <= notAfter).reduce<string | null>((latest, iso) => (latest === null || iso > latest ? iso : latest), null);
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
