/**
 * The assessment part of the example library's seed: what its Local Area Nominated
 * Officer has drafted (excerpts, findings, judgements, WSoA actions and a stocktake).
 * Checked as a whole before anything is written, then written through the same core
 * functions the app uses, inside the example's one transaction.
 */
import { z } from 'zod';
import { outcome } from '../../../shared/schemas/assessment.ts';
import { statusPresetIds, statusPresets } from '../../../shared/schemas/actions.ts';
import { isoDate } from '../../../shared/schemas/common.ts';
import { createAction } from '../actions/actions.ts';
import { applyPreset, listStatuses } from '../actions/statuses.ts';
import { recordStocktake } from '../actions/stocktakes.ts';
import { findAreaByCode } from '../areas/areas.ts';
import { createExcerpt } from '../assessment/excerpts.ts';
import { createFinding } from '../assessment/findings.ts';
import { judgeArea } from '../assessment/judgements.ts';
import type { Db } from '../db/open.ts';

const text = z.string().trim().min(1);

export const seedAssessment = z.object({
  statusPreset: z.enum(statusPresetIds),
  excerpts: z.array(
    z.object({
      key: text,
      item: text,
      area: z.string().nullable(),
      quote: text,
      page: z.number().int().min(1).nullable().default(null),
      dataPoint: z.string().nullable().default(null),
      note: z.string().default(''),
    }),
  ),
  findings: z.array(
    z.object({
      area: text,
      text,
      stillToImprove: z.boolean().default(false),
      cites: z.array(z.union([z.object({ item: text }).strict(), z.object({ excerpt: text }).strict()])).min(1),
    }),
  ),
  judgements: z.array(z.object({ area: text, outcome, rationale: z.string().default('') })),
  actions: z.array(
    z.object({
      area: text,
      ref: z.string().default(''),
      text,
      owner: z.string().default(''),
      dueOn: isoDate.nullable().default(null),
      status: text,
      evidence: z.array(text).default([]),
    }),
  ),
  stocktakes: z.array(z.object({ takenOn: isoDate, note: z.string().default(''), counts: z.array(z.object({ label: text, count: z.number().int().min(0) })).min(1) })),
});
export type SeedAssessment = z.output<typeof seedAssessment>;

/** Each problem the assessment has, as a phrase for "The example library … is damaged: <phrase>"; empty when it is sound. */
export function assessmentProblems(a: SeedAssessment, areaCodes: ReadonlySet<string>, items: ReadonlyMap<string, { kind: string; seriesLabels: readonly string[] }>): string[] {
  const problems: string[] = [];
  const area = (code: string | null, what: string) => {
    if (code !== null && !areaCodes.has(code)) problems.push(`${what} names an unknown area ${code}`);
  };
  const item = (title: string, what: string) => {
    if (!items.has(title)) problems.push(`${what} names an unknown item “${title}”`);
  };
  const keys = new Set<string>();
  for (const x of a.excerpts) {
    if (keys.has(x.key)) problems.push(`two excerpts are called “${x.key}”`);
    keys.add(x.key);
    item(x.item, `the excerpt “${x.key}”`);
    area(x.area, `the excerpt “${x.key}”`);
    const of = items.get(x.item);
    if (x.dataPoint !== null && of && !of.seriesLabels.includes(x.dataPoint)) problems.push(`the excerpt “${x.key}” names a figure “${x.dataPoint}” that its item does not have`);
  }
  a.findings.forEach((f, i) => {
    area(f.area, `finding ${i + 1}`);
    for (const c of f.cites) {
      if ('item' in c) item(c.item, `finding ${i + 1}`);
      else if (!keys.has(c.excerpt)) problems.push(`finding ${i + 1} cites an unknown excerpt “${c.excerpt}”`);
    }
  });
  const judged = new Set<string>();
  for (const j of a.judgements) {
    area(j.area, 'a judgement');
    if (judged.has(j.area)) problems.push(`${j.area} is judged twice`);
    judged.add(j.area);
  }
  const labels = new Set(statusPresets.find((p) => p.id === a.statusPreset)!.statuses.map((s) => s.label.toLowerCase()));
  for (const x of a.actions) {
    area(x.area, `action ${x.ref || x.text}`);
    if (!labels.has(x.status.toLowerCase())) problems.push(`action ${x.ref || x.text} has an unknown status “${x.status}”`);
    for (const t of x.evidence) item(t, `action ${x.ref || x.text}`);
  }
  for (const s of a.stocktakes) for (const c of s.counts) if (!labels.has(c.label.toLowerCase())) problems.push(`the stocktake of ${s.takenOn} counts an unknown status “${c.label}”`);
  return problems;
}

/**
 * Writes the assessment; call inside the example's transaction, after the areas and
 * items. `ids` maps item titles to their ids. Findings, excerpts, actions and
 * stocktakes are written in the seed's order, so the example is the same every time.
 */
export function writeAssessment(db: Db, a: SeedAssessment, ids: ReadonlyMap<string, string>, now: Date, who: string): void {
  const areaId = (code: string) => findAreaByCode(db, code)!.id;
  const itemId = (title: string) => ids.get(title)!;
  const by = { who, at: now.toISOString() };

  applyPreset(db, a.statusPreset, []);
  const statusId = new Map(listStatuses(db).map((s) => [s.label.toLowerCase(), s.id]));

  const excerptIds = new Map<string, string>();
  for (const x of a.excerpts) {
    const created = createExcerpt(db, { evidenceId: itemId(x.item), areaId: x.area === null ? null : areaId(x.area), quote: x.quote, page: x.page, dataPoint: x.dataPoint, note: x.note }, now, who);
    excerptIds.set(x.key, created.id);
  }
  for (const f of a.findings) {
    const citations = f.cites.map((c) => ('item' in c ? { evidenceId: itemId(c.item) } : { excerptId: excerptIds.get(c.excerpt)! }));
    createFinding(db, { areaId: areaId(f.area), text: f.text, stillToImprove: f.stillToImprove, citations }, by);
  }
  for (const j of a.judgements) judgeArea(db, { areaId: areaId(j.area), outcome: j.outcome, rationale: j.rationale }, by);
  const today = now.toISOString().slice(0, 10);
  for (const x of a.actions)
    createAction(
      db,
      { areaId: areaId(x.area), ref: x.ref, text: x.text, owner: x.owner, dueOn: x.dueOn, statusId: statusId.get(x.status.toLowerCase())!, evidenceIds: x.evidence.map(itemId) },
      now,
      today,
    );
  for (const s of a.stocktakes) recordStocktake(db, { takenOn: s.takenOn, note: s.note, counts: s.counts }, now, who);
}
