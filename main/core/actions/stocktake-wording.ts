import type { StocktakeCount } from '../../../shared/schemas/actions.ts';
import { formatDate } from '../../../shared/format.ts';

export interface Tally {
  takenOn: string;
  counts: readonly StocktakeCount[];
}

export function totals(counts: readonly StocktakeCount[]) {
  const total = counts.reduce((n, c) => n + c.count, 0);
  const complete = counts.reduce((n, c) => n + (c.complete ? c.count : 0), 0);
  return { total, complete, percent: total === 0 ? 0 : Math.round((complete / total) * 100) };
}

/** Status wording inside a sentence: "In Progress" → "in progress"; acronyms (RAG, EHCP) stay as they are. */
const inSentence = (label: string) => label.split(' ').map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase())).join(' ');

/**
 * "149 of 184 actions (81%) complete; 35 in progress; at the previous stocktake on
 * 14 March 2023, 120 of 184 (65%) were complete."
 */
export function describeStocktake(current: Tally, previous: Tally | null): string {
  const now = totals(current.counts);
  if (now.total === 0) return 'No actions were counted at this stocktake.';
  const parts = [`${now.complete} of ${now.total} ${now.total === 1 ? 'action' : 'actions'} (${now.percent}%) complete`];
  for (const c of current.counts) if (!c.complete && c.count > 0) parts.push(`${c.count} ${inSentence(c.label)}`);
  if (previous) {
    const before = totals(previous.counts);
    parts.push(`at the previous stocktake on ${formatDate(previous.takenOn)}, ${before.complete} of ${before.total} (${before.percent}%) were complete`);
  }
  return `${parts.join('; ')}.`;
}
