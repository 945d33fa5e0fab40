/**
 * Marks the searched words in a pdf.js text layer: each text span's matching runs are
 * wrapped in <mark>. Terms come from the core (search/inItem), so the viewer highlights
 * what the search matched: whole words, word starts for `prefix*`, and phrases.
 */
import type { SearchTerm } from '../../../shared/schemas/search.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function termPattern(term: SearchTerm): RegExp | null {
  const words = term.text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const body = words.map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${term.prefix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`, 'giu');
}

/** [start, end) ranges of `text` matched by any pattern, merged. */
export function matchRanges(text: string, patterns: RegExp[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const p of patterns) {
    p.lastIndex = 0;
    for (const m of text.matchAll(p)) if (m[0].length > 0) ranges.push([m.index, m.index + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Highlights the terms in the text layer's spans; returns how many runs were marked.
 * A phrase that never appears inside one span (it runs across lines) is highlighted
 * word by word instead.
 */
export function highlightTextLayer(divs: readonly HTMLElement[], terms: readonly SearchTerm[]): number {
  const exact = terms.map(termPattern).filter((p): p is RegExp => p !== null);
  let count = mark(divs, exact);
  const phrases = terms.filter((t) => /\s/.test(t.text.trim()));
  if (phrases.length > 0) {
    const missing = phrases.filter((t) => {
      const p = termPattern(t);
      return p && !divs.some((d) => matchRanges(d.textContent ?? '', [p]).length > 0);
    });
    const words = missing.flatMap((t) => t.text.trim().split(/\s+/).map((w) => termPattern({ text: w, prefix: false })));
    const wordPatterns = words.filter((p): p is RegExp => p !== null);
    if (wordPatterns.length > 0) count = mark(divs, [...exact, ...wordPatterns]);
  }
  return count;
}

function mark(divs: readonly HTMLElement[], patterns: RegExp[]): number {
  let count = 0;
  for (const div of divs) {
    const text = div.textContent ?? '';
    const ranges = matchRanges(text, patterns);
    if (ranges.length === 0) {
      if (div.querySelector('mark')) div.textContent = text;
      continue;
    }
    const doc = div.ownerDocument;
    const parts: Node[] = [];
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) parts.push(doc.createTextNode(text.slice(at, start)));
      const m = doc.createElement('mark');
      m.className = 'pdf-hit';
      m.textContent = text.slice(start, end);
      parts.push(m);
      at = end;
      count += 1;
    }
    if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
    div.replaceChildren(...parts);
  }
  return count;
}
