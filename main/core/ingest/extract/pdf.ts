import { pdfDate } from '../dates.ts';
import { failures, ImportFailure, notes } from '../failure.ts';
import type { IngestLimits } from '../limits.ts';
import { PdfiumDocument, PdfiumError, PdfiumOpenError, resetPdfium } from './pdfium.ts';
import { capParts, cleanText } from './text-tools.ts';
import type { Extracted, TextPart } from './types.ts';

/** A run of text set in one size; `hasEOL` when a line ends after it. */
export interface TextItem {
  str: string;
  hasEOL: boolean;
  /** The font's size in points. */
  height: number;
}

/**
 * A page's text and each character's font size → runs of one size, ending at line ends.
 * Characters PDFium adds (the spaces and line breaks it infers) have size 0 and join the run
 * they fall in.
 */
export function sizedRuns(text: string, sizes: ArrayLike<number>): TextItem[] {
  const items: TextItem[] = [];
  let run: TextItem = { str: '', hasEOL: false, height: 0 };
  const end = (eol: boolean) => {
    run.hasEOL = eol;
    if (run.str || eol) items.push(run);
    run = { str: '', hasEOL: false, height: 0 };
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\r') continue;
    if (ch === '\n') {
      end(true);
      continue;
    }
    const size = sizes[i] ?? 0;
    if (size > 0 && run.height > 0 && Math.abs(size - run.height) > 0.05) end(false);
    if (size > 0) run.height = size;
    run.str += ch;
  }
  end(false);
  return items;
}

/**
 * The first page's heading: the opening lines set in the largest type, when that is larger
 * than most of the page's text. Null when nothing stands out (a page all in one size).
 */
export function headingOf(items: readonly TextItem[]): string | null {
  const lines: { text: string; size: number }[] = [];
  let line = { text: '', size: 0 };
  const sizes = new Map<number, number>(); // rounded size → characters set in it
  for (const item of items) {
    const size = Math.round(item.height * 10) / 10;
    if (item.str.trim()) {
      line.size = Math.max(line.size, size);
      sizes.set(size, (sizes.get(size) ?? 0) + item.str.length);
    }
    line.text += item.str;
    if (item.hasEOL) {
      lines.push(line);
      line = { text: '', size: 0 };
    }
  }
  lines.push(line);
  const body = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const opening = lines.slice(0, 30).filter((l) => /\p{L}{2}/u.test(l.text));
  const largest = Math.max(0, ...opening.map((l) => l.size));
  if (largest <= body * 1.15) return null;
  // The largest type (a letterhead above it is usually smaller), with the lines that continue it.
  const start = lines.findIndex((l) => l.size === largest && /\p{L}{2}/u.test(l.text));
  let text = '';
  for (let i = start; i < Math.min(lines.length, start + 3) && lines[i]!.size === largest; i++) text += ` ${lines[i]!.text}`;
  text = text.replace(/\s+/g, ' ').trim();
  return text.length >= 3 && text.length <= 200 ? text : null;
}

/** Documents larger than this have their WebAssembly memory given back when done. */
const LARGE_BYTES = 64 * 1024 ** 2;

/** PDFium ran out of WebAssembly memory, or aborted (a WebAssembly.RuntimeError). */
const isWasmFailure = (e: unknown): e is Error => e instanceof RangeError || (e instanceof Error && e.name === 'RuntimeError');

/** What a failure inside PDFium means for the user. */
function failureOf(e: unknown): unknown {
  if (e instanceof PdfiumOpenError) {
    const locked = e.code === PdfiumError.password || e.code === PdfiumError.security;
    return new ImportFailure(locked ? failures.encryptedPdf() : failures.damaged('PDF'));
  }
  if (isWasmFailure(e)) {
    resetPdfium();
    return new ImportFailure(/memory|OOM/i.test(e.message) ? failures.outOfMemory() : failures.damaged('PDF'));
  }
  return e;
}

/**
 * Text per page, page count, Title, Author and CreationDate of a PDF, with PDFium (see
 * pdfium.ts; chosen over pdf.js for reading text because it takes about a third of the CPU
 * time: bench/results.md).
 */
export async function extractPdf(data: Uint8Array, limits: IngestLimits): Promise<Extracted> {
  try {
    return read(await PdfiumDocument.open(data), limits);
  } catch (e) {
    throw failureOf(e);
  } finally {
    if (data.length > LARGE_BYTES) resetPdfium();
  }
}

function read(doc: PdfiumDocument, limits: IngestLimits): Extracted {
  try {
    const pageCount = doc.pageCount;
    const parts: TextPart[] = [];
    let unreadable = 0;
    let chars = 0;
    let cut = false;
    let heading: string | null = null;
    for (let n = 1; n <= pageCount; n++) {
      let text = '';
      try {
        const page = doc.pageText(n - 1, n === 1);
        // PDFium joins a word hyphenated at a line end and marks where the hyphen was (U+FFFE).
        text = cleanText(page.text.replaceAll('\ufffe', ''));
        if (page.sizes) heading = headingOf(sizedRuns(page.text, page.sizes));
      } catch (e) {
        if (isWasmFailure(e)) throw e;
        unreadable++;
      }
      if (chars + text.length > limits.maxTextChars) {
        cut = true;
        break;
      }
      chars += text.length;
      if (text.trim()) parts.push({ page: n, label: null, text });
    }
    const capped = capParts(parts, limits.maxTextChars);
    const noteList = [
      parts.length === 0 && unreadable < pageCount ? notes.noTextInPdf() : '',
      unreadable ? notes.somePagesUnreadable(unreadable) : '',
      cut || capped.cut ? notes.textCut(`the first ${capped.kept.at(-1)?.page ?? 0} pages`) : '',
    ];
    return {
      format: 'pdf',
      pageCount,
      parts: capped.kept,
      documentTitle: doc.meta('Title'),
      firstHeading: heading,
      documentDate: pdfDate(doc.meta('CreationDate')),
      author: doc.meta('Author'),
      note: noteList.filter(Boolean).join(' '),
      attachments: [],
    };
  } finally {
    doc.close();
  }
}
