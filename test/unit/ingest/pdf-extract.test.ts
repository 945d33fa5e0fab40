// The PDF reader on its own (PDFium, one WebAssembly module per thread shared by every
// document): pages come back in order with their words separated, the document's own details
// are read, the heading is found by its type size, and the text limit cuts at a page boundary.
import { describe, expect, it } from 'vitest';
import { extractPdf, sizedRuns } from '../../../main/core/ingest/extract/pdf.ts';
import { defaultLimits } from '../../../main/core/ingest/limits.ts';
import { makePdf } from '../../helpers/ingest-fixtures.ts';

const pageTexts = Array.from(
  { length: 9 },
  (_, i) => `Page ${i + 1} of the written statement of action. EHC plans issued within 20 weeks, co-production with the parent carer forum, and the local offer.`,
);
/** The empty page is left out of the parts, and the numbering still counts it. */
const pages = [...pageTexts.slice(0, 6), '', ...pageTexts.slice(6)];
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function checks() {
  it('returns every page in order, its words separated as written, document after document', async () => {
    const x = await extractPdf(new Uint8Array(await makePdf({ title: 'Written statement', pages })), defaultLimits);
    expect(x.pageCount).toBe(10);
    expect(x.documentTitle).toBe('Written statement');
    expect(x.parts.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10]);
    expect(x.parts.map((p) => oneLine(p.text))).toEqual(pageTexts);
    expect(x.note).toBe('');
    // A second document read by the same (shared) pdf.js worker is read just as well.
    const y = await extractPdf(new Uint8Array(await makePdf({ title: 'Second', pages: [pageTexts[8]!] })), defaultLimits);
    expect(y).toMatchObject({ pageCount: 1, documentTitle: 'Second' });
    expect(y.parts.map((p) => oneLine(p.text))).toEqual([pageTexts[8]]);
  });

  it('finds the first page’s heading by its larger type, and none on a page all in one size', async () => {
    const minutes = await extractPdf(
      new Uint8Array(await makePdf({ title: 'about:blank', heading: ['SEND Improvement Board – minutes of', 'the meeting on 12 September 2024'], pages: [pageTexts[0]!, pageTexts[1]!] })),
      defaultLimits,
    );
    // A heading set over two lines is one heading.
    expect(minutes.firstHeading).toBe('SEND Improvement Board – minutes of the meeting on 12 September 2024');
    expect(minutes.documentTitle).toBe('about:blank');
    const plain = await extractPdf(new Uint8Array(await makePdf({ pages: [pageTexts[0]!] })), defaultLimits);
    expect(plain.firstHeading).toBeNull();
  });

  it('stops at the last whole page that fits the text limit', async () => {
    const limit = pageTexts[0]!.length * 3 + 10;
    const x = await extractPdf(new Uint8Array(await makePdf({ pages })), { ...defaultLimits, maxTextChars: limit });
    expect(x.parts.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(x.pageCount).toBe(10);
    expect(x.note).toBe('This file holds a great deal of text; only the first 3 pages can be searched.');
  });
}

describe('reading a PDF', checks);

describe('reading a PDF: details and text beyond plain ASCII', () => {
  it('reads the author, the creation date, and curly quotes, dashes and accents as written', async () => {
    const text = 'The parent carer forum’s “co-production” charter – agreed at Café Ten, 12 September 2024.';
    const x = await extractPdf(
      new Uint8Array(await makePdf({ title: 'Charter', author: 'Priya Shah', created: new Date('2024-09-13T10:00:00Z'), pages: [text] })),
      defaultLimits,
    );
    expect(x).toMatchObject({ documentTitle: 'Charter', author: 'Priya Shah', documentDate: '2024-09-13', pageCount: 1, note: '' });
    expect(x.parts.map((p) => oneLine(p.text))).toEqual([text]);
  });

  it('joins a word hyphenated at the end of a line, so search finds it whole', async () => {
    const x = await extractPdf(new Uint8Array(await makePdf({ pages: ['The panel checks the manip-\nulation of figures.'] })), defaultLimits);
    expect(oneLine(x.parts[0]!.text)).toBe('The panel checks the manipulation of figures.');
  });

  it('a PDF with no text on any page says it may be a scan', async () => {
    const x = await extractPdf(new Uint8Array(await makePdf({ pages: ['', ''] })), defaultLimits);
    expect(x).toMatchObject({ pageCount: 2, parts: [], note: 'No text was found in this PDF (it may be a scan), so only its title and details can be searched.' });
  });
});

describe('sizedRuns: a page’s characters and their sizes → runs of one size', () => {
  it('splits where the size changes and at line ends; characters PDFium added (size 0) join the run they fall in', () => {
    const text = 'Big Title\r\nBody text';
    const sizes = [20, 20, 20, 0, 20, 20, 20, 20, 20, 0, 0, 11, 11, 11, 11, 0, 11, 11, 11, 11];
    expect(sizedRuns(text, sizes)).toEqual([
      { str: 'Big Title', hasEOL: true, height: 20 },
      { str: 'Body text', hasEOL: false, height: 11 },
    ]);
    expect(sizedRuns('Aa', [20, 11])).toEqual([
      { str: 'A', hasEOL: false, height: 20 },
      { str: 'a', hasEOL: false, height: 11 },
    ]);
  });
});
