/** The sentences of the pack, in the revisit letter's words. Pure: no database. */
import { formatDate, numberInWords } from '../../../shared/format.ts';
import type { JudgementWording, Outcome } from '../../../shared/schemas/assessment.ts';
import type { EvidenceKind, Voice } from '../../../shared/schemas/evidence.ts';

/** "area of significant weakness" → "areas of significant weakness". */
export const pluralTerm = (term: string) => term.replace(/^\S+/, (w) => (w.endsWith('s') ? w : `${w}s`));

/** What the summary calls the weaknesses: the letter's "significant weaknesses", or the library's own term. */
function weaknesses(wording: JudgementWording, n: number) {
  if (wording.areaTerm === 'area of significant weakness') return n === 1 ? 'significant weakness' : 'significant weaknesses';
  return n === 1 ? wording.areaTerm : pluralTerm(wording.areaTerm);
}

/** Counts of 1 or 2 people are not published (small-cell suppression); counts of documents are not people. */
export const suppressed = (n: number) => (n > 0 && n < 3 ? 'fewer than 3' : String(n));

export function summarySentences(outcomes: (Outcome | null)[], codesUnjudged: string[], wording: JudgementWording): string[] {
  const total = outcomes.length;
  const yes = outcomes.filter((o) => o === 'sufficient').length;
  const no = outcomes.filter((o) => o === 'not-sufficient').length;
  const unjudged = total - yes - no;
  const identified = `${weaknesses(wording, total)} identified at the initial inspection`;
  // "two of the three significant weaknesses…", but "the one significant weakness…" when there is only one.
  const of = (n: number) => (total === 1 ? `the one ${identified}` : `${numberInWords(n)} of the ${numberInWords(total)} ${identified}`);
  const out: string[] = [];
  if (yes > 0) out.push(`The area’s self-evaluation is that it has made sufficient progress in addressing ${of(yes)}.`);
  if (no > 0)
    out.push(
      yes > 0
        ? `The area has not made sufficient progress in addressing ${numberInWords(no)} ${weaknesses(wording, no)}.`
        : `The area’s self-evaluation is that it has not made sufficient progress in addressing ${of(no)}.`,
    );
  if (unjudged === total && total > 0) out.push(total === 1 ? `No judgement has yet been recorded for the one ${identified}.` : `No judgement has yet been recorded for any of the ${numberInWords(total)} ${identified}.`);
  else if (unjudged > 0)
    out.push(`No judgement has yet been recorded for ${numberInWords(unjudged)} ${weaknesses(wording, unjudged)} (${codesUnjudged.join(', ')}).`);
  return out;
}

export function judgementSentence(outcome: Outcome | null, wording: JudgementWording): string {
  if (outcome === 'sufficient') return wording.sufficientSentence;
  if (outcome === 'not-sufficient') return wording.notSufficientSentence;
  return 'No judgement has yet been recorded for this area.';
}

/**
 * The opening, as the letter's: what the pack covers, when the weaknesses were found and
 * when the written statement of action was declared fit for purpose. A date the library
 * does not hold is left out of the pack (the export dialog says it is missing).
 */
export function openingSentences(o: { name: string; initialInspectionDate: string | null; wsoaFitDate: string | null; asAt: string; areaCount: number; libraryAreaCount: number; wording: JudgementWording }): string[] {
  const areas = o.areaCount === 1 ? `the ${o.wording.areaTerm}` : `each of the ${numberInWords(o.areaCount)} ${pluralTerm(o.wording.areaTerm)}`;
  const inspected = o.initialInspectionDate ? ` identified at the initial inspection on ${formatDate(o.initialInspectionDate)}` : ' identified at the initial inspection';
  const out = [`This evidence pack sets out, as at ${formatDate(o.asAt)}, the evidence ${o.name} holds on whether sufficient progress has been made in addressing ${areas}${inspected}.`];
  if (o.wsoaFitDate) out.push(`The written statement of action was declared fit for purpose on ${formatDate(o.wsoaFitDate)}.`);
  if (o.areaCount < o.libraryAreaCount) out.push(`This pack covers ${numberInWords(o.areaCount)} of the library’s ${numberInWords(o.libraryAreaCount)} areas.`);
  return out;
}

export const voiceLabels: Record<Voice, string> = {
  'parent-carer': 'Parents and carers',
  'child-young-person': 'Children and young people',
  practitioner: 'Practitioners, leaders and settings',
};

export const kindLabels: Record<EvidenceKind, string> = {
  document: 'Document',
  data: 'Data',
  feedback: 'Feedback',
  'case-study': 'Case study',
};

const kindPlural: Record<EvidenceKind, [string, string]> = {
  document: ['document', 'documents'],
  data: ['set of performance data', 'sets of performance data'],
  feedback: ['piece of feedback', 'pieces of feedback'],
  'case-study': ['case study', 'case studies'],
};

const list = (parts: string[]) => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/**
 * "We heard from … We examined …". The counts are of evidence items, not of people, so
 * they are not suppressed (small-cell suppression is for counts of children and people).
 */
export function heardFromSentences(voices: { voice: Voice; count: number }[], kinds: { kind: EvidenceKind; count: number }[]): string[] {
  const heard = voices.filter((v) => v.count > 0).map((v) => `${voiceLabels[v.voice].toLowerCase()} (${v.count === 1 ? '1 item' : `${v.count} items`})`);
  const examined = kinds.filter((k) => k.count > 0).map((k) => `${numberInWords(k.count)} ${kindPlural[k.kind][k.count === 1 ? 0 : 1]}`);
  return [
    heard.length ? `The evidence carries the voice of ${list(heard)}.` : 'None of the evidence is marked as carrying the voice of families, children and young people or practitioners.',
    examined.length ? `It includes ${list(examined)}.` : 'The pack holds no evidence items.',
  ];
}

/** "[one item withheld: personal data]" beside a finding's references; '' when none was. */
export const withheldMarker = (n: number) => (n === 0 ? '' : `[${n === 1 ? 'one item' : `${numberInWords(n)} items`} withheld: personal data]`);
