import type { Evidence } from '../../../shared/schemas/evidence.ts';

/** A data item's series: details, values, chart, table and direction of travel. */
export function SeriesSection(_props: { evidence: Evidence }) {
  return null;
}
