/**
 * The pack as a Word document a council officer can edit: the pack title in the Title
 * style, sections in Heading 1 and areas in Heading 2 (so the navigation pane works),
 * findings as bulleted lists, tables with a repeating header row, language en-GB, and
 * fixed document dates and zip stamps so the same pack gives the same bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { clean, packBlocks, type Block, type FigureBlock, type ListItem, type ParaStyle, type TableBlock } from './blocks.ts';
import { chartPng } from './chart-png.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './charts.ts';
import type { Pack } from './model.ts';
import { packInstant } from './pdf.ts';
import { rezip } from './rezip.ts';

const TEAL = '1D4E5F';
const GREY = '505A5F';
const RULE = 'B1B4B6';
const SHADE = 'F3F2F1';
const FONT = 'Arial';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the pack's date as created and modified, and its language. */
function coreXml(pack: Pack): string {
  const stamp = packInstant(pack.asAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(clean(pack.title))}</dc:title>` +
    '<dc:subject>Evidence pack for the SEND revisit</dc:subject>' +
    '<dc:creator>Revisit Ready</dc:creator>' +
    '<cp:lastModifiedBy>Revisit Ready</cp:lastModifiedBy>' +
    '<cp:revision>1</cp:revision>' +
    '<dc:language>en-GB</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const headingLevel = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

const RTL = /^[^A-Za-z\u00C0-\u024F]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

function para(style: ParaStyle, text: string): Paragraph {
  const options: IParagraphOptions = {
    bidirectional: RTL.test(text),
    children: [new TextRun({ text, bold: style === 'judgement' || style === 'date', color: style === 'date' ? GREY : undefined })],
  };
  if (style === 'quote') return new Paragraph({ ...options, indent: { left: 360 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: RULE, space: 8 } } });
  if (style === 'note')
    return new Paragraph({ ...options, shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE }, border: { left: { style: BorderStyle.SINGLE, size: 24, color: '1D70B8', space: 6 } } });
  return new Paragraph({ ...options, spacing: style === 'judgement' ? { after: 240 } : undefined });
}

const bullet = (item: ListItem) =>
  new Paragraph({
    bullet: { level: 0 },
    children: [
      ...(item.lead ? [new TextRun({ text: `${item.lead} `, bold: true })] : []),
      new TextRun(item.text),
      ...(item.refs ? [new TextRun({ text: ` ${item.refs}`, bold: true, color: TEAL })] : []),
    ],
  });

function table(t: TableBlock): (Paragraph | Table)[] {
  const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
  const borders = { top: border, bottom: border, left: border, right: border };
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cell = (text: string, i: number, head: boolean, rowHead: boolean) =>
    new TableCell({
      borders,
      width: { size: Math.round((t.widths[i]! / total) * 5000), type: WidthType.PERCENTAGE },
      ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE } } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: head || rowHead, size: 18 })] })],
    });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: t.caption, bold: true })] }),
    new Table({
      width: { size: 5000, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: t.head.map((h, i) => cell(h, i, true, false)) }),
        ...t.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false, i === 0)) })),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** A chart as a picture with its text alternative, and its caption under it. */
function figure(f: FigureBlock, png: Buffer): Paragraph[] {
  const w = 600;
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: w, height: Math.round((w / CHART_WIDTH) * CHART_HEIGHT) },
          altText: { name: 'Chart', title: f.caption, description: f.alt },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: f.caption, size: 18, color: GREY })] }),
  ];
}

/** docx numbers drawings from a counter that lives as long as the process: number them from 1 in each document. */
function numberDrawings(xmlBytes: Buffer): Buffer {
  let n = 0;
  return Buffer.from(xmlBytes.toString('utf8').replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`), 'utf8');
}

function draw(block: Block, pngs: Map<string, Buffer>): (Paragraph | Table)[] {
  if (block.kind === 'figure') return figure(block, pngs.get(block.svg)!);
  if (block.kind === 'heading') return [new Paragraph({ heading: headingLevel[block.level], bidirectional: RTL.test(block.text), children: [new TextRun(block.text)] })];
  if (block.kind === 'para') return [para(block.style, block.text)];
  if (block.kind === 'list') return block.items.map(bullet);
  return table(block);
}

export async function renderDocx(pack: Pack): Promise<Buffer> {
  const small = { size: 16, color: GREY };
  const header = new Header({
    children: [
      new Paragraph({
        children: [new TextRun({ text: `Evidence pack: ${clean(pack.localArea)}, as at ${pack.dateText}`, ...small })],
      }),
      ...(pack.draft
        ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'DRAFT', bold: true, size: 48, color: 'D4351C' })] })]
        : []),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ ...small, children: [pack.draft ? 'DRAFT: not final. Page ' : 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const blocks = packBlocks(pack);
  const pngs = new Map<string, Buffer>();
  for (const b of blocks) if (b.kind === 'figure' && !pngs.has(b.svg)) pngs.set(b.svg, await chartPng(b.svg));
  const doc = new Document({
    title: clean(pack.title),
    subject: 'Evidence pack for the SEND revisit',
    creator: 'Revisit Ready',
    lastModifiedBy: 'Revisit Ready',
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 40, bold: true, color: TEAL }, paragraph: { spacing: { after: 200 } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: TEAL }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 25, bold: true, color: '0B0C0C' }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1300, bottom: 1300, left: 1250, right: 1250 } } },
        headers: { default: header },
        footers: { default: footer },
        children: blocks.flatMap((b) => draw(b, pngs)),
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  return rezip(packed, pack.asAt, { 'docProps/core.xml': Buffer.from(coreXml(pack), 'utf8'), 'word/document.xml': numberDrawings });
}
