/**
 * Writes the example library that ships with the app: resources/example/seed.json and
 * the files it attaches (PDF, Word, CSV, text, email) in resources/example/files/.
 *
 *   npm exec -- node scripts/make-example-files.ts            # write into resources/example
 *   npm exec -- node scripts/make-example-files.ts --out DIR  # write somewhere else
 *
 * All the words come from scripts/example-content/. The output is meant to be the same
 * bytes on every run: PDF and Word dates come from each item's as-at date, never the
 * clock, and Word zips are written with a fixed timestamp.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { areas, assessment, items, library } from './example-content/index.ts';
import type { Block, CsvSpec, ItemSpec, WrittenSpec } from './example-content/index.ts';
import { statusPresets } from '../shared/schemas/actions.ts';
import { formatSeriesValue } from '../shared/series/format.ts';
import { rezip } from '../main/core/export/rezip.ts';
import { voiceGroup } from '../shared/schemas/feedback.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultOut = path.resolve(here, '..', 'resources', 'example');

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2023-09-14" → "14 September 2023", as inspectors write dates. */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Nine in the morning, UTC, on the given day: a fixed time for document metadata. */
function fixedTime(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 9, 0, 0));
}

/** The date an undated item's files carry: the day the WSoA was declared fit for purpose. */
function itemDate(item: ItemSpec): string {
  return item.asAt ?? library.wsoaFitDate;
}

const FOOTER_NOTE = 'Brackenford is a fictional local area. Example document for Revisit Ready.';

// ---------------------------------------------------------------- PDF

const TEAL = '#1d4e5f';
const GREY = '#555555';
const RULE = '#b9c6cb';
const SHADE = '#e4edf0';

export function makePdf(item: ItemSpec, spec: WrittenSpec): Promise<Buffer> {
  const date = itemDate(item);
  const when = fixedTime(date);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    pdfVersion: '1.7',
    bufferPages: true,
    displayTitle: true,
    lang: 'en-GB',
    info: {
      Title: item.title,
      Author: spec.org,
      Subject: spec.label,
      Creator: 'Revisit Ready example library',
      Producer: 'PDFKit',
      CreationDate: when,
      ModDate: when,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  // Letterhead.
  // Documents about one child carry the government marking for personal information.
  const marking = item.personalData ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL';
  doc.font('Helvetica-Bold').fontSize(11).fillColor(TEAL).text(spec.org, left, 48, { width: width - 130 });
  doc.font('Helvetica-Bold').fontSize(8).fillColor(GREY).text(marking, left + width - 120, 50, { width: 120, align: 'right' });
  doc.moveTo(left, 68).lineTo(left + width, 68).lineWidth(1.5).strokeColor(TEAL).stroke();
  doc.font('Helvetica').fontSize(9.5).fillColor(GREY).text(spec.label, left, 78, { width });
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#111111').text(spec.heading ?? item.title, { width });
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(11).fillColor(TEAL).text(ukDate(date), { width });
  doc.moveDown(0.8);

  for (const block of spec.blocks) renderPdfBlock(doc, block, left, width, ensure);

  // Footers, drawn inside the bottom margin once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    doc.moveTo(left, y - 6).lineTo(left + width, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('Helvetica').fontSize(7.5).fillColor(GREY);
    doc.text(FOOTER_NOTE, left, y, { width: width - 80, lineBreak: false });
    doc.text(`Page ${i - range.start + 1} of ${range.count}`, left + width - 80, y, { width: 80, align: 'right', lineBreak: false });
    doc.page.margins.bottom = saved;
  }
  doc.end();
  return done;
}

