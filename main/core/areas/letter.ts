/**
 * "Paste the inspection letter": finds the weaknesses in the text of a revisit letter,
 * an inspection report letter or a 2023-framework report, and proposes one area of
 * concern for each. Pure: text in, proposals out; nothing is added until the user
 * accepts a proposal.
 */
import type { Judgement, LetterProposals, WeaknessProposal } from '../../../shared/schemas/areas.ts';
import { numberInWords, plural } from '../../../shared/format.ts';
import { suggestTitle } from './letter-title.ts';

type Found = { weakness: string; judgement: Judgement; found: WeaknessProposal['found'] };

/** Bullets as they come out of Word, PDFs and plain text: •, -, –, ■, , 1., 2), (a)… */
const BULLET = /^\s*(?:[•●▪■□◦‣∙·○*\-–—\uF0A7\uF0B7\uF0D8\uF0FC]|o(?=\s)|\(?\d{1,2}[.)](?!\d)|\(?[a-h][.)])\s*/u;
const INITIAL_FINDINGS = /at the (?:initial|original|first|previous) inspection,?\s+inspectors\s+found\s+the\s+following\s*:?/gi;
const JUDGEMENT = /has\s+(not\s+)?made\s+sufficient\s+progress\s+(?:to\s+improve|in\s+addressing)\s+this\s+area/i;
const LIST_INTRO = /weakness|weaknesses|concerns?\b|priority action|areas? for improvement|must address|should address|need to address/i;
const HEADING = /^\s*(?:areas?\s+for\s+priority\s+action|areas?\s+for\s+improvement|areas?\s+of\s+significant\s+weakness(?:es)?)\s*:?\s*$/i;

const isBullet = (line: string) => BULLET.test(line) && line.replace(BULLET, '').trim().length > 0;
/** Removes the bullet, and a second one under it ("- a) …"). */
const stripBullet = (line: string) => line.replace(BULLET, '').replace(BULLET, '').trim();
/** Which kind of bullet a line starts with: items of one list share it ("a)" lists do not run on into "21." paragraphs). */
const bulletStyle = (line: string) => {
  const marker = (BULLET.exec(line)?.[0] ?? '').trim();
  if (/\d/.test(marker)) return 'number';
  if (/^\(?[a-h][.)]$/.test(marker)) return 'letter';
  return 'symbol';
};
/** A list item without its quotation marks and the "; and" that joins it to the next. */
const cleanItem = (text: string) =>
  text
    .replace(/^["“'‘]+/, '')
    .replace(/(?:[;,]\s*(?:and|or)?|\s+(?:and|or))\s*$/i, '')
    .replace(/["”'’]+(?=[.]?$)/, '')
    .trim();
const isBlank = (line: string) => line.trim() === '';
const tidy = (parts: string[]) => parts.map((p) => p.trim()).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A short line with no closing full stop that starts a new part of a report. */
const looksLikeHeading = (line: string) => {
  const t = stripBullet(line);
  return t.length > 0 && t.length <= 60 && !/[.:;,]$/.test(t) && /^[A-Z]/.test(t) && t.split(/\s+/).length <= 8;
};

/** Revisit letters: the weakness after each "At the initial inspection, inspectors found the following:". */
function afterInitialFindings(text: string): Found[] {
  const marks = [...text.matchAll(INITIAL_FINDINGS)];
  return marks.flatMap((mark, i) => {
    const start = mark.index + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    const lines = text.slice(start, end).split('\n');
    let first = lines.findIndex((l) => !isBlank(l));
    if (first < 0) return [];
    const parts = [stripBullet(lines[first]!)];
    for (first += 1; first < lines.length; first++) {
      const line = lines[first]!;
      if (isBlank(line) || isBullet(line) || JUDGEMENT.test(line)) break;
      parts.push(line);
    }
    const weakness = tidy(parts);
    if (!weakness) return [];
    const verdict = JUDGEMENT.exec(text.slice(start, end));
    const judgement: Judgement = verdict ? (verdict[1] ? 'not-sufficient' : 'sufficient') : null;
    return [{ weakness, judgement, found: 'initial-inspection-found' as const }];
  });
}

/**
 * Reads bulleted items from `lines[from]` on: wrapped lines join their item; a blank
 * line followed by another bullet continues the list; anything else ends it.
 */
/** A numbered heading ("5. Progress to date") followed by an ordinary paragraph starts a new section, not another item. */
function startsSection(lines: string[], i: number): boolean {
  const text = stripBullet(lines[i]!);
  if (text.split(/\s+/).length > 5 || /[.;:,]$/.test(text)) return false;
  const next = lines.slice(i + 1).find((l) => !isBlank(l));
  return next !== undefined && !isBullet(next) && isBlank(lines[i + 1] ?? '');
}

function bulletItems(lines: string[], from: number): string[] {
  const items: string[][] = [];
  let style: string | null = null;
  const sameList = (line: string) => isBullet(line) && (style === null || bulletStyle(line) === style);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) {
      const next = lines.slice(i + 1).find((l) => !isBlank(l));
      if (items.length > 0 && (next === undefined || !sameList(next))) break;
      continue;
    }
    if (sameList(line)) {
      if (items.length > 0 && isBlank(lines[i - 1] ?? '') && startsSection(lines, i)) break;
      style ??= bulletStyle(line);
      items.push([stripBullet(line)]);
    } else if (items.length > 0 && !isBlank(lines[i - 1] ?? '') && !isBullet(line)) items[items.length - 1]!.push(line);
    else break;
  }
  // Questions ("What has changed?") are prompts, not weaknesses.
  return items.map((parts) => cleanItem(tidy(parts))).filter((t) => t.length >= 10 && !t.endsWith('?'));
}

/** The sentence that introduces a list, with the one before it when it is only "These are:". */
function introSentence(paragraph: string): string {
  const sentences = paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/);
  const last = sentences[sentences.length - 1] ?? '';
  const short = /^(?:these|they|which|the weaknesses|the concerns)\s+(?:are|were|include|included)\b|^as follows/i.test(last) || last.split(/\s+/).length <= 3;
  return short ? `${sentences[sentences.length - 2] ?? ''} ${last}` : last;
}

/** Inspection report letters: a bulleted list introduced by a sentence about weaknesses, ending with ":". */
function bulletedLists(lines: string[]): Found[] {
  const found: Found[] = [];
  lines.forEach((line, i) => {
    if (!/:\s*$/.test(line)) return;
    let p = i;
    while (p > 0 && !isBlank(lines[p - 1]!) && i - p < 6) p--;
    const intro = introSentence(lines.slice(p, i + 1).map(stripBullet).join(' ').replace(/^\d+(?:\.\d+)*\.?\s+/, ''));
    if (!LIST_INTRO.test(intro) || /\bnot\s+(?:\w+\s+)?listed\b/i.test(intro)) return;
    for (const weakness of bulletItems(lines, i + 1)) found.push({ weakness, judgement: null, found: 'bulleted-list' });
  });
  return found;
}

/** 2023-framework reports: paragraphs (or bullets) under "Areas for priority action" / "Areas for improvement". */
function headedSections(lines: string[]): Found[] {
  const found: Found[] = [];
  lines.forEach((line, i) => {
    if (!HEADING.test(line)) return;
    const paragraphs: string[][] = [];
    let current: string[] | null = null;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (HEADING.test(l)) break;
      if (isBlank(l)) {
        current = null;
        continue;
      }
      if (!isBullet(l) && looksLikeHeading(l) && paragraphs.length > 0) break;
      if (isBullet(l) || current === null) {
        current = [stripBullet(l)];
        paragraphs.push(current);
      } else current.push(l);
    }
    for (const p of paragraphs) {
      const weakness = cleanItem(tidy(p));
      if (weakness.length >= 10) found.push({ weakness, judgement: null, found: 'headed-section' });
    }
  });
  return found;
}

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];

