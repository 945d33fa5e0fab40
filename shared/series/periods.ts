/**
 * Reading the period a KPI value is for ("Jan 2021", "2021-01", "2020/21", "Q3 2021",
 * "Autumn 2021", a full date, an Excel date cell) and naming a period in words.
 *
 * Choices (documented here, tested in test/unit/series/periods.test.ts):
 * - "2020/21" and "2020-21" are a school (academic) year starting 1 September 2020, the
 *   year most SEND figures are reported in. Written with "FY" or "financial year" in front,
 *   the year starts on 1 April instead.
 * - "2011-12" could be December 2011 or the year 2011/12: it is read as the month unless
 *   the rest of the column shows it is a column of years (see `inferPeriod`).
 * - "Q3 2021" / "2021 Q3" are calendar quarters (Q1 = January, Q3 = July).
 *   "Q3 2021/22" or "2021-22 Q3" is a quarter of the financial year 2021/22 (Q1 = April 2021, Q3 = October
 *   2021, Q4 = January 2022), the way NHS and council finance figures are reported.
 * - Terms: autumn starts 1 September, spring 1 January, summer 1 April. "Spring 2021/22"
 *   is the spring term of that school year (January 2022).
 * - A full date ("14/09/2022" day first, "2022-09-14", an Excel date cell) stands for the
 *   month it falls in: periodStart is the first of that month.
 * - A whole number from 1900 to 2100 is a calendar year starting 1 January.
 */
import type { SeriesPeriod } from '../schemas/series.ts';

export interface PeriodReading {
  /** The first day of the period, YYYY-MM-DD. */
  periodStart: string;
  /** As written (trimmed), or named by the app when the cell was a date. */
  label: string;
  period: SeriesPeriod;
  /** Read from a full date (which stands for its month). */
  fromDate: boolean;
}

export type PeriodResult = { ok: true; value: PeriodReading } | { ok: false; reason: string };

export type PeriodCell = string | number | Date | null | undefined;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d = 1) => `${y}-${pad(m)}-${pad(d)}`;
const validYear = (y: number) => y >= 1900 && y <= 2100;
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  if (w === 'sept') return 9;
  const i = monthNames.findIndex((m) => m.toLowerCase().startsWith(w));
  return i >= 0 ? i + 1 : null;
}

/** "2020/21", "2020-21", "2020/2021" → 2020, when the second year follows the first. */
function spanStart(a: string, b: string): number | null {
  const first = Number(a);
  const second = b.length === 2 ? Math.floor(first / 100) * 100 + Number(b) : Number(b);
  if (!validYear(first)) return null;
  // "1999/00": the century turns.
  if (second === first + 1 || (b.length === 2 && second + 100 === first + 1)) return first;
  return null;
}

const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The name of a period when the source did not write one: "Jan 2021", "Q3 2021", "Autumn 2021", "2021/22" ("2021" for a year from January). */
export function periodLabel(periodStart: string, period: SeriesPeriod): string {
  const y = Number(periodStart.slice(0, 4));
  const m = Number(periodStart.slice(5, 7));
  switch (period) {
    case 'month':
      return `${shortMonths[m - 1] ?? ''} ${y}`;
    case 'quarter':
      return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
    case 'term':
      return `${m >= 9 ? 'Autumn' : m >= 4 ? 'Summer' : 'Spring'} ${y}`;
    case 'year':
      return m === 1 ? String(y) : `${y}/${pad((y + 1) % 100)}`;
    default: {
      const never: never = period;
      return never;
    }
  }
}

/** How often a series has a figure, in a word: "monthly", "quarterly", "termly", "yearly". */
export const periodAdverbs: Record<SeriesPeriod, string> = { month: 'monthly', quarter: 'quarterly', term: 'termly', year: 'yearly' };

