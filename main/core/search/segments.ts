import type { Segment } from '../../../shared/schemas/search.ts';

/** Marks snippet() and highlight() put around matched words: private-use characters no extracted text keeps. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

/** "a \uE000word\uE001 here" → [{text: 'a ', hit: false}, {text: 'word', hit: true}, {text: ' here', hit: false}]. */
export function toSegments(marked: string): Segment[] {
  const out: Segment[] = [];
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.hit === hit) last.text += text;
    else out.push({ text, hit });
  };
  let rest = marked;
  while (rest) {
    const start = rest.indexOf(HIT_START);
    if (start === -1) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, start), false);
    const end = rest.indexOf(HIT_END, start + 1);
    push(rest.slice(start + 1, end === -1 ? undefined : end), true);
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return out.map((s) => (s.hit ? s : { ...s, text: s.text.replace(/\s+/g, ' ') }));
}

/** Segments as plain text with hits in **bold** (the command line's snippet). */
export const segmentsToMarkdown = (segments: readonly Segment[]) => segments.map((s) => (s.hit ? `**${s.text}**` : s.text)).join('');
