import type { AsAtSource, Suggestions } from '../../../shared/schemas/ingest.ts';
import { firstDateIn, latestDateIn } from './dates.ts';

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
  if (/^(untitled|microsoft (word|excel|powerpoint)|document\d*|title|slide \d+|powerpoint presentation|presentation\d*|book\d*|new document)\b/i.test(t)) return null;
  if (/\.(docx?|pdf|xlsx?|pptx?|odt|rtf|html?|txt)$/i.test(t)) return null;
  // What a browser or printer leaves when a page is printed to PDF: an address or a path, not a title.
  if (/^[a-z][a-z0-9+.-]*:(?!\s)/i.test(t) || /^[a-z]:[\\/]|^[\\/]/i.test(t) || /^www\./i.test(t)) return null;
  if (!/\p{L}{2}/u.test(t)) return null; // no word in it: "1", "---", "2024-01"
  return t;
}

// Words that only join or qualify a name: trimmed from a name's ends to find its distinctive part.
const GENERIC = new Set(['the', 'of', 'and', 'for', 'borough', 'metropolitan', 'county', 'city', 'district', 'foundation', 'services', 'service', 'partnership', 'board', 'group', 'local', 'authority', '&']);

/** What kind of body a partner is, in each of the ways documents write it. */
const KINDS: readonly (readonly string[])[] = [
  ['ICB', 'Integrated Care Board'],
  ['CCG', 'Clinical Commissioning Group'],
  ['NHS'],
  ['Council', 'Local Authority'],
  ['Parent Carer Forum', 'PCF'],
  ['SENDIASS', 'Information, Advice and Support Service'],
  ['Trust'],
];
/** At most this many mentions of a kind of body count, so a long paper's "the council" cannot outweigh a name. */
const KIND_CAP = 3;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
const countWhole = (text: string, phrase: string) => (phrase ? (text.match(whole(phrase))?.length ?? 0) : 0);
/** The text with every mention of the phrase blanked out, so a shorter name cannot count it again. */
const blank = (text: string, phrase: string) => (phrase ? text.replace(whole(phrase), (m) => ' '.repeat(m.length)) : text);

const kindsIn = (name: string) => KINDS.filter((forms) => forms.some((f) => countWhole(name, f) > 0));

/** The name as documents also write it: "NHS Black Country ICB" is also "NHS Black Country Integrated Care Board". */
function variants(name: string): string[] {
  const out = new Set([name]);
  for (const forms of kindsIn(name))
    for (const from of forms) for (const to of forms) if (from !== to) for (const v of [...out]) out.add(v.replace(whole(from), to));
  return [...out];
}

/** The distinctive part of a name: its ends trimmed of joining words and kinds of body ("Walsall" of "Walsall Council"). */
function coreOf(name: string): string {
  const isEnd = (w: string) => GENERIC.has(w.toLowerCase()) || KINDS.some((forms) => forms.some((f) => !f.includes(' ') && f.toLowerCase() === w.toLowerCase()));
  let text = name;
  for (;;) {
    const before = text;
    for (const forms of KINDS)
      for (const f of forms) {
        if (!f.includes(' ')) continue;
        text = text.replace(new RegExp(`^${escape(f)}\\s*|\\s*${escape(f)}$`, 'i'), '');
      }
    const ws = text.split(' ').filter(Boolean);
    while (ws.length && isEnd(ws[0]!)) ws.shift();
    while (ws.length && isEnd(ws[ws.length - 1]!)) ws.pop();
    text = ws.join(' ');
    if (text === before) return text;
  }
}

/**
 * The partner organisation the text names: a mention of its full name (in any of its
 * usual forms) counts 3; then, in what is left, a mention of its distinctive part counts 1
 * ("Walsall" for "Walsall Council"); a partner so named gains 1 for each mention of its kind
 * of body ("NHS", "Integrated Care Board"), up to 3 a kind, which tells apart "Brackenford
 * Council" and "NHS Brackenford ICB". Null when none is named, or two score the same:
 * no source is better than a wrong one.
 */
export function guessSource(text: string, partners: readonly string[]): string | null {
  const names = [...new Set(partners.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean))];
  const score = new Map(names.map((n) => [n, 0]));
  const add = (name: string, n: number) => score.set(name, score.get(name)! + n);
  let rest = text;
  const full = names.flatMap((name) => variants(name).map((v) => ({ name, v }))).sort((a, b) => b.v.length - a.v.length);
  for (const { name, v } of full) {
    add(name, 3 * countWhole(rest, v));
    rest = blank(rest, v);
  }
  // Partners that share a distinctive part ("Brackenford") all count its mentions.
  const cores = [...new Set(names.map(coreOf))].filter(Boolean).sort((a, b) => b.length - a.length);
  for (const core of cores) {
    const n = countWhole(rest, core);
    for (const name of names) if (coreOf(name) === core && core.toLowerCase() !== name.toLowerCase()) add(name, n);
    rest = blank(rest, core);
  }
  for (const name of names) {
    if (score.get(name) === 0) continue;
    for (const forms of kindsIn(name)) add(name, Math.min(KIND_CAP, forms.reduce((sum, f) => sum + countWhole(rest, f), 0)));
  }
  const ranked = [...score.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return null;
  return ranked[0]![0];
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
  // A table of figures is as at the latest period it reaches, not the first date in it.
  const isTable = /\.(csv|xlsx)$/i.test(i.fileName);
  const candidates: [string | null, AsAtSource][] = [
    // The file cannot hold figures from after it was saved: a later date is a target.
    [isTable ? latestDateIn(i.firstPageText, i.fileDate) : null, 'latest-in-table'],
    [isTable ? null : firstDateIn(i.firstPageText.slice(0, 20000)), 'first-page'],
    [i.documentDate, 'document-date'],
    [i.fileDate, 'file-date'],
  ];
  const [asAt, asAtFrom] = candidates.find(([date]) => date !== null) ?? [null, null];
  return { title, asAt, asAtFrom, source: guessSource(i.sourceText, i.partners) };
}