/** The last day of a period: "2024-08-31" for Aug 2024, "2024-06-30" for a quarter from April, "2024-08-31" for the school year 2023/24. */
export function periodEnd(periodStart: string, period: SeriesPeriod): string {
  const y = Number(periodStart.slice(0, 4));
  const m = Number(periodStart.slice(5, 7));
  // Terms: autumn September–December, spring January–March, summer April–July.
  const months = period === 'month' ? 1 : period === 'quarter' ? 3 : period === 'year' ? 12 : m >= 4 ? 4 : 3;
  const end = new Date(Date.UTC(y, m - 1 + months, 0));
  return iso(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
}

const ok = (periodStart: string, label: string, period: SeriesPeriod, fromDate = false): PeriodResult => ({ ok: true, value: { periodStart, label, period, fromDate } });
const dateResult = (y: number, m: number): PeriodResult => ok(iso(y, m), periodLabel(iso(y, m), 'month'), 'month', true);

const cannot = (text: string): PeriodResult => ({
  ok: false,
  reason: `“${text}” is not a date or period the app can read (write it like “Jan 2021”, “2021-01”, “Q3 2021”, “Autumn 2021” or “2020/21”)`,
});

/**
 * Reads one cell as a period. `hint` settles the one ambiguous form, "2011-12"
 * (December 2011, or the year 2011/12 when hint is 'year').
 */
export function readPeriod(cell: PeriodCell, hint?: SeriesPeriod): PeriodResult {
  if (cell === null || cell === undefined) return { ok: false, reason: 'there is no date' };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'the date cell is not a valid date' };
    // exceljs gives dates at midnight UTC.
    return dateResult(cell.getUTCFullYear(), cell.getUTCMonth() + 1);
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && validYear(cell)) return ok(iso(cell, 1), String(cell), 'year');
    return cannot(String(cell));
  }
  const label = cell.trim().replace(/\s+/g, ' ');
  if (label === '') return { ok: false, reason: 'there is no date' };
  const t = label.toLowerCase();
  let m: RegExpMatchArray | null;

  // Calendar year: "2021".
  if ((m = t.match(/^(\d{4})$/))) return validYear(Number(m[1])) ? ok(iso(Number(m[1]), 1), label, 'year') : cannot(label);

  // Financial year: "FY 2021/22", "financial year 2021-22".
  if ((m = t.match(/^(?:fy|financial year)\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/))) {
    const y = spanStart(m[1]!, m[2]!);
    return y === null ? cannot(label) : ok(iso(y, 4), label, 'year');
  }

  // Quarters: "Q3 2021", "2021 Q3", "2021-Q3", "Q3 2021/22" and "2021-22 Q3" (financial year).
  if ((m = t.match(/^q([1-4])\s*[-,]?\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/)) || (m = t.match(/^(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*[-,]?\s*q([1-4])$/))) {
    const [q, y] = m[1]!.length === 1 ? [Number(m[1]), spanStart(m[2]!, m[3]!)] : [Number(m[3]), spanStart(m[1]!, m[2]!)];
    if (y === null) return cannot(label);
    return q === 4 ? ok(iso(y + 1, 1), label, 'quarter') : ok(iso(y, 4 + (q - 1) * 3), label, 'quarter');
  }
  if ((m = t.match(/^q([1-4])\s*[-,]?\s*(\d{4})$/)) || (m = t.match(/^(\d{4})\s*[-,]?\s*q([1-4])$/))) {
    const [q, y] = m[1]!.length === 1 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return validYear(y) ? ok(iso(y, (q - 1) * 3 + 1), label, 'quarter') : cannot(label);
  }

  // Terms: "Autumn 2021", "Spring term 2022", "Summer 2021/22".
  if ((m = t.match(/^(autumn|aut|spring|spr|summer|sum)(?:\s+term)?\s*[-,]?\s*(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/))) {
    const start = Number(m[2]);
    const word = m[1]!;
    const month = word.startsWith('aut') ? 9 : word.startsWith('spr') ? 1 : 4;
    let year = start;
    if (m[3] !== undefined) {
      const y = spanStart(m[2]!, m[3]);
      if (y === null) return cannot(label);
      year = month === 9 ? y : y + 1;
    }
    return validYear(year) ? ok(iso(year, month), label, 'term') : cannot(label);
  }

  // School year "2020/21", "2020/2021"; "2020-21" too, unless it could be a month ("2011-12").
  if ((m = t.match(/^(\d{4})\s*\/\s*(\d{2}|\d{4})$/))) {
    const y = spanStart(m[1]!, m[2]!);
    if (y !== null) return ok(iso(y, 9), label, 'year');
    const month = Number(m[2]);
    if (m[2]!.length === 2 && month >= 1 && month <= 12 && validYear(Number(m[1]))) return ok(iso(Number(m[1]), month), label, 'month');
    return cannot(label);
  }
  if ((m = t.match(/^(\d{4})\s*-\s*(\d{2}|\d{4})$/))) {
    const y = spanStart(m[1]!, m[2]!);
    const month = Number(m[2]);
    const couldBeMonth = m[2]!.length === 2 && month >= 1 && month <= 12 && validYear(Number(m[1]));
    if (y !== null && (!couldBeMonth || hint === 'year')) return ok(iso(y, 9), label, 'year');
    if (couldBeMonth) return ok(iso(Number(m[1]), month), label, 'month');
    return cannot(label);
  }

  // Months: "01/2021", "1/2021", "1-2021".
  if ((m = t.match(/^(\d{1,2})\s*[/.-]\s*(\d{4})$/))) {
    const month = Number(m[1]);
    const y = Number(m[2]);
    return month >= 1 && month <= 12 && validYear(y) ? ok(iso(y, month), label, 'month') : cannot(label);
  }
  // "Jan 2021", "January 2021", "Jan-21", "Sept. 2021".
  if ((m = t.match(/^([a-z]+\.?)\s*[-/ ,]?\s*(\d{4}|\d{2})$/))) {
    const month = monthOf(m[1]!);
    const y = fullYear(m[2]!);
    return month !== null && validYear(y) ? ok(iso(y, month), label, 'month') : cannot(label);
  }

  // Full dates stand for their month: "2022-09-14" (time ignored), "14/09/2022", "14 Sep 2022".
  if ((m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/))) return fullDate(label, Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/))) return fullDate(label, fullYear(m[3]!), Number(m[2]), Number(m[1]));
  if ((m = t.match(/^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?)\s*,?\s*(\d{4})$/))) {
    const month = monthOf(m[2]!);
    return month === null ? cannot(label) : fullDate(label, Number(m[3]), month, Number(m[1]));
  }
  return cannot(label);
}

