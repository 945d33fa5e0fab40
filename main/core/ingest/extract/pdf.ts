import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument, PDFWorker, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { pdfDate } from '../dates.ts';
import { failures, ImportFailure, notes } from '../failure.ts';
import type { IngestLimits } from '../limits.ts';
import { capParts, cleanText } from './text-tools.ts';
import type { Extracted, TextPart } from './types.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const cMapUrl = join(pdfjsRoot, 'cmaps') + sep;

interface TextItem {
  str?: string;
  hasEOL?: boolean;
  /** The font's height on the page. */
  height?: number;
}

/** A page's text items → lines of text. */
export function pageText(items: readonly TextItem[]): string {
  let out = '';
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    out += item.str;
    if (item.hasEOL) out += '\n';
  }
  return cleanText(out);
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
    if (typeof item.str !== 'string') continue;
    const size = Math.round((item.height ?? 0) * 10) / 10;
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

const infoString = (info: Record<string, unknown>, key: string) => {
  const v = info[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

// pdf.js runs its parser in a "fake worker" on this thread. It takes the parser from
// globalThis.pdfjsWorker when there is one, rather than importing it by a path of its own,
// a path that does not exist once the Electron build has bundled pdf.js into one file.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;
// Setting up a fake worker for each document costs time, so every document read on this
// thread shares one.
let sharedWorker: PDFWorker | null = null;
const pdfWorker = () => {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new PDFWorker({ verbosity: VerbosityLevel.ERRORS });
  return sharedWorker;
};

/** Text per page, page count, Title, Author and CreationDate of a PDF, with pdf.js. */
export async function extractPdf(data: Uint8Array, limits: IngestLimits): Promise<Extracted> {
  const task = getDocument({
    data,
    worker: pdfWorker(),
    // No standardFontDataUrl: for text, pdf.js takes the widths of the 14 standard fonts
    // (Helvetica, Times…) from its built-in metrics; their font files only matter for
    // drawing glyphs, and parsing one for every document cost about 3-5% of the time.
    cMapUrl,
    cMapPacked: true,
    verbosity: VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      if (name === 'PasswordException') throw new ImportFailure(failures.encryptedPdf());
      throw new ImportFailure(failures.damaged('PDF'));
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const parts: TextPart[] = [];
    let unreadable = 0;
    let chars = 0;
    let cut = false;
    let heading: string | null = null;
    // One page at a time: pdf.js parses on this thread, so asking for several pages at once
    // was measured to gain nothing, and would hold more pages in memory.
    for (let n = 1; n <= doc.numPages; n++) {
      let text = '';
      try {
        const page = await doc.getPage(n);
        const items = (await page.getTextContent()).items as TextItem[];
        text = pageText(items);
        if (n === 1) heading = headingOf(items);
        page.cleanup();
      } catch {
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
      parts.length === 0 && unreadable < doc.numPages ? notes.noTextInPdf() : '',
      unreadable ? notes.somePagesUnreadable(unreadable) : '',
      cut || capped.cut ? notes.textCut(`the first ${capped.kept.at(-1)?.page ?? 0} pages`) : '',
    ];
    return {
      format: 'pdf',
      pageCount: doc.numPages,
      parts: capped.kept,
      documentTitle: infoString(info, 'Title'),
      firstHeading: heading,
      documentDate: pdfDate(info['CreationDate']),
      author: infoString(info, 'Author'),
      note: noteList.filter(Boolean).join(' '),
      attachments: [],
    };
  } finally {
    await task.destroy();
  }
}
