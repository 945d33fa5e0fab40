/**
 * Shapes of the text that drives the example library: the seed.json items and the
 * files attached to them. Everything here is about a fictional local area.
 */

export type EvidenceKind = 'document' | 'data' | 'feedback' | 'case-study';
export type Stance = 'supports' | 'counters';

/** A piece of a written document (PDF or Word). */
export type Block =
  | { h: string }
  | { p: string }
  | { bullets: string[] }
  | { table: { head: string[]; rows: string[][]; widths?: number[] } }
  | { meta: [string, string][] };

/** A document laid out as a PDF or a Word file. Title and date come from the item. */
export interface WrittenSpec {
  type: 'pdf' | 'docx';
  /** File name inside resources/example/files/. */
  name: string;
  /** The organisation whose letterhead the document carries. */
  org: string;
  /** The kind of document, shown above the title (e.g. "Minutes"). */
  label: string;
  /** The heading on the page, when it differs from the item's title. */
  heading?: string;
  blocks: Block[];
}

export interface CsvSpec {
  type: 'csv';
  name: string;
  rows: (string | number)[][];
}

/** A plain text file: .txt, .md or .eml, written exactly as given. */
export interface TextSpec {
  type: 'text';
  name: string;
  text: string;
}

export type FileSpec = WrittenSpec | CsvSpec | TextSpec;

export interface LinkSpec {
  area: string;
  stance: Stance;
  note: string;
  /** Left out: activity. "impact" when the item shows a difference made to children and families. */
  strength?: 'activity' | 'impact';
}

export interface ItemSpec {
  title: string;
  kind: EvidenceKind;
  asAt: string | null;
  source: string;
  description: string;
  personalData: boolean;
  files: FileSpec[];
  links: LinkSpec[];
  /** For an item of kind 'data': the series its numbers make (the same numbers as its file). */
  series?: SeriesSpec;
  /** For an item of kind 'feedback': whose voice, how it reached us, and what it felt like. */
  feedback?: FeedbackSpec;
}

/** One period of a data series. A percentage is on a 0–100 scale (67.7, not 0.677). */
export interface SeriesValueSpec {
  /** The first day of the period, YYYY-MM-DD. */
  periodStart: string;
  /** The period as the council writes it ("Jan 2021", "2023-24 Q1", "2021/22"); also the first cell of its row in the file. */
  label: string;
  value: number;
  note?: string;
}

export interface SeriesSpec {
  unit: 'percentage' | 'count' | 'days' | 'weeks' | 'rate';
  period: 'month' | 'quarter' | 'term' | 'year';
  better: 'higher' | 'lower';
  baseline: number | null;
  target: number | null;
  milestone: number | null;
  englandAverage: number | null;
  /** How many of the latest periods the direction of travel looks at; left out, the app's default for the period. */
  trendPeriods?: number;
  /** Oldest first. */
  values: SeriesValueSpec[];
}

/** Exactly whose voice a feedback item carries. */
export type FeedbackVoice = 'parent-carer' | 'child-young-person' | 'practitioner' | 'school-senco' | 'parent-carer-forum' | 'sendiass' | 'other';

export interface FeedbackSpec {
  voice: FeedbackVoice;
  channel: 'survey' | 'event' | 'complaint' | 'compliment' | 'forum-meeting' | 'you-said-we-did' | null;
  sentiment: 'positive' | 'mixed' | 'negative';
  consent: boolean;
  anonymised: boolean;
  /** "You said, we did": the title of the item that records the action taken. */
  answeredBy?: string;
}

export interface LibrarySpec {
  name: string;
  partners: string[];
  initialInspectionDate: string;
  wsoaFitDate: string;
  revisitWindowStart: string;
  revisitWindowEnd: string;
  userName: string;
}

export interface AreaSpec {
  code: string;
  title: string;
  weakness: string;
}

/** A quote from an item's file, or (for a data item) one figure of its series, by the value's label. */
export type ExcerptSpec = { key: string; item: string; area: string | null; note: string } & ({ quote: string; dataPoint?: undefined } | { dataPoint: string; quote?: undefined });

/** A finding cites whole items by title, or excerpts by key. */
export type CiteSpec = { item: string } | { excerpt: string };

export interface FindingSpec {
  area: string;
  text: string;
  stillToImprove?: boolean;
  cites: CiteSpec[];
}

export interface JudgementSpec {
  area: string;
  outcome: 'sufficient' | 'not-sufficient';
  rationale: string;
}

export interface ActionSpec {
  area: string;
  ref: string;
  text: string;
  owner: string;
  dueOn: string | null;
  /** A status of the scheme in `statusPreset`. */
  status: string;
  /** Titles of the items that prove the action. */
  evidence: string[];
}

export interface StocktakeSpec {
  takenOn: string;
  note: string;
  /** Counts per status as recorded from the tracker (not the library's own actions). */
  counts: { label: string; count: number }[];
}

/** What the LANO has drafted: findings, judgements, WSoA actions and stocktakes. */
export interface AssessmentSpec {
  statusPreset: 'walsall' | 'wirral' | 'dudley';
  /** Links that show impact (a difference made to children and families), not just activity. */
  impact: { item: string; area: string }[];
  excerpts: ExcerptSpec[];
  findings: FindingSpec[];
  judgements: JudgementSpec[];
  actions: ActionSpec[];
  stocktakes: StocktakeSpec[];
}
