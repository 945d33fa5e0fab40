import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { declaredFormat, describeFormat, realType, sniff, type FileFormat, type Sniffed } from '../formats.ts';
import { failures, ImportFailure, notes } from '../failure.ts';
import { noText, type Extracted, type ExtractTask } from './types.ts';
import { inspectZip, type ZipContents } from './zip-guard.ts';

async function readHead(path: string, size: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, 8192));
    await fh.read(buf, 0, buf.length, 0);
    return buf;
  } finally {
    await fh.close();
  }
}

/** What a zip really holds: a Word document, a spreadsheet, or something else. */
const zipKind = (zip: ZipContents): 'word' | 'spreadsheet' | null =>
  zip.names.has('word/document.xml') ? 'word' : zip.names.has('xl/workbook.xml') ? 'spreadsheet' : null;

const mislabelled = (name: string, really: keyof typeof realType) =>
  new ImportFailure(failures.mislabelled(name, realType[really].words, realType[really].ext));

/** When the first bytes clearly say another known type, the file is mislabelled. */
function checkNotOther(name: string, declared: FileFormat, sniffed: Sniffed) {
  if (sniffed === 'pdf' && declared !== 'pdf') throw mislabelled(name, 'pdf');
  if ((sniffed === 'png' || sniffed === 'jpeg' || sniffed === 'gif') && declared !== 'image') throw mislabelled(name, 'image');
}

// Each extractor is loaded when first needed: a worker reading only PDFs never loads
// exceljs, mammoth or mailparser (about 90 MB between them).

/** Reads one file: decides its real type from its name and first bytes, then extracts its text. */
export async function extractFile(task: ExtractTask): Promise<Extracted> {
  const { path, name, limits } = task;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new ImportFailure(failures.unreadable());
  }
  if (size === 0) throw new ImportFailure(failures.empty());
  const declared = declaredFormat(name);
  const sniffed = sniff(await readHead(path, size));
  checkNotOther(name, declared, sniffed);
  if (declared === 'image') return noText('image', notes.image());
  if (declared === 'other') return noText('other', notes.otherType(extname(name).toLowerCase()));
  if (size > limits.maxTextBytes) return noText(declared, notes.tooLargeForText(size));

  const data = await readWhole(path);
  switch (declared) {
    case 'pdf':
      if (sniffed === 'zip') return rejectZip(name, data, limits, 'PDF');
      if (sniffed === 'ole') throw mislabelled(name, 'ole');
      if (sniffed !== 'pdf') throw new ImportFailure(failures.damaged('PDF'));
      return (await import('./pdf.ts')).extractPdf(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), limits);
    case 'word':
    case 'spreadsheet': {
      const what = describeFormat[declared];
      if (sniffed === 'ole') throw new ImportFailure(failures.protectedOffice(what === 'spreadsheet' ? 'spreadsheet' : what, realType[declared].ext));
      if (sniffed !== 'zip') throw new ImportFailure(failures.damaged(what));
      const zip = await inspectZip(data, what, limits.maxUnzippedBytes, limits.maxZipEntries);
      const kind = zipKind(zip);
      if (kind !== declared) {
        if (kind) throw mislabelled(name, kind);
        throw new ImportFailure(failures.damaged(what));
      }
      return declared === 'word' ? (await import('./word.ts')).extractWord(data, zip, limits) : (await import('./spreadsheet.ts')).extractSpreadsheet(data, zip, limits);
    }
    case 'text':
    case 'email':
      if (sniffed === 'zip') return rejectZip(name, data, limits, describeFormat[declared]);
      if (sniffed === 'ole') throw mislabelled(name, 'ole');
      if (sniffed === 'binary') throw new ImportFailure(failures.damaged(describeFormat[declared]));
      return declared === 'text' ? (await import('./text.ts')).extractText(data, name, limits) : (await import('./email.ts')).extractEmail(data, limits, task.stagingDir);
    default: {
      const never: never = declared;
      return never;
    }
  }
}

/** A zip where another type was expected: name what it really is, if it is an Office file. */
async function rejectZip(name: string, data: Buffer, limits: ExtractTask['limits'], what: string): Promise<never> {
  const kind = zipKind(await inspectZip(data, what, limits.maxUnzippedBytes, limits.maxZipEntries).catch(() => ({ names: new Set<string>(), coreXml: null })));
  if (kind) throw mislabelled(name, kind);
  throw new ImportFailure(failures.damaged(what));
}

async function readWhole(path: string): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}
