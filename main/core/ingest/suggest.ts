import type { Suggestions } from '../../../shared/schemas/ingest.ts';
import { firstDateIn } from './dates.ts';

/** "Board minutes (final).pdf" → "Board minutes (final)". */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[/\\]/, '');
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const tidy = stem.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return tidy || base || 'Untitled';
}

/** A document title worth showing: not blank, not a placeholder a word processor left behind. */
export function usableTitle(title: string | null | undefined): string | null {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  if (t.length < 3 || t.length > 300) return null;
  if (/^(untitled|microsoft word|document\d*|title|slide \d+|powerpoint presentation)\b/i.test(t)) return null;
  if (/\.(docx?|pdf|xlsx?|pptx?)$/i.test(t)) return null;
  return t;
}

const GENERIC = new Set(['the', 'of', 'and', 'for', 'council', 'borough', 'metropolitan', 'county', 'city', 'district', 'nhs', 'trust', 'foundation', 'services', 'service', 'partnership', 'board', 'group', 'local', 'authority', '&']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const countWhole = (text: string, phrase: string) =>
  phrase ? (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'giu'))?.length ?? 0) : 0;

/**
 * The partner organisation the text names most: a full-name mention counts 3, a mention
 * of its distinctive words ("Walsall" for "Walsall Council") counts 1. Null when none is named.
 */
export function guessSource(text: string, partners: readonly string[]): string | null {
  let best: { name: string; score: number } | null = null;
  for (const name of partners) {
    const full = countWhole(text, name.trim());
    const core = name
      .split(/\s+/)
      .filter((w) => !GENERIC.has(w.toLowerCase()))
      .join(' ');
    const partial = core && core.toLowerCase() !== name.trim().toLowerCase() ? countWhole(text, core) - full : 0;
    const score = full * 3 + Math.max(0, partial);
    if (score > 0 && (!best || score > best.score)) best = { name, score };
  }
  return best?.name ?? null;
}

export interface SuggestionInput {
  fileName: string;
  documentTitle: string | null;
  firstHeading: string | null;
  firstPageText: string;
  documentDate: string | null;
  fileDate: string | null;
  /** Text where an organisation is likely named: first pages, sender, title. */
  sourceText: string;
  partners: readonly string[];
}

/** Title, "as at" date and source organisation, each from the best evidence available. */
export function suggestDetails(i: SuggestionInput): Suggestions {
  const title = usableTitle(i.documentTitle) ?? usableTitle(i.firstHeading) ?? titleFromFileName(i.fileName);
  const onPage = firstDateIn(i.firstPageText.slice(0, 20000));
  const [asAt, asAtFrom] = onPage
    ? [onPage, 'first-page' as const]
    : i.documentDate
      ? [i.documentDate, 'document-date' as const]
      : i.fileDate
        ? [i.fileDate, 'file-date' as const]
        : [null, null];
  return { title, asAt, asAtFrom, source: guessSource(i.sourceText, i.partners) };
}