function fullDate(label: string, y: number, month: number, day: number): PeriodResult {
  if (!validYear(y) || month < 1 || month > 12 || day < 1 || day > daysIn(y, month)) return cannot(label);
  return dateResult(y, month);
}

const monthIndex = (periodStart: string) => Number(periodStart.slice(0, 4)) * 12 + Number(periodStart.slice(5, 7)) - 1;

/**
 * The period of a column from its cells: the period most of its readable cells are in.
 * Monthly readings that are all at least twelve months apart (a date once a year) make
 * a yearly column; at least three months apart and in steps of three, a quarterly one.
 * Null when no cell reads as a period.
 */
export function inferPeriod(cells: readonly PeriodCell[]): SeriesPeriod | null {
  const counts = new Map<SeriesPeriod, number>();
  const months: number[] = [];
  // "2011-12" reads as a month but could be a year: such cells are years when the
  // column has other years, or when each starts a year after the one before.
  const ambiguous: { year: number; month: number }[] = [];
  for (const c of cells) {
    const r = readPeriod(c);
    if (!r.ok) continue;
    const asYear = r.value.period === 'month' ? readPeriod(c, 'year') : null;
    if (asYear?.ok && asYear.value.period === 'year') {
      ambiguous.push({ year: Number(asYear.value.periodStart.slice(0, 4)), month: monthIndex(r.value.periodStart) });
      continue;
    }
    counts.set(r.value.period, (counts.get(r.value.period) ?? 0) + 1);
    if (r.value.period === 'month') months.push(monthIndex(r.value.periodStart));
  }
  if (ambiguous.length > 0) {
    const consecutive = ambiguous.length >= 2 && ambiguous.every((a, i) => i === 0 || a.year === ambiguous[i - 1]!.year + 1);
    if ((counts.get('year') ?? 0) > 0 || (counts.size === 0 && consecutive)) counts.set('year', (counts.get('year') ?? 0) + ambiguous.length);
    else {
      counts.set('month', (counts.get('month') ?? 0) + ambiguous.length);
      months.push(...ambiguous.map((a) => a.month));
    }
  }
  if (counts.size === 0) return null;
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  if (best === 'month' && counts.size === 1 && months.length >= 2) {
    const sorted = [...new Set(months)].sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((v, i) => v - sorted[i]!);
    if (gaps.length === months.length - 1 && gaps.length > 0) {
      if (gaps.every((g) => g >= 12 && g % 12 === 0)) return 'year';
      if (gaps.every((g) => g >= 3 && g % 3 === 0)) return 'quarter';
    }
  }
  return best;
}

/**
 * Reads a cell as a period of a column already known to be `period`: a reading in
 * another period is kept as written (a "Q3 2021" stays a quarter), except a full date,
 * which becomes the column's period starting at that date's month and is named for it.
 */
export function readPeriodIn(cell: PeriodCell, period: SeriesPeriod | null): PeriodResult {
  const r = readPeriod(cell, period ?? undefined);
  if (!r.ok || period === null || r.value.period === period) return r;
  if (r.value.fromDate) return ok(r.value.periodStart, periodLabel(r.value.periodStart, period), period, true);
  return r;
}

/** A figure's period as people read it: its own label, else the period it starts ("Mar 2024", "2023/24"). */
export const valueLabel = (v: { periodStart: string; label: string }, series: { period: SeriesPeriod }): string => v.label || periodLabel(v.periodStart, series.period);
