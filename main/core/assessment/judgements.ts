import type { JudgementRecord, Outcome } from '../../../shared/schemas/assessment.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { getArea } from '../areas/areas.ts';
import { recordChange, type Recorder } from './history.ts';

interface Row {
  area_id: string;
  outcome: Outcome | null;
  rationale: string;
  updated_by: string;
  updated_at: string;
}

const toRecord = (r: Row): JudgementRecord => ({
  areaId: r.area_id,
  outcome: r.outcome,
  rationale: r.rationale,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export function getJudgement(db: Db, areaId: string): JudgementRecord | null {
  const row = db.prepare('SELECT * FROM judgement WHERE area_id = ?').get(areaId) as Row | undefined;
  return row ? toRecord(row) : null;
}

/** Records (or clears, with null) an area's judgement; the change goes into the history. */
export function judgeArea(db: Db, input: { areaId: string; outcome: Outcome | null; rationale?: string | undefined }, by: Recorder): JudgementRecord {
  return writeTransaction(db, () => {
    getArea(db, input.areaId);
    const before = getJudgement(db, input.areaId);
    const rationale = input.rationale ?? before?.rationale ?? '';
    if (before && before.outcome === input.outcome && before.rationale === rationale) return before;
    db.prepare(
      `INSERT INTO judgement (area_id, outcome, rationale, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (area_id) DO UPDATE SET outcome = excluded.outcome, rationale = excluded.rationale,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ).run(input.areaId, input.outcome, rationale, by.who, by.at);
    const snapshot = (j: JudgementRecord | null) => (j ? { outcome: j.outcome, rationale: j.rationale } : null);
    const after = getJudgement(db, input.areaId)!;
    recordChange(db, by, input.areaId, 'judgement', input.areaId, before ? 'updated' : 'created', snapshot(before), snapshot(after));
    return after;
  });
}