function renderPdfBlock(
  doc: PDFKit.PDFDocument,
  block: Block,
  left: number,
  width: number,
  ensure: (height: number) => void,
): void {
  const body = () => doc.font('Helvetica').fontSize(10.5).fillColor('#1a1a1a');
  if ('h' in block) {
    ensure(50);
    doc.moveDown(0.4);
    doc.font('Helvetica-Bold').fontSize(12.5).fillColor(TEAL).text(block.h, left, doc.y, { width });
    doc.moveDown(0.3);
  } else if ('p' in block) {
    body().text(block.p, left, doc.y, { width, lineGap: 2 });
    doc.moveDown(0.6);
  } else if ('bullets' in block) {
    for (const b of block.bullets) {
      body();
      ensure(doc.heightOfString(b, { width: width - 16, lineGap: 2 }));
      const y = doc.y;
      doc.text('•', left + 2, y, { width: 12, lineBreak: false });
      doc.text(b, left + 16, y, { width: width - 16, lineGap: 2 });
      doc.moveDown(0.25);
    }
    doc.moveDown(0.4);
  } else if ('meta' in block) {
    const keyW = 110;
    for (const [k, v] of block.meta) {
      doc.font('Helvetica').fontSize(9.5);
      const h = Math.max(doc.heightOfString(v, { width: width - keyW }), 12);
      ensure(h);
      const y = doc.y;
      doc.font('Helvetica-Bold').fillColor(GREY).text(k, left, y, { width: keyW - 8 });
      doc.font('Helvetica').fillColor('#1a1a1a').text(v, left + keyW, y, { width: width - keyW });
      doc.y = y + h + 3;
    }
    doc.moveDown(0.6);
  } else {
    drawTable(doc, block.table.head, block.table.rows, block.table.widths, left, width);
    doc.moveDown(0.8);
  }
}

function drawTable(
  doc: PDFKit.PDFDocument,
  head: string[],
  rows: string[][],
  widths: number[] | undefined,
  left: number,
  width: number,
): void {
  const cols = widths ?? head.map(() => width / head.length);
  const pad = 4;
  const size = 9.5;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const rowHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (cols[i] ?? 60) - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], bold: boolean) => {
    const h = rowHeight(cells, bold);
    if (doc.y + h > bottom()) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      const w = cols[i] ?? 60;
      if (bold) doc.rect(x, y, w, h).fill(SHADE);
      doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor('#1a1a1a');
      doc.text(c, x + pad, y + pad, { width: w - 2 * pad });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(head, true);
  for (const r of rows) {
    if (doc.y + rowHeight(r, false) > bottom()) {
      doc.addPage();
      drawRow(head, true);
    }
    drawRow(r, false);
  }
}

// ---------------------------------------------------------------- Word


function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function coreXml(item: ItemSpec, spec: WrittenSpec): string {
  const stamp = fixedTime(itemDate(item)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(item.title)}</dc:title>` +
    `<dc:subject>${xmlEscape(spec.label)}</dc:subject>` +
    `<dc:creator>${xmlEscape(spec.org)}</dc:creator>` +
    `<cp:lastModifiedBy>${xmlEscape(spec.org)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function docxBlocks(block: Block): (Paragraph | Table)[] {
  if ('h' in block) return [new Paragraph({ text: block.h, heading: HeadingLevel.HEADING_2 })];
  if ('p' in block) return [new Paragraph({ children: [new TextRun(block.p)], spacing: { after: 160 } })];
  if ('bullets' in block) return block.bullets.map((b) => new Paragraph({ text: b, bullet: { level: 0 } }));
  const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'B9C6CB' };
  const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };
  const row = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      children: cells.map(
        (c) =>
          new TableCell({
            borders,
            ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E4EDF0' } } : {}),
            children: [new Paragraph({ children: [new TextRun({ text: c, bold: head })] })],
          }),
      ),
    });
  if ('meta' in block) {
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: block.meta.map(([k, v]) => row([k, v], false)),
      }),
      new Paragraph(''),
    ];
  }
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(block.table.head, true), ...block.table.rows.map((r) => row(r, false))],
    }),
    new Paragraph(''),
  ];
}

export async function makeDocx(item: ItemSpec, spec: WrittenSpec): Promise<Buffer> {
  const doc = new Document({
    title: item.title,
    creator: spec.org,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: FOOTER_NOTE, size: 16, color: '555555' })] })] }),
        },
        children: [
          new Paragraph({ children: [new TextRun({ text: spec.org, bold: true, color: '1D4E5F' })] }),
          new Paragraph({ children: [new TextRun({ text: spec.label, color: '555555', size: 20 })], spacing: { after: 120 } }),
          new Paragraph({ text: spec.heading ?? item.title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            spacing: { after: 240 },
            children: [new TextRun({ text: ukDate(itemDate(item)), bold: true, color: '1D4E5F' })],
          }),
          ...spec.blocks.flatMap(docxBlocks),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(doc, undefined, [{ path: 'docProps/core.xml', data: coreXml(item, spec) }]);
  return rezip(packed, itemDate(item), {}, 9);
}


