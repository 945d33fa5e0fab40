// Small files of every format the importer reads, made on the spot (no copies of real documents).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { ZipFile } from 'yazl';

export interface PdfOptions {
  pages: string[];
  title?: string;
  created?: Date;
  author?: string;
  userPassword?: string;
  /** Lines in large type at the top of the first page, before its text. */
  heading?: string[];
}

/** A PDF with one string of text per page. */
export function makePdf(o: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { ...(o.title ? { Title: o.title } : {}), ...(o.created ? { CreationDate: o.created } : {}), ...(o.author ? { Author: o.author } : {}) },
    ...(o.userPassword ? { userPassword: o.userPassword, ownerPassword: `${o.userPassword}-owner` } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  o.pages.forEach((text, i) => {
    doc.addPage();
    if (i === 0) for (const line of o.heading ?? []) doc.fontSize(20).text(line);
    doc.fontSize(11).text(text);
  });
  doc.end();
  return done;
}

/** A .docx with a heading and paragraphs. */
export function makeDocx(heading: string, paragraphs: string[], title?: string): Promise<Buffer> {
  const doc = new Document({
    ...(title ? { title } : {}),
    sections: [{ children: [new Paragraph({ text: heading, heading: HeadingLevel.HEADING_1 }), ...paragraphs.map((p) => new Paragraph(p))] }],
  });
  return Packer.toBuffer(doc);
}

/** An .xlsx with one sheet of rows. */
export async function makeXlsx(sheet: string, rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A zip of the given entries (for zip bombs and fake Office files). */
export function makeZip(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress: true });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** A .docx-shaped zip whose document.xml inflates to `bytes` of nothing. */
export function makeZipBombDocx(bytes: number): Promise<Buffer> {
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: Buffer.alloc(bytes, 0x20) },
  ]);
}

/**
 * The same, but lying: its headers declare `declared` bytes for document.xml, far
 * fewer than it really inflates to, so only counting the actual bytes catches it.
 */
export async function makeLyingZipBombDocx(bytes: number, declared: number): Promise<Buffer> {
  const zip = await makeZipBombDocx(bytes);
  const patch = (signature: number, sizeOffset: number) => {
    for (let i = 0; i < zip.length - 4; i++) {
      if (zip.readUInt32LE(i) !== signature) continue;
      const nameLength = zip.readUInt16LE(i + (signature === 0x02014b50 ? 28 : 26));
      const nameStart = i + (signature === 0x02014b50 ? 46 : 30);
      if (zip.toString('utf8', nameStart, nameStart + nameLength) === 'word/document.xml') zip.writeUInt32LE(declared, i + sizeOffset);
    }
  };
  patch(0x04034b50, 22); // local file header: uncompressed size
  patch(0x02014b50, 24); // central directory: uncompressed size
  return zip;
}

export interface EmailOptions {
  subject: string;
  from: string;
  date: string;
  body: string;
  attachments?: { name: string; type: string; data: Buffer }[];
}

/** An .eml as a mail program writes it: multipart when it has attachments. */
export function makeEml(o: EmailOptions): Buffer {
  const head = [`From: ${o.from}`, 'To: LANO <lano@testshire.gov.uk>', `Subject: ${o.subject}`, `Date: ${o.date}`, 'MIME-Version: 1.0'];
  if (!o.attachments?.length) return Buffer.from([...head, 'Content-Type: text/plain; charset=utf-8', '', o.body, ''].join('\r\n'));
  const b = 'XXBOUNDARYXX';
  const parts = [
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.body,
    ...o.attachments.flatMap((a) => [
      `--${b}`,
      `Content-Type: ${a.type}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      a.data.toString('base64').replace(/.{76}/g, '$&\r\n'),
    ]),
    `--${b}--`,
    '',
  ];
  return Buffer.from([...head, `Content-Type: multipart/mixed; boundary="${b}"`, '', ...parts].join('\r\n'));
}

/** The smallest valid PNG (1×1). */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export function writeTo(dir: string, name: string, data: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}
