/** Reading packs back as a person or a screen reader would: a PDF's text and structure, a Word file's HTML. */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import mammoth from 'mammoth';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface StructNode {
  role?: string;
  children?: StructNode[];
}

/** Every page's text (lines joined with spaces; all of it, and page by page), the roles of the structure tree, the metadata and mark info. */
export async function readPdf(bytes: Buffer) {
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + sep,
    cMapUrl: join(pdfjsRoot, 'cmaps') + sep,
    cMapPacked: true,
    verbosity: VerbosityLevel.ERRORS,
    disableFontFace: true,
    useSystemFonts: false,
  });
  const doc = await task.promise;
  let text = '';
  const roles: string[] = [];
  const walk = (n: StructNode | null) => {
    if (!n) return;
    if (n.role) roles.push(n.role);
    n.children?.forEach(walk);
  };
  const pageTexts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let pageText = '';
    for (const item of content.items) if ('str' in item) pageText += item.str + (item.hasEOL ? ' ' : '');
    pageTexts.push(pageText.replace(/\s+/g, ' '));
    text += `${pageText} `;
    walk((await page.getStructTree()) as StructNode | null);
  }
  const meta = await doc.getMetadata();
  const markInfo = await doc.getMarkInfo();
  const pages = doc.numPages;
  await task.destroy();
  return { text: text.replace(/\s+/g, ' '), pageTexts, roles, info: meta.info as Record<string, unknown>, markInfo, pages };
}

export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function docxHtml(bytes: Buffer) {
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  const raw = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return { html, raw: oneLine(raw) };
}

