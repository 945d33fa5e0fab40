/**
 * Due dates as trackers write them: spreadsheet dates, Excel serial numbers, 2023-03-14,
 * 14/03/2023 (UK order), 14 March 2023, 14-Mar-23, March 2023 (the month's last day).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

function isoIfReal(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const fullYear = (y: number) => (y < 100 ? 2000 + y : y);
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export type DateResult = { ok: true; value: string | null } | { ok: false };

export function readDueDate(cell: string | number | Date | null): DateResult {
  if (cell === null) return { ok: true, value: null };
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false };
    return { ok: true, value: `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}` };
  }
  if (typeof cell === 'number') {
    // Excel's day numbers (1 = 1 January 1900, with its 1900 leap-year quirk): 1990 to 2100.
    if (!Number.isFinite(cell) || cell < 32874 || cell > 73051) return { ok: false };
    const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86400000);
    return { ok: true, value: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` };
  }
  const s = cell.trim();
  if (s === '') return { ok: true, value: null };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return wrap(isoIfReal(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) return wrap(isoIfReal(fullYear(Number(m[3])), Number(m[2]), Number(m[1])));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})[\s,-]+(\d{2}|\d{4})$/.exec(s);
  if (m && monthNumber(m[2]!) > 0) return wrap(isoIfReal(fullYear(Number(m[3])), monthNumber(m[2]!), Number(m[1])));
  m = /^([A-Za-z]{3,9})[\s-]+(\d{4})$/.exec(s);
  if (m && monthNumber(m[1]!) > 0) {
    const y = Number(m[2]);
    const month = monthNumber(m[1]!);
    return wrap(isoIfReal(y, month, lastDayOf(y, month)));
  }
  return { ok: false };
}

const wrap = (iso: string | null): DateResult => (iso === null ? { ok: false } : { ok: true, value: iso });
