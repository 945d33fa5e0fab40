/**
 * The pack as a tagged PDF (PDF/UA-minded): a structure tree of H1/H2/H3, P, L/LI and
 * Table/TR/TH/TD in reading order, language en-GB, the title shown in the window, fonts
 * embedded (Liberation Sans, shipped with pdfjs-dist, OFL), page numbers and the draft
 * mark drawn as artifacts, and fixed dates so the same pack gives the same bytes.
 * pdfkit does not reorder right-to-left text, and the embedded font has no Arabic or
 * emoji glyphs: such characters draw as blanks, so headings, paragraphs and list items
 * that hold them carry the real text as ActualText for assistive technology.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { clean, packBlocks, type Block, type FigureBlock, type ListItem, type ParaStyle, type TableBlock } from './blocks.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './charts.ts';
import type { Pack } from './model.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const fontDir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts');
const REGULAR = join(fontDir, 'LiberationSans-Regular.ttf');
const BOLD = join(fontDir, 'LiberationSans-Bold.ttf');

const INK = '#0b0c0c';
const TEAL = '#1d4e5f';
const GREY = '#505a5f';
const RULE = '#b1b4b6';
const SHADE = '#f3f2f1';
const BODY = 10.5;
const GAP = 2.5;

/** The pack's date at noon UTC: the same instant in every time zone. */
export const packInstant = (asAt: string) => new Date(`${asAt}T12:00:00Z`);

export function renderPdf(pack: Pack): Promise<Buffer> {
  const when = packInstant(pack.asAt);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 68, right: 68 },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: { Title: clean(pack.title), Author: clean(pack.localArea), Subject: 'Evidence pack for the SEND revisit', Creator: 'Revisit Ready', Producer: 'Revisit Ready', CreationDate: when, ModDate: when },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.font('body').fontSize(BODY).fillColor(INK).lineGap(GAP);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const blocks = packBlocks(pack);
  blocks.forEach((block, i) => draw(doc, root, block, blocks.slice(i + 1, i + 4)));
  root.end();
  decorate(doc, pack);
  doc.end();
  return done;
}

const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const left = (doc: Doc) => doc.page.margins.left;
const room = (doc: Doc) => doc.page.height - doc.page.margins.bottom - doc.y;

/** Starts a new page unless `height` points fit on this one. */
function keep(doc: Doc, height: number) {
  if (room(doc) < height) doc.addPage();
}

interface FontWithGlyphs {
  font?: { hasGlyphForCodePoint?: (cp: number) => boolean };
}

/** The text if the current font lacks a glyph for any of its characters (so it needs ActualText). */
function undrawable(doc: Doc, text: string): string | undefined {
  const font = (doc as unknown as { _font?: FontWithGlyphs })._font?.font;
  if (!font?.hasGlyphForCodePoint) return undefined;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x20 && !font.hasGlyphForCodePoint(cp)) return text;
  }
  return undefined;
}

/** One structure element of `type` holding what `paint` draws, with ActualText where needed. */
function tag(doc: Doc, parent: Struct, type: string, text: string, paint: () => void) {
  const actual = undrawable(doc, text);
  parent.add(doc.struct(type, actual ? { actual } : {}, [paint]));
}

/** Vector decoration that is not content: marked as an artifact so readers skip it. */
function artifact(doc: Doc, paint: () => void) {
  doc.markContent('Artifact', { type: 'Layout' });
  paint();
  doc.endMarkedContent();
}

function draw(doc: Doc, root: Struct, block: Block, next: readonly Block[]) {
  if (block.kind === 'heading') return heading(doc, root, block.level, block.text, leadHeight(doc, next));
  if (block.kind === 'para') return para(doc, root, block.style, block.text);
  if (block.kind === 'list') return list(doc, root, block.items);
  if (block.kind === 'figure') return figure(doc, root, block);
  return table(doc, root, block);
}

/** A chart's height on the page with its caption. */
function figureHeight(doc: Doc, f: FigureBlock) {
  const w = width(doc);
  doc.font('body').fontSize(9);
  return (w / CHART_WIDTH) * CHART_HEIGHT + doc.heightOfString(f.caption, { width: w }) + 12;
}

