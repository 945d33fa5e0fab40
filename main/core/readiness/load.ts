import type { Outcome } from '../../../shared/schemas/assessment.ts';
import type { Readiness } from '../../../shared/schemas/readiness.ts';
import type { Db } from '../db/open.ts';
import { getDetails } from '../library/details.ts';
import { getSettings } from '../assessment/settings.ts';
import { computeReadiness, type ReadinessRows } from './compute.ts';

/** Reads what the dashboard needs in four plain queries, inside one read transaction (one snapshot). */
export function loadReadinessRows(db: Db, today: string): ReadinessRows {
  return db.transaction(() => {
    const details = getDetails(db);
    const settings = getSettings(db);
    const areas = db
      .prepare('SELECT a.id, a.code, a.title, j.outcome FROM area a LEFT JOIN judgement j ON j.area_id = a.id ORDER BY a.position, a.code')
      .all() as { id: string; code: string; title: string; outcome: Outcome | null }[];
    const links = db
      .prepare(
        `SELECT l.area_id AS areaId, l.evidence_id AS evidenceId, e.title, e.kind, e.voice, e.as_at AS asAt, l.stance, l.strength,
           f.import_id AS surveyImport
         FROM link l JOIN evidence e ON e.id = l.evidence_id LEFT JOIN feedback f ON f.evidence_id = e.id`,
      )
      .all() as ReadinessRows['links'];
    const citations = db
      .prepare(
        `SELECT f.area_id AS areaId, f.id AS findingId, coalesce(c.evidence_id, x.evidence_id) AS evidenceId
         FROM finding f LEFT JOIN finding_citation c ON c.finding_id = f.id LEFT JOIN excerpt x ON x.id = c.excerpt_id`,
      )
      .all() as ReadinessRows['citations'];
    const actions = (
      db
        .prepare('SELECT a.id, a.area_id AS areaId, a.due_on AS dueOn, coalesce(s.complete, 0) AS complete FROM action a LEFT JOIN action_status s ON s.id = a.status_id')
        .all() as { id: string; areaId: string; dueOn: string | null; complete: number }[]
    ).map((a) => ({ ...a, complete: a.complete === 1 }));
    return {
      today,
      windowStart: details.revisitWindowStart,
      windowEnd: details.revisitWindowEnd,
      freshnessMonths: settings.freshnessMonths,
      wording: settings.wording,
      areas,
      links,
      citations,
      actions,
    };
  })();
}

export const readiness = (db: Db, today: string): Readiness => computeReadiness(loadReadinessRows(db, today));
