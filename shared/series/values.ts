/**
 * Reading value cells: "67.7%", "67.7", "0.677", "1,234"; gaps ("", "-", "n/a" and the
 * suppression marks of published statistics) are no value, not an error.
 *
 * Percentages: "67.7%" and "67.7" both mean 67.7%. A column in percentages in which no
 * cell has a % sign and every number lies between 0 and 1 (at least one strictly between)
 * holds fractions, as Excel keeps cells formatted as percentages: each is multiplied by 100.
 * Brackets ("(12)") are not read as negative numbers: they are text, and a problem.
 */
import type { SeriesUnit } from '../schemas/series.ts';

export type ValueCell = string | number | Date | null | undefined;

export type ValueReading = { kind: 'gap' } | { kind: 'number'; value: number; percent: boolean } | { kind: 'text'; text: string };

/** Written where there is no figure: empty, dashes, "n/a", and ONS/DfE marks (.., :, x, c, z, *). */
const gapMarks = new Set(['', '-', '–', '—', 'n/a', 'na', 'n.a.', 'n/k', '..', '...', ':', 'x', 'c', 'z', '*', 'not available']);

export function readValue(cell: ValueCell): ValueReading {
  if (cell === null || cell === undefined) return { kind: 'gap' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell, percent: false } : { kind: 'text', text: String(cell) };
  if (cell instanceof Date) return { kind: 'text', text: Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10) };
  const text = cell.trim();
  if (gapMarks.has(text.toLowerCase())) return { kind: 'gap' };
  const m = text.replace(/\s+/g, '').match(/^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(%?)$/);
  if (!m) return { kind: 'text', text };
  const value = Number(`${m[1]}${m[2]!.replace(/,/g, '')}`);
  return Number.isFinite(value) ? { kind: 'number', value, percent: m[3] === '%' } : { kind: 'text', text };
}

/** The unit a column's heading names (or its cells' % signs); null when it does not say. */
export function unitFromHeading(heading: string, anyPercentSign = false): SeriesUnit | null {
  const h = heading.toLowerCase();
  if (anyPercentSign || /%|per ?cent|percentage|proportion/.test(h)) return 'percentage';
  if (/\brate\b/.test(h)) return 'rate';
  if (/\bdays?\b/.test(h)) return 'days';
  if (/\bweeks?\b/.test(h)) return 'weeks';
  if (/\bnumber\b|\bcount\b|\bno\.|\btotal\b|^no\b|\bhow many\b/.test(h)) return 'count';
  return null;
}

export interface ValueColumnResult {
  /** One per cell given: the value on the unit's scale (percentages 0-100), or null for a gap or text. */
  values: (number | null)[];
  /** Indexes of the cells that are text, not numbers. */
  text: { index: number; text: string }[];
  unit: SeriesUnit;
  /** The numbers were fractions of one and were multiplied by 100. */
  fractions: boolean;
}

/** Reads a column of value cells with a decision for the whole column (see the top of this file). */
export function readValueColumn(cells: readonly ValueCell[], heading: string, unit?: SeriesUnit): ValueColumnResult {
  const readings = cells.map(readValue);
  const numbers = readings.filter((r): r is Extract<ValueReading, { kind: 'number' }> => r.kind === 'number');
  const anyPercent = numbers.some((n) => n.percent);
  const chosen = unit ?? unitFromHeading(heading, anyPercent) ?? 'count';
  const fractions =
    chosen === 'percentage' &&
    !anyPercent &&
    numbers.length > 0 &&
    numbers.every((n) => n.value >= 0 && n.value <= 1) &&
    numbers.some((n) => n.value > 0 && n.value < 1);
  const text: ValueColumnResult['text'] = [];
  const values = readings.map((r, index) => {
    if (r.kind === 'gap') return null;
    if (r.kind === 'text') {
      text.push({ index, text: r.text });
      return null;
    }
    // Rounded to remove binary noise: 0.677 × 100 is 67.70000000000002.
    return fractions ? Math.round(r.value * 100 * 1e9) / 1e9 : r.value;
  });
  return { values, text, unit: chosen, fractions };
}

/** The sentence part for a cell that is not a number: "“about half” is not a number". */
export const notANumber = (text: string) => `“${text}” is not a number`;