/**
 * What must share a page with a heading, so it is not left alone at the foot of a page:
 * the short paragraphs after it and then the chart, the start of the table (its caption,
 * header and first rows) or the first item of the list that follows. 0 when a heading
 * comes next (that heading keeps its own company).
 */
function leadHeight(doc: Doc, next: readonly Block[]): number {
  const cap = (doc.page.height - doc.page.margins.top - doc.page.margins.bottom) * 0.6;
  let height = 0;
  let first = 0;
  for (const b of next) {
    if (b.kind === 'figure') return Math.min(cap, height + figureHeight(doc, b));
    if (b.kind === 'table') return Math.min(cap, height + tableLead(doc, b));
    if (b.kind === 'list') {
      const item = b.items[0];
      doc.font('body').fontSize(BODY);
      return Math.min(cap, height + (item ? Math.min(200, doc.heightOfString(listText(item), { width: width(doc) - 16 })) + 8 : 0));
    }
    if (b.kind !== 'para') break;
    doc.font('body').fontSize(BODY);
    const h = doc.heightOfString(b.text, { width: width(doc) }) + 6;
    if (!first) first = h;
    height += h;
  }
  // Only paragraphs follow: the first of them (or its first lines).
  return Math.min(first, 4 * (BODY + GAP + 2));
}

const listText = (item: ListItem) => `${item.lead ? `${item.lead} ` : ''}${item.text}${item.refs ? ` ${item.refs}` : ''}`;

function heading(doc: Doc, root: Struct, level: 1 | 2 | 3, text: string, lead = 0) {
  const size = level === 1 ? 20 : level === 2 ? 15 : 12.5;
  doc.font('bold').fontSize(size);
  const before = level === 1 ? 4 : level === 2 ? 20 : 14;
  // Keep a heading with the start of what follows (for a section heading, its first area's heading too).
  const follow = Math.max(level === 2 ? 150 : 4 * (BODY + GAP + 2), lead);
  keep(doc, before + doc.heightOfString(text, { width: width(doc) }) + follow);
  if (doc.y > doc.page.margins.top) doc.y += before;
  doc.fillColor(level === 3 ? INK : TEAL);
  tag(doc, root, `H${level}`, text, () => doc.text(text, left(doc), doc.y, { width: width(doc) }));
  if (level === 2) {
    const y = doc.y + 2;
    artifact(doc, () => doc.moveTo(left(doc), y).lineTo(left(doc) + width(doc), y).lineWidth(0.75).strokeColor(RULE).stroke());
    doc.y += 6;
  } else doc.y += level === 1 ? 8 : 4;
  doc.font('body').fontSize(BODY).fillColor(INK);
}

function para(doc: Doc, root: Struct, style: ParaStyle, text: string) {
  const boxed = style === 'quote' || style === 'note';
  const indent = boxed ? 12 : 0;
  const w = width(doc) - indent - (style === 'note' ? 8 : 0);
  doc.font(style === 'judgement' || style === 'date' ? 'bold' : 'body').fontSize(BODY);
  const height = doc.heightOfString(text, { width: w });
  if (height < 200) keep(doc, height + 6);
  const x = left(doc) + indent;
  if (boxed && height + 8 <= room(doc)) {
    const top = doc.y - 3;
    artifact(doc, () => {
      if (style === 'note') doc.rect(left(doc), top, width(doc), height + 6).fill(SHADE);
      doc.rect(left(doc), top, 3.5, height + 6).fill(style === 'note' ? '#1d70b8' : RULE);
    });
  }
  doc.fillColor(style === 'date' ? GREY : INK);
  tag(doc, root, 'P', text, () => doc.text(text, x, doc.y, { width: w }));
  doc.y += style === 'judgement' ? 10 : 6;
  doc.font('body').fillColor(INK);
}

