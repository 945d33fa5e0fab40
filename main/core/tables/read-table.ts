/** Reads a CSV or .xlsx file (a tracker, a KPI table, a survey export) into rows of cells, numbered as a spreadsheet shows them. */
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { CoreError } from '../errors.ts';
import { inspectZip } from '../ingest/extract/zip-guard.ts';
import { ImportFailure } from '../ingest/failure.ts';
import { defaultLimits } from '../ingest/limits.ts';

export type Cell = string | number | Date | null;

export interface Grid {
  sheets: string[];
  sheet: string | null;
  /** Every row with something in it; `row` is the 1-based spreadsheet row number. */
  rows: { row: number; cells: Cell[] }[];
}

const isEmpty = (c: Cell) => c === null || (typeof c === 'string' && c.trim() === '');
export const rowIsEmpty = (cells: readonly Cell[]) => cells.every(isEmpty);

/** An exceljs cell value as plain text, number or date. */
function plainValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    // A formula counts as the value Excel last worked out for it (none if the file was never opened in Excel).
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainValue(('result' in v ? (v.result ?? null) : null) as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}

async function readWorkbook(bytes: Buffer, sheet: string | undefined): Promise<Grid> {
  try {
    await inspectZip(bytes, 'spreadsheet', defaultLimits.maxUnzippedBytes, defaultLimits.maxZipEntries);
  } catch (e) {
    if (e instanceof ImportFailure) throw new CoreError('file-problem', e.message);
    throw e;
  }
  // Loaded only when a workbook is read: exceljs is slow to load, and most commands never need it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new CoreError('file-problem', 'This spreadsheet could not be read: it may be damaged or password-protected. Nothing was imported. Save it again as .xlsx or CSV and try again.');
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(sheet);
  if (!ws) {
    if (sheet === undefined) return { sheets, sheet: null, rows: [] };
    throw new CoreError('not-found', `The workbook has no sheet called "${sheet}". Its sheets are: ${sheets.join(', ')}.`);
  }
  const rows: Grid['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plainValue(row.getCell(c).value));
    if (!rowIsEmpty(cells)) rows.push({ row: rowNumber, cells });
  });
  return { sheets, sheet: ws.name, rows };
}

function readCsv(bytes: Buffer): Grid {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows: Grid['rows'] = [];
  parsed.data.forEach((cells, i) => {
    const clean = cells.map((c) => (c.trim() === '' ? null : c));
    if (!rowIsEmpty(clean)) rows.push({ row: i + 1, cells: clean });
  });
  return { sheets: [], sheet: null, rows };
}

/** `what` names the file in messages: "tracker", "survey export", "data file". */
export async function readTable(path: string, sheet?: string, what = 'spreadsheet'): Promise<Grid> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new CoreError('not-found', `The ${what} could not be opened (${path}). Check that it is still there.`);
  }
  if (bytes.length === 0) return { sheets: [], sheet: null, rows: [] };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readWorkbook(bytes, sheet);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf)
    throw new CoreError('file-problem', 'This is an old-style Excel file (.xls), which cannot be read. Open it in Excel, save it as .xlsx or CSV, and import that.');
  return readCsv(bytes);
}
