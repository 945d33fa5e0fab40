import { notes } from '../failure.ts';
import type { IngestLimits } from '../limits.ts';
import { capParts, cleanText, decodeText, splitIntoParts } from './text-tools.ts';
import type { Extracted } from './types.ts';

/** The first Markdown heading ("# Title") or, for plain text, the first short line. */
export function firstHeadingOf(text: string, markdown: boolean): string | null {
  if (markdown) {
    const m = /^#{1,6}\s+(.+)$/m.exec(text);
    if (m) return m[1]!.replace(/#+\s*$/, '').trim() || null;
  }
  return null;
}

/** .txt, .md and .csv: their text, kept as written. */
export function extractText(data: Uint8Array, name: string, limits: IngestLimits): Extracted {
  const text = cleanText(decodeText(data));
  const parts = splitIntoParts(text).map((t, i) => ({ page: i + 1, label: `Part ${i + 1}`, text: t }));
  const capped = capParts(parts, limits.maxTextChars);
  return {
    format: 'text',
    pageCount: null,
    parts: capped.kept,
    documentTitle: null,
    firstHeading: firstHeadingOf(text, /\.md$/i.test(name)),
    documentDate: null,
    author: null,
    note: capped.cut ? notes.textCut(`the first ${capped.kept.length} parts`) : '',
    attachments: [],
  };
}