/** "each of the nine areas of significant weakness" → 9. */
function statedCount(text: string): number | null {
  const m = /\b(\d{1,2}|[a-z]+)\s+(?:areas?\s+of\s+significant\s+weakness|significant\s+weaknesses|areas?\s+of\s+weakness)/i.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : WORD_NUMBERS.indexOf(word);
  return n > 0 ? n : null;
}

function nextCodes(count: number, taken: Iterable<string>): string[] {
  const used = new Set([...taken].map((c) => c.toUpperCase()));
  const codes: string[] = [];
  for (let n = 1; codes.length < count; n++) if (!used.has(`AOC${n}`)) codes.push(`AOC${n}`);
  return codes;
}

function message(count: number, stated: number | null, existing: number): string {
  if (count === 0)
    return (
      'No list of weaknesses was recognised in this text. Paste the part of the letter that lists them ' +
      '(after "At the initial inspection, inspectors found the following:" or "…the following areas of significant weakness:"), ' +
      'or add each area of concern yourself.'
    );
  const what = count === 1 ? 'one weakness' : `${numberInWords(count)} weaknesses`;
  let text = `Found ${what}. Check each one, edit it if needed, then accept or reject it.`;
  if (stated !== null && stated !== count)
    text += ` The letter says there are ${numberInWords(stated)}, so look for any that were missed or split in two.`;
  if (existing > 0) text += ` ${existing === count ? 'All of them are' : `${plural(existing, 'of them is', 'of them are')}`} already in the register.`;
  return text;
}

export interface ExistingArea {
  code: string;
  weakness: string;
}

export function proposeAreasFromLetter(text: string, existing: readonly ExistingArea[] = []): LetterProposals {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const lines = normalised.split('\n');
  let found = afterInitialFindings(normalised);
  if (found.length === 0) found = [...bulletedLists(lines), ...headedSections(lines)];

  const seen = new Set<string>();
  const unique = found.filter((f) => {
    const k = key(f.weakness);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const byWeakness = new Map(existing.map((a) => [key(a.weakness), a.code]));
  const codes = nextCodes(unique.length, existing.map((a) => a.code));
  const proposals: WeaknessProposal[] = unique.map((f, i) => ({
    code: codes[i]!,
    title: suggestTitle(f.weakness),
    weakness: f.weakness,
    judgement: f.judgement,
    found: f.found,
    existingAreaCode: byWeakness.get(key(f.weakness)) ?? null,
  }));
  const stated = statedCount(normalised);
  const already = proposals.filter((p) => p.existingAreaCode !== null).length;
  return { proposals, message: message(proposals.length, stated, already), statedCount: stated };
}
