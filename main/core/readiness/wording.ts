import type { JudgementWording } from '../../../shared/schemas/assessment.ts';
import { bucketLabels, type AreaReadiness, type GapType, type ReadinessGap } from '../../../shared/schemas/readiness.ts';
import { formatDate, plural } from '../../../shared/format.ts';

interface Facts {
  count: number;
  title: string;
  freshnessMonths: number;
  staleBefore: string;
}

/** The sentence shown with a gap: what is missing and what would fix it. */
export function gapMessage(gap: ReadinessGap, f: Facts): string {
  switch (gap.type) {
    case 'no-evidence':
      return 'No evidence is linked to this area yet. Link documents, data and the voice of families that show what has changed.';
    case 'one-kind-only':
      return `All the evidence here is of one kind (${bucketLabels[gap.bucket].toLowerCase()}). Add another kind: data, documents or the voice of families.`;
    case 'no-family-voice':
      return (
        'Nothing here gives the voice of parents, carers, children or young people.' +
        (f.count > 0 ? ` ${plural(f.count, 'feedback item does', 'feedback items do')} not yet say whose voice ${f.count === 1 ? 'it is' : 'they are'}.` : ' Add what families have said.')
      );
    case 'no-impact':
      return 'No linked item is marked as showing impact. Inspectors look for the difference made to children and families, not only for activity.';
    case 'unanswered-counter-evidence':
      return `"${f.title}" counts against progress, and no finding answers it yet. Add a finding that cites it.`;
    case 'stale-evidence':
      return `${plural(f.count, 'item is', 'items are')} older than the freshness limit of ${plural(f.freshnessMonths, 'month')} (dated before ${formatDate(f.staleBefore)}). Replace or update ${f.count === 1 ? 'it' : 'them'}.`;
    case 'no-judgement':
      return 'No judgement yet: decide whether the area has made sufficient progress.';
    case 'judgement-without-evidence':
      return 'The judgement is not backed by evidence: no finding cites an item or an excerpt.';
    case 'actions-past-due':
      return `${plural(f.count, 'action is', 'actions are')} past the due date and not complete.`;
    default: {
      const never: never = gap;
      return never;
    }
  }
}

function piecesOf(a: Pick<AreaReadiness, 'linkedItems' | 'surveyAnswers' | 'surveys'>) {
  const others = a.linkedItems - a.surveyAnswers;
  const surveys = a.surveys > 0 ? `${plural(a.surveys, 'survey')} (${plural(a.surveyAnswers, 'answer')})` : '';
  return [others > 0 || !surveys ? plural(others, 'item') : '', surveys].filter(Boolean).join(' and ');
}

const shortNames: Record<GapType, string> = {
  'no-evidence': 'no evidence',
  'one-kind-only': 'one kind of evidence only',
  'no-family-voice': 'no voice of families',
  'no-impact': 'nothing showing impact',
  'unanswered-counter-evidence': 'counter-evidence unanswered',
  'stale-evidence': 'stale evidence',
  'no-judgement': 'no judgement',
  'judgement-without-evidence': 'judgement without cited evidence',
  'actions-past-due': 'actions past due',
};

/**
 * "AOC2 EHC plans: 14 items of 4 kinds, newest 3 March 2024; not sufficient progress; 2 gaps (no voice of families, actions past due)."
 * A survey's answers count as one survey ("12 items and 1 survey (42 answers) of 3 kinds"), not as 42 items.
 */
export function areaSummary(a: Omit<AreaReadiness, 'summary'>, wording: JudgementWording): string {
  const kinds = a.cells.filter((c) => c.count > 0).length;
  const newest = a.cells.reduce<string | null>((n, c) => (c.newestAsAt && (!n || c.newestAsAt > n) ? c.newestAsAt : n), null);
  const evidence = a.linkedItems === 0
    ? 'no evidence'
    : `${piecesOf(a)} of ${plural(kinds, 'kind')}${newest ? `, newest ${formatDate(newest)}` : ''}`;
  const outcome = a.judgement === 'sufficient' ? wording.sufficient : a.judgement === 'not-sufficient' ? wording.notSufficient : 'not judged';
  // Mid-sentence, the library's label reads in lower case ("not sufficient progress"), as "not judged" does.
  const judged = outcome.charAt(0).toLowerCase() + outcome.slice(1);
  const types = [...new Set(a.gaps.map((g) => shortNames[g.type]))];
  const gaps = a.gaps.length === 0 ? 'no gaps' : `${plural(a.gaps.length, 'gap')} (${types.join(', ')})`;
  return `${a.code} ${a.title}: ${evidence}; ${judged}; ${gaps}.`;
}
