/**
 * The readiness dashboard, computed from plain rows: no database, no clock. Counts
 * each area's linked items by kind of evidence, judges their freshness against the
 * revisit window, and lists the gaps an inspector would find, each with what the UI
 * needs to offer the fix.
 */
import type { JudgementWording, Outcome } from '../../../shared/schemas/assessment.ts';
import type { EvidenceKind, Stance, Strength, Voice } from '../../../shared/schemas/evidence.ts';
import {
  evidenceBuckets,
  type AreaReadiness,
  type EvidenceBucket,
  type Readiness,
  type ReadinessCell,
  type ReadinessGap,
} from '../../../shared/schemas/readiness.ts';
import { bucketOf, isFamilyVoice } from './buckets.ts';
import { freshnessOf, freshnessRule, type FreshnessRule } from './freshness.ts';
import { gapMessage, areaSummary } from './wording.ts';

export interface ReadinessRows {
  today: string;
  windowStart: string | null;
  windowEnd: string | null;
  freshnessMonths: number;
  wording: JudgementWording;
  areas: { id: string; code: string; title: string; outcome: Outcome | null }[];
  links: {
    areaId: string;
    evidenceId: string;
    title: string;
    kind: EvidenceKind;
    voice: Voice | null;
    asAt: string | null;
    stance: Stance;
    strength: Strength;
    /** The survey import an answer came from; null for anything else. */
    surveyImport?: string | null;
  }[];
  /** One row per finding and cited item (evidenceId null for a finding that cites nothing); excerpts resolved to their item. */
  citations: { areaId: string; findingId: string; evidenceId: string | null }[];
  actions: { id: string; areaId: string; dueOn: string | null; complete: boolean }[];
}

type Link = ReadinessRows['links'][number];
/** A gap before its sentence is written (Omit applied to each member of the union). */
type GapWithoutMessage = ReadinessGap extends infer G ? (G extends ReadinessGap ? Omit<G, 'message'> : never) : never;

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

function cellsOf(links: readonly Link[], rule: FreshnessRule): ReadinessCell[] {
  const cells = new Map<EvidenceBucket, ReadinessCell>(evidenceBuckets.map((b) => [b, { bucket: b, count: 0, newestAsAt: null, freshness: 'empty' }]));
  for (const l of links) {
    const cell = cells.get(bucketOf(l.kind, l.voice))!;
    cell.count += 1;
    if (l.asAt !== null && (cell.newestAsAt === null || l.asAt > cell.newestAsAt)) cell.newestAsAt = l.asAt;
  }
  for (const cell of cells.values()) if (cell.count > 0) cell.freshness = freshnessOf(cell.newestAsAt, rule);
  return [...cells.values()];
}

function gapsOf(
  areaId: string,
  links: readonly Link[],
  cells: readonly ReadinessCell[],
  outcome: Outcome | null,
  citations: readonly ReadinessRows['citations'][number][],
  actions: readonly ReadinessRows['actions'][number][],
  today: string,
  rule: FreshnessRule,
  freshnessMonths: number,
): ReadinessGap[] {
  const gaps: ReadinessGap[] = [];
  const add = (gap: GapWithoutMessage, count = 0, title = '') => {
    const full = { ...gap, message: '' } as ReadinessGap;
    full.message = gapMessage(full, { count, title, freshnessMonths, staleBefore: rule.staleBefore });
    gaps.push(full);
  };

  const present = cells.filter((c) => c.count > 0);
  if (links.length === 0) add({ type: 'no-evidence', areaId });
  else {
    if (present.length === 1) add({ type: 'one-kind-only', areaId, bucket: present[0]!.bucket });
    if (!present.some((c) => isFamilyVoice(c.bucket))) {
      const unattributed = links.filter((l) => bucketOf(l.kind, l.voice) === 'voice-unattributed').map((l) => l.evidenceId);
      add({ type: 'no-family-voice', areaId, unattributedVoiceIds: unattributed }, unattributed.length);
    }
    if (!links.some((l) => l.strength === 'impact')) {
      const candidates = links.filter((l) => l.stance === 'supports').map((l) => l.evidenceId);
      add({ type: 'no-impact', areaId, evidenceIds: candidates }, candidates.length);
    }
    const cited = new Set(citations.map((c) => c.evidenceId));
    for (const l of links) if (l.stance === 'counters' && !cited.has(l.evidenceId)) add({ type: 'unanswered-counter-evidence', areaId, evidenceId: l.evidenceId }, 1, l.title);
    const stale = links.filter((l) => l.asAt !== null && l.asAt < rule.staleBefore).map((l) => l.evidenceId);
    if (stale.length > 0) add({ type: 'stale-evidence', areaId, evidenceIds: stale }, stale.length);
  }
  if (outcome === null) add({ type: 'no-judgement', areaId });
  else if (!citations.some((c) => c.evidenceId !== null)) {
    const findingIds = [...new Set(citations.map((c) => c.findingId))];
    add({ type: 'judgement-without-evidence', areaId, findingIds }, findingIds.length);
  }
  const pastDue = actions.filter((a) => !a.complete && a.dueOn !== null && a.dueOn < today).map((a) => a.id);
  if (pastDue.length > 0) add({ type: 'actions-past-due', areaId, actionIds: pastDue }, pastDue.length);
  return gaps;
}

export function computeReadiness(rows: ReadinessRows): Readiness {
  const rule = freshnessRule(rows.today, rows.windowStart, rows.windowEnd, rows.freshnessMonths);
  const linksByArea = groupBy(rows.links, (l) => l.areaId);
  const citationsByArea = groupBy(rows.citations, (c) => c.areaId);
  const actionsByArea = groupBy(rows.actions, (a) => a.areaId);

  const areas: AreaReadiness[] = rows.areas.map((a) => {
    const links = linksByArea.get(a.id) ?? [];
    const citations = citationsByArea.get(a.id) ?? [];
    const actions = actionsByArea.get(a.id) ?? [];
    const cells = cellsOf(links, rule);
    const gaps = gapsOf(a.id, links, cells, a.outcome, citations, actions, rows.today, rule, rows.freshnessMonths);
    const base = {
      areaId: a.id,
      code: a.code,
      title: a.title,
      judgement: a.outcome,
      cells,
      linkedItems: links.length,
      surveyAnswers: links.filter((l) => l.surveyImport).length,
      surveys: new Set(links.map((l) => l.surveyImport).filter(Boolean)).size,
      impactLinks: links.filter((l) => l.strength === 'impact').length,
      counterLinks: links.filter((l) => l.stance === 'counters').length,
      findings: new Set(citations.map((c) => c.findingId)).size,
      actions: {
        total: actions.length,
        complete: actions.filter((x) => x.complete).length,
        pastDue: actions.filter((x) => !x.complete && x.dueOn !== null && x.dueOn < rows.today).length,
      },
      gaps,
    };
    return { ...base, summary: areaSummary(base, rows.wording) };
  });

  return {
    today: rows.today,
    referenceDate: rule.referenceDate,
    staleBefore: rule.staleBefore,
    freshnessMonths: rows.freshnessMonths,
    buckets: evidenceBuckets,
    areas,
    totals: {
      areas: areas.length,
      judged: areas.filter((a) => a.judgement !== null).length,
      gaps: areas.reduce((n, a) => n + a.gaps.length, 0),
      linkedItems: new Set(rows.links.map((l) => l.evidenceId)).size,
    },
  };
}