// ---------------------------------------------------------------- CSV and seed

export function toCsv(spec: CsvSpec): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return spec.rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The series details and values a data item's seed entry carries. */
function seedSeries(item: ItemSpec) {
  if (item.kind !== 'data') return {};
  if (!item.series) throw new Error(`The data item "${item.title}" has no series`);
  const { values, ...details } = item.series;
  return { series: { ...details, trendPeriods: details.trendPeriods ?? null, values: values.map((v) => ({ periodStart: v.periodStart, label: v.label, value: v.value, ...(v.note ? { note: v.note } : {}) })) } };
}

/** The feedback details a feedback item's seed entry carries; "you said, we did" names the answering item by title. */
function seedFeedback(item: ItemSpec) {
  if (item.kind !== 'feedback') return {};
  if (!item.feedback) throw new Error(`The feedback item "${item.title}" has no feedback details`);
  const { answeredBy, ...details } = item.feedback;
  if (answeredBy !== undefined && !items.some((i) => i.title === answeredBy)) throw new Error(`"${item.title}" is answered by a missing item "${answeredBy}"`);
  return { feedback: { ...details, answeredBy: answeredBy ?? null } };
}

/** All the words of an item's files, as one string with single spaces, for checking quotes. */
function fileText(item: ItemSpec): string {
  const parts: string[] = [];
  for (const f of item.files) {
    if (f.type === 'text') parts.push(f.text);
    else if (f.type === 'csv') parts.push(...f.rows.flat().map(String));
    else
      for (const b of f.blocks) {
        if ('h' in b) parts.push(b.h);
        else if ('p' in b) parts.push(b.p);
        else if ('bullets' in b) parts.push(...b.bullets);
        else if ('meta' in b) parts.push(...b.meta.flat());
        else parts.push(...b.table.head, ...b.table.rows.flat());
      }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

const itemByTitle = (title: string, what: string): ItemSpec => {
  const item = items.find((i) => i.title === title);
  if (!item) throw new Error(`${what} names a missing item "${title}"`);
  return item;
};

const linkedTo = (item: ItemSpec, area: string) => item.links.some((l) => l.area === area);

/**
 * The assessment part of the seed: excerpts (a figure's quote written as the app writes
 * it), findings citing items by title and excerpts by key, judgements, actions and
 * stocktakes. Everything it names is checked here, so seed.json cannot drift from the items.
 */
export function seedAssessment() {
  const codes = new Set(areas.map((a) => a.code));
  const area = (code: string, what: string) => {
    if (!codes.has(code)) throw new Error(`${what} names a missing area ${code}`);
    return code;
  };
  const excerpts = assessment.excerpts.map((x) => {
    const item = itemByTitle(x.item, `The excerpt "${x.key}"`);
    if (x.area !== null) {
      area(x.area, `The excerpt "${x.key}"`);
      if (!linkedTo(item, x.area)) throw new Error(`The excerpt "${x.key}" is for ${x.area}, but its item is not linked to it`);
    }
    let quote: string;
    if (x.dataPoint !== undefined) {
      const value = item.series?.values.find((v) => v.label === x.dataPoint);
      if (!item.series || !value) throw new Error(`The excerpt "${x.key}" names a figure "${x.dataPoint}" its item does not have`);
      quote = `${item.title}: ${formatSeriesValue(value.value, item.series.unit)} in ${value.label}`;
    } else {
      quote = x.quote;
      if (!fileText(item).includes(quote.replace(/\s+/g, ' '))) throw new Error(`The excerpt "${x.key}" quotes words that are not in its item's files`);
    }
    return { key: x.key, item: x.item, area: x.area, quote, page: null, dataPoint: x.dataPoint ?? null, note: x.note };
  });
  const keys = new Set(excerpts.map((x) => x.key));
  if (keys.size !== excerpts.length) throw new Error('Two excerpts have the same key');
  const findings = assessment.findings.map((f, i) => {
    area(f.area, `Finding ${i + 1}`);
    for (const c of f.cites) {
      if ('excerpt' in c) {
        if (!keys.has(c.excerpt)) throw new Error(`Finding ${i + 1} cites a missing excerpt "${c.excerpt}"`);
      } else if (!linkedTo(itemByTitle(c.item, `Finding ${i + 1}`), f.area)) throw new Error(`Finding ${i + 1} cites "${c.item}", which is not linked to ${f.area}`);
    }
    return { area: f.area, text: f.text, stillToImprove: f.stillToImprove ?? false, cites: f.cites };
  });
  const judged = assessment.judgements.map((j) => j.area);
  if (new Set(judged).size !== judged.length) throw new Error('An area is judged twice');
  const judgements = assessment.judgements.map((j) => ({ area: area(j.area, 'A judgement'), outcome: j.outcome, rationale: j.rationale }));
  const preset = statusPresets.find((p) => p.id === assessment.statusPreset);
  if (!preset) throw new Error(`Unknown status scheme ${assessment.statusPreset}`);
  const labels = new Set(preset.statuses.map((s) => s.label));
  const actions = assessment.actions.map((a) => {
    area(a.area, `Action ${a.ref}`);
    if (!labels.has(a.status)) throw new Error(`Action ${a.ref} has a status "${a.status}" that the ${preset.name} scheme does not have`);
    for (const t of a.evidence) itemByTitle(t, `Action ${a.ref}`);
    return { area: a.area, ref: a.ref, text: a.text, owner: a.owner, dueOn: a.dueOn, status: a.status, evidence: a.evidence };
  });
  for (const st of assessment.stocktakes)
    for (const c of st.counts) if (!labels.has(c.label)) throw new Error(`The stocktake of ${st.takenOn} counts a status "${c.label}" that the scheme does not have`);
  return { statusPreset: assessment.statusPreset, excerpts, findings, judgements, actions, stocktakes: assessment.stocktakes };
}

/** An item's links, with "impact" on those the assessment says show impact. */
function seedLinks(item: ItemSpec) {
  return item.links.map((l) => (assessment.impact.some((x) => x.item === item.title && x.area === l.area) ? { ...l, strength: 'impact' as const } : l));
}

export function buildSeed() {
  for (const x of assessment.impact)
    if (!linkedTo(itemByTitle(x.item, 'An impact link'), x.area)) throw new Error(`"${x.item}" is marked as showing impact on ${x.area} but is not linked to it`);
  return {
    library,
    areas,
    evidence: items.map((item) => ({
      title: item.title,
      kind: item.kind,
      asAt: item.asAt,
      source: item.source,
      description: item.description,
      personalData: item.personalData,
      // The broad group readiness counts; the feedback details say exactly whose voice.
      voice: item.feedback ? voiceGroup[item.feedback.voice] : null,
      files: item.files.map((f) => `files/${f.name}`),
      links: seedLinks(item),
      ...seedSeries(item),
      ...seedFeedback(item),
    })),
    assessment: seedAssessment(),
  };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--out');
  const outDir = i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1] as string) : defaultOut;
  const filesDir = path.join(outDir, 'files');
  await mkdir(filesDir, { recursive: true });
  // Start from an empty files folder, so renamed files do not linger.
  for (const name of await readdir(filesDir)) await rm(path.join(filesDir, name), { recursive: true });

  const seen = new Set<string>();
  for (const item of items) {
    for (const f of item.files) {
      if (seen.has(f.name)) throw new Error(`Two items attach a file named ${f.name}`);
      seen.add(f.name);
      const target = path.join(filesDir, f.name);
      if (f.type === 'pdf') await writeFile(target, await makePdf(item, f));
      else if (f.type === 'docx') await writeFile(target, await makeDocx(item, f));
      else if (f.type === 'csv') await writeFile(target, toCsv(f), 'utf8');
      else if (f.type === 'text') await writeFile(target, f.text, 'utf8');
      else throw new Error(`Unknown file type for ${(f as { name: string }).name}`);
    }
  }
  await writeFile(path.join(outDir, 'seed.json'), JSON.stringify(buildSeed(), null, 2) + '\n', 'utf8');
  console.log(`Wrote ${seen.size} files and seed.json (${items.length} items, ${areas.length} areas) to ${outDir}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
