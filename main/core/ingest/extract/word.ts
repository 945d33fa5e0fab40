import mammoth from 'mammoth';
import { failures, ImportFailure, notes } from '../failure.ts';
import type { IngestLimits } from '../limits.ts';
import { capParts, cleanText, decodeEntities, htmlToText, splitIntoParts } from './text-tools.ts';
import type { Extracted, TextPart } from './types.ts';
import { coreProperties, type ZipContents } from './zip-guard.ts';

const HEADING = /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi;

/** Headings in document order, as plain text. */
export function headingsIn(html: string): string[] {
  return [...html.matchAll(HEADING)].map((m) => decodeEntities(m[2]!.replace(/<[^>]+>/g, '')).trim()).filter(Boolean);
}

/** Text and headings of a .docx (already checked by the zip guard), with mammoth. */
export async function extractWord(data: Buffer, zip: ZipContents, limits: IngestLimits): Promise<Extracted> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: data }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    html = result.value;
  } catch {
    throw new ImportFailure(failures.damaged('Word document'));
  }
  const headings = headingsIn(html);
  const text = cleanText(htmlToText(html));
  const parts: TextPart[] = splitIntoParts(text).map((t, i) => ({ page: i + 1, label: `Part ${i + 1}`, text: t }));
  const capped = capParts(parts, limits.maxTextChars);
  const props = coreProperties(zip.coreXml);
  return {
    format: 'word',
    pageCount: null,
    parts: capped.kept,
    documentTitle: props.title ? decodeEntities(props.title) : null,
    firstHeading: headings[0] ?? null,
    documentDate: props.created,
    author: props.creator ? decodeEntities(props.creator) : null,
    note: capped.cut ? notes.textCut(`the first ${capped.kept.length} parts`) : '',
    attachments: [],
  };
}
