import ExcelJS from 'exceljs';
import { failures, ImportFailure, notes } from '../failure.ts';
import type { IngestLimits } from '../limits.ts';
import { capParts, cleanText, decodeEntities, splitIntoParts } from './text-tools.ts';
import type { Extracted, TextPart } from './types.ts';
import { coreProperties, type ZipContents } from './zip-guard.ts';

/** The text of every sheet of an .xlsx (already checked by the zip guard), one row per line. */
export async function extractSpreadsheet(data: Buffer, zip: ZipContents, limits: IngestLimits): Promise<Extracted> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ImportFailure(failures.damaged('spreadsheet'));
  }
  const parts: TextPart[] = [];
  let cells = 0;
  let cut = false;
  for (const sheet of workbook.worksheets) {
    const lines: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (cut) return;
      const values: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells++;
        values.push(String(cell.text ?? '').replace(/\s+/g, ' ').trim());
      });
      if (cells > limits.maxCells) cut = true;
      else lines.push(values.join('\t'));
    });
    const chunks = splitIntoParts(cleanText(lines.join('\n')));
    chunks.forEach((text, i) => parts.push({ page: parts.length + 1, label: `Sheet: ${sheet.name}${i > 0 ? ` (${i + 1})` : ''}`, text }));
    if (cut) break;
  }
  const capped = capParts(parts, limits.maxTextChars);
  const props = coreProperties(zip.coreXml);
  return {
    format: 'spreadsheet',
    pageCount: null,
    parts: capped.kept,
    documentTitle: props.title ? decodeEntities(props.title) : null,
    firstHeading: null,
    documentDate: props.created,
    author: props.creator ? decodeEntities(props.creator) : null,
    note: cut || capped.cut ? notes.textCut('the first part of it') : '',
    attachments: [],
  };
}