function list(doc: Doc, root: Struct, items: ListItem[]) {
  const L = doc.struct('L');
  root.add(L);
  const indent = 16;
  const w = width(doc) - indent;
  for (const item of items) {
    const text = listText(item);
    doc.font('body').fontSize(BODY);
    const h = doc.heightOfString(text, { width: w });
    if (h < 200) keep(doc, h + 4);
    const li = doc.struct('LI');
    L.add(li);
    const y = doc.y;
    li.add(doc.struct('Lbl', {}, [() => doc.font('body').fillColor(INK).text('•', left(doc) + 4, y, { width: 10, lineBreak: false })]));
    doc.y = y;
    li.add(
      doc.struct('LBody', undrawable(doc, text) ? { actual: text } : {}, [
        () => {
          doc.x = left(doc) + indent;
          if (item.lead) doc.font('bold').text(`${item.lead} `, left(doc) + indent, y, { width: w, continued: true });
          doc.font('body').text(`${item.text}${item.refs ? ' ' : ''}`, item.lead ? undefined : left(doc) + indent, item.lead ? undefined : y, { width: w, continued: !!item.refs });
          if (item.refs) doc.font('bold').fillColor(TEAL).text(item.refs).fillColor(INK);
        },
      ]),
    );
    li.end();
    doc.font('body');
    doc.x = left(doc);
    doc.y += 4;
  }
  L.end();
  doc.y += 4;
}

/** A chart: drawn from its SVG as vector graphics, tagged as one Figure with its text alternative. */
function figure(doc: Doc, root: Struct, f: FigureBlock) {
  const w = width(doc);
  const h = (w / CHART_WIDTH) * CHART_HEIGHT;
  keep(doc, figureHeight(doc, f));
  const top = doc.y;
  root.add(
    doc.struct('Figure', { alt: f.alt }, [
      () =>
        SVGtoPDF(doc, f.svg, left(doc), top, {
          width: w,
          height: h,
          assumePt: false,
          fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'body'),
        }),
    ]),
  );
  doc.x = left(doc);
  doc.y = top + h + 4;
  // The chart's drawing leaves its own font and size behind.
  doc.font('body').fontSize(9).fillColor(GREY);
  tag(doc, root, 'P', f.caption, () => doc.text(f.caption, left(doc), doc.y, { width: w }));
  doc.font('body').fontSize(BODY).fillColor(INK);
  doc.y += 8;
}

interface Cell {
  text: string;
  head: boolean;
}

const PAD_X = 4;
const PAD_Y = 3;
const CELL = 9;

/** The height a row needs, and each cell's font. */
function rowHeight(doc: Doc, cells: Cell[], widths: number[]) {
  let h = 0;
  cells.forEach((c, i) => {
    doc.font(c.head ? 'bold' : 'body').fontSize(CELL);
    h = Math.max(h, doc.heightOfString(c.text || ' ', { width: widths[i]! - 2 * PAD_X, lineGap: 1 }));
  });
  return h + 2 * PAD_Y;
}

/**
 * One row at doc.y: each cell a TH or TD (or, for a repeated header, an artifact) drawn
 * within the row's height, cut with an ellipsis if one row would outrun a page.
 */
