import type { Freshness } from '../../../shared/schemas/readiness.ts';
import { addMonths, laterOf } from './dates.ts';

export interface FreshnessRule {
  /** The date evidence is judged against: the start of the revisit window if it is later than today, else today. */
  referenceDate: string;
  /** Dated before this: stale. */
  staleBefore: string;
  /** Dated before this (and not stale): ageing, as it will be stale before the revisit window ends. */
  ageingBefore: string;
}

export function freshnessRule(today: string, windowStart: string | null, windowEnd: string | null, freshnessMonths: number): FreshnessRule {
  const referenceDate = windowStart ? laterOf(today, windowStart) : today;
  const horizon = windowEnd && windowEnd > referenceDate ? windowEnd : addMonths(referenceDate, 2);
  return {
    referenceDate,
    staleBefore: addMonths(referenceDate, -freshnessMonths),
    ageingBefore: addMonths(horizon, -freshnessMonths),
  };
}

export function freshnessOf(asAt: string | null, rule: FreshnessRule): Exclude<Freshness, 'empty' | 'undated'> | 'undated' {
  if (asAt === null) return 'undated';
  if (asAt < rule.staleBefore) return 'stale';
  if (asAt < rule.ageingBefore) return 'ageing';
  return 'fresh';
}
