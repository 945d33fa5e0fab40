import { caseStudies } from './case-studies.ts';
import { data } from './data.ts';
import { documents } from './documents.ts';
import { feedback } from './feedback.ts';
import type { ItemSpec } from './types.ts';

export { areas, library } from './library.ts';
export { assessment } from './assessment.ts';
export type * from './types.ts';

/** Every evidence item in the example library, oldest first; undated items last. */
export const items: ItemSpec[] = [...documents, ...data, ...feedback, ...caseStudies].sort(
  (a, b) => (a.asAt ?? '9999-12-31').localeCompare(b.asAt ?? '9999-12-31'),
);
