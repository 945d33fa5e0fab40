import type { z } from 'zod';
import type { AreaReview, ReviewField, reviewUpdateInput } from '../../../shared/schemas/assessment.ts';
import { reviewFields } from '../../../shared/schemas/assessment.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { getArea } from '../areas/areas.ts';

const columns: Record<ReviewField, string> = {
  whatChanged: 'what_changed',
  progressMade: 'progress_made',
  whatDone: 'what_done',
  impactEvidence: 'impact_evidence',
  nextSteps: 'next_steps',
  evenBetterIf: 'even_better_if',
};

export function getReview(db: Db, areaId: string): AreaReview {
  const row = db.prepare('SELECT * FROM area_review WHERE area_id = ?').get(areaId) as Record<string, string> | undefined;
  const review = { areaId, updatedAt: row?.['updated_at'] ?? null } as AreaReview;
  for (const f of reviewFields) review[f] = row?.[columns[f]] ?? '';
  return review;
}

/** Saves the deep-dive answers and "even better if" notes; fields left out stay as they are. */
export function setReview(db: Db, input: z.output<typeof reviewUpdateInput>, now: Date): AreaReview {
  return writeTransaction(db, () => {
    getArea(db, input.areaId);
    const merged = getReview(db, input.areaId);
    for (const f of reviewFields) merged[f] = input[f] ?? merged[f];
    db.prepare(
      `INSERT INTO area_review (area_id, what_changed, progress_made, what_done, impact_evidence, next_steps, even_better_if, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (area_id) DO UPDATE SET what_changed = excluded.what_changed, progress_made = excluded.progress_made,
         what_done = excluded.what_done, impact_evidence = excluded.impact_evidence, next_steps = excluded.next_steps,
         even_better_if = excluded.even_better_if, updated_at = excluded.updated_at`,
    ).run(input.areaId, merged.whatChanged, merged.progressMade, merged.whatDone, merged.impactEvidence, merged.nextSteps, merged.evenBetterIf, now.toISOString());
    return getReview(db, input.areaId);
  });
}
