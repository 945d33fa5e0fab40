import type { Outcome } from './assessment.ts';

/**
 * The kinds of evidence the dashboard counts. An item's kind comes from its `voice`
 * when it has one; otherwise data → data, feedback → voice-unattributed (a voice,
 * but whose is not yet said), document and case study → documents.
 */
export const evidenceBuckets = ['documents', 'data', 'parent-carer', 'child-young-person', 'practitioner', 'voice-unattributed'] as const;
export type EvidenceBucket = (typeof evidenceBuckets)[number];

export const bucketLabels: Record<EvidenceBucket, string> = {
  documents: 'Documents',
  data: 'Data',
  'parent-carer': 'Parent and carer voice',
  'child-young-person': 'Child and young person voice',
  practitioner: 'Practitioner voice',
  'voice-unattributed': 'Voice (whose not said)',
};

/**
 * fresh: newer than the freshness limit and still will be at the end of the revisit window;
 * ageing: fresh now but stale before the window ends (or within two months, with no window);
 * stale: older than the limit; undated: items but no "as at" dates; empty: no items.
 */
export type Freshness = 'fresh' | 'ageing' | 'stale' | 'undated' | 'empty';

export interface ReadinessCell {
  bucket: EvidenceBucket;
  count: number;
  /** The newest "as at" date among the cell's items (YYYY-MM-DD), or null. */
  newestAsAt: string | null;
  freshness: Freshness;
}

export type ReadinessGap =
  | { type: 'no-evidence'; areaId: string; message: string }
  | { type: 'one-kind-only'; areaId: string; message: string; bucket: EvidenceBucket }
  | { type: 'no-family-voice'; areaId: string; message: string; unattributedVoiceIds: string[] }
  | { type: 'no-impact'; areaId: string; message: string; evidenceIds: string[] }
  | { type: 'unanswered-counter-evidence'; areaId: string; message: string; evidenceId: string }
  | { type: 'stale-evidence'; areaId: string; message: string; evidenceIds: string[] }
  | { type: 'no-judgement'; areaId: string; message: string }
  | { type: 'judgement-without-evidence'; areaId: string; message: string; findingIds: string[] }
  | { type: 'actions-past-due'; areaId: string; message: string; actionIds: string[] };
export type GapType = ReadinessGap['type'];

export interface AreaReadiness {
  areaId: string;
  code: string;
  title: string;
  judgement: Outcome | null;
  /** One cell per bucket, in `evidenceBuckets` order. */
  cells: ReadinessCell[];
  linkedItems: number;
  /** Of the linked items, how many are answers from survey imports, and from how many surveys. */
  surveyAnswers: number;
  surveys: number;
  impactLinks: number;
  counterLinks: number;
  findings: number;
  actions: { total: number; complete: number; pastDue: number };
  gaps: ReadinessGap[];
  /** One line for the top of the screen. */
  summary: string;
}

export interface Readiness {
  /** The day freshness and due dates were judged from. */
  today: string;
  /** The date evidence is judged against: the start of the revisit window if later than today, else today. */
  referenceDate: string;
  /** Items dated before this are stale. */
  staleBefore: string;
  freshnessMonths: number;
  buckets: readonly EvidenceBucket[];
  areas: AreaReadiness[];
  totals: { areas: number; judged: number; gaps: number; linkedItems: number };
}
