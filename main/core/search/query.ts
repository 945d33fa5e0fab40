import type { SearchTerm } from '../../../shared/schemas/search.ts';

/** One thing the user asked for: a word, a "phrase", or a prefix*. */
interface Clause {
  text: string;
  phrase: boolean;
  prefix: boolean;
  negated: boolean;
}

export interface ParsedQuery {
  /** An FTS5 expression built only from quoted strings and operators, or '' when nothing is searchable. */
  fts: string;
  /** Any one of the words, phrases or prefixes asked for (the negatives left out): to show where an item's words are when no one page holds them all. */
  anyTerm: string;
  terms: SearchTerm[];
}

const MAX_CLAUSES = 32;
const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Splits what was typed into clauses and OR marks; quotes may be left unclosed. */
function lex(input: string): (Clause | 'OR')[] {
  const out: (Clause | 'OR')[] = [];
  let i = 0;
  let negateNext = false;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const negated = negateNext || (ch === '-' && (input[i + 1] === '"' || /[\p{L}\p{N}]/u.test(input[i + 1] ?? '')));
    if (ch === '-' && negated && !negateNext) i++;
    negateNext = false;
    if (input[i] === '"') {
      const end = input.indexOf('"', i + 1);
      const text = input.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? input.length : end + 1;
      const prefix = input[i] === '*';
      if (prefix) i++;
      if (hasWord(text)) out.push({ text: text.trim(), phrase: true, prefix, negated });
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/.test(input[j]!) && input[j] !== '"') j++;
    const raw = input.slice(i, j);
    i = j;
    if (raw === 'OR' || raw === '|') out.push('OR');
    else if (raw === 'NOT') negateNext = true;
    else if (raw === 'AND' || raw === '&&') continue;
    else {
      const prefix = raw.endsWith('*');
      const text = raw.replace(/\*+$/, '');
      if (hasWord(text)) out.push({ text, phrase: false, prefix, negated });
    }
  }
  return out;
}

const toFts = (c: Clause) => `${quote(c.text)}${c.prefix ? '*' : ''}`;

/**
 * What the user typed → a safe FTS5 query. Every word and phrase is quoted, so no input
 * is a syntax error: words must all appear (AND), OR joins its neighbours, "…" is a
 * phrase, a trailing * matches the start of words, and -word or NOT word leaves out.
 */
export function parseQuery(input: string): ParsedQuery {
  const tokens = lex(input.normalize('NFC'));
  // Group positives into OR-runs: a OR b c → (a OR b) AND c.
  const groups: Clause[][] = [];
  const negatives: Clause[] = [];
  let joinNext = false;
  let count = 0;
  for (const t of tokens) {
    if (t === 'OR') {
      joinNext = groups.length > 0;
      continue;
    }
    if (++count > MAX_CLAUSES) break;
    if (t.negated) {
      negatives.push(t);
      joinNext = false;
      continue;
    }
    if (joinNext) groups.at(-1)!.push(t);
    else groups.push([t]);
    joinNext = false;
  }
  if (groups.length === 0) return { fts: '', anyTerm: '', terms: [] };
  const positive = groups.map((g) => (g.length === 1 ? toFts(g[0]!) : `(${g.map(toFts).join(' OR ')})`)).join(' AND ');
  const fts = negatives.reduce((expr, n) => `(${expr}) NOT ${toFts(n)}`, positive);
  const terms = groups.flat().map((c) => ({ text: c.text, prefix: c.prefix }));
  return { fts, anyTerm: groups.flat().map(toFts).join(' OR '), terms };
}
