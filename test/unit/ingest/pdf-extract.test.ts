// The PDF reader on its own, as tuned for speed (one pdf.js worker shared by every document,
// no standard font files, and in the extraction worker no DecompressionStream): pages come
// back in order with their words separated, and the text limit still cuts at a page boundary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../../../main/core/ingest/extract/pdf.ts';
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

// The extraction worker removes DecompressionStream so pdf.js inflates with its own decoder.
describe('reading a PDF without DecompressionStream, as the extraction worker does', () => {
  const g = globalThis as { DecompressionStream?: unknown };
  const saved = g.DecompressionStream;
  beforeAll(() => {
    delete g.DecompressionStream;
  });
  afterAll(() => {
    g.DecompressionStream = saved;
  });
  checks();
});
