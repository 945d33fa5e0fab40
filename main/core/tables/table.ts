/** A spreadsheet's header row and the rows under it, and how cells read as text. */
import type { Cell, Grid } from './read-table.ts';

/** The header's headings and the rows under it. */
export interface Table {
  columns: string[];
  headerRow: number;
  rows: Grid['rows'];
}

export const columnLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnLetter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

export const cellText = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).trim();
};

/** The header is the first row with two or more cells filled (a title row above it is skipped). */
export function splitHeader(grid: Grid): Table | null {
  if (grid.rows.length === 0) return null;
  const index = Math.max(0, grid.rows.findIndex((r) => r.cells.filter((c) => cellText(c) !== '').length >= 2));
  const header = grid.rows[index]!;
  const columns = header.cells.map((c, i) => cellText(c) || `Column ${columnLetter(i)}`);
  return { columns, headerRow: header.row, rows: grid.rows.slice(index + 1) };
}