function drawRow(doc: Doc, row: Struct | null, cells: Cell[], widths: number[], height: number, shade: boolean) {
  const y = doc.y;
  let x = left(doc);
  artifact(doc, () => {
    let bx = x;
    for (const w of widths) {
      if (shade) doc.rect(bx, y, w, height).fill(SHADE);
      doc.rect(bx, y, w, height).lineWidth(0.5).strokeColor(RULE).stroke();
      bx += w;
    }
  });
  cells.forEach((c, i) => {
    const w = widths[i]!;
    const paint = () =>
      doc
        .font(c.head ? 'bold' : 'body')
        .fontSize(CELL)
        .fillColor(INK)
        .text(c.text, x + PAD_X, y + PAD_Y, { width: w - 2 * PAD_X, height: height - 2 * PAD_Y, ellipsis: true, lineGap: 1 });
    if (row) {
      const cell = doc.struct(c.head ? 'TH' : 'TD', undrawable(doc, c.text) ? { actual: c.text } : {}, [paint]);
      if (c.head) (cell as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data['A'] = { O: 'Table', Scope: shade ? 'Column' : 'Row' };
      row.add(cell);
    } else artifact(doc, paint);
    x += w;
  });
  doc.x = left(doc);
  doc.y = y + height;
}

/** Table widths in points. */
const tableWidths = (doc: Doc, t: TableBlock) => {
  const total = t.widths.reduce((a, b) => a + b, 0);
  return t.widths.map((w) => (w / total) * width(doc));
};
const rowCells = (r: readonly string[]): Cell[] => r.map((text, i) => ({ text, head: i === 0 }));

/** The height of a table's start that must stay together: its caption, header and first two rows (or all, if fewer). */
function tableLead(doc: Doc, t: TableBlock): number {
  const widths = tableWidths(doc, t);
  const full = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  doc.font('bold').fontSize(BODY);
  let h = doc.heightOfString(t.caption, { width: width(doc) }) + 3 + rowHeight(doc, t.head.map((text) => ({ text, head: true })), widths);
  for (const r of t.rows.slice(0, 2)) h += rowHeight(doc, rowCells(r), widths);
  return Math.min(h, full / 2);
}

/**
 * A table: caption, a header row repeated (as an artifact) on each new page, rows kept
 * whole. The caption and header never end a page without at least two rows, and the
 * last row never starts a page alone: the row before it goes over with it.
 */
function table(doc: Doc, root: Struct, t: TableBlock) {
  const widths = tableWidths(doc, t);
  const head: Cell[] = t.head.map((text) => ({ text, head: true }));
  const headHeight = rowHeight(doc, head, widths);
  keep(doc, Math.max(tableLead(doc, t), 40 + headHeight + 3 * (CELL + 2 * PAD_Y + 4)) + 4);
  doc.font('bold').fontSize(BODY);
  const T = doc.struct('Table');
  root.add(T);
  T.add(doc.struct('Caption', {}, [() => doc.fillColor(INK).text(t.caption, left(doc), doc.y, { width: width(doc) })]));
  doc.y += 3;
  const headRow = doc.struct('TR');
  T.add(headRow);
  drawRow(doc, headRow, head, widths, headHeight, true);
  headRow.end();
  const full = doc.page.height - doc.page.margins.top - doc.page.margins.bottom - headHeight;
  const heights = t.rows.map((r) => Math.min(rowHeight(doc, rowCells(r), widths), full));
  t.rows.forEach((r, i) => {
    const height = heights[i]!;
    // The last two rows (of three or more) go together, so the last is not alone on a page.
    const pair = i === t.rows.length - 2 && i >= 2 ? height + heights[i + 1]! : height;
    if (height > room(doc) || (pair > room(doc) && pair <= full)) {
      doc.addPage();
      drawRow(doc, null, head, widths, headHeight, true);
    }
    const tr = doc.struct('TR');
    T.add(tr);
    drawRow(doc, tr, rowCells(r), widths, height, false);
    tr.end();
  });
  T.end();
  doc.font('body').fontSize(BODY).fillColor(INK);
  doc.x = left(doc);
  doc.y += 12;
}

/** Running header, "Page n of m" and the draft mark on every page, once all pages exist. */
function decorate(doc: Doc, pack: Pack) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const x = left(doc);
    const w = width(doc);
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('body').fontSize(8).fillColor(GREY);
    doc.text(`Evidence pack: ${clean(pack.localArea)}`, x, 40, { width: w - 120, lineBreak: false, height: 10, ellipsis: true });
    doc.text(`As at ${pack.dateText}`, x + w - 120, 40, { width: 120, align: 'right', lineBreak: false });
    doc.moveTo(x, 53).lineTo(x + w, 53).lineWidth(0.5).strokeColor(RULE).stroke();
    const y = doc.page.height - 48;
    doc.text(pack.draft ? 'DRAFT: not final' : 'Revisit Ready', x, y, { width: w - 120, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, x + w - 120, y, { width: 120, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    if (pack.draft) {
      doc.markContent('Artifact', { type: 'Layout' });
      doc.save();
      doc.rotate(-35, { origin: [doc.page.width / 2, doc.page.height / 2] });
      doc.font('bold').fontSize(110).fillColor('#d4351c').fillOpacity(0.1);
      doc.text('DRAFT', 0, doc.page.height / 2 - 55, { width: doc.page.width, align: 'center', lineBreak: false });
      doc.restore();
      doc.endMarkedContent();
    }
    doc.page.margins.bottom = saved;
  }
}
