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
}

export interface ItemSpec {
  title: string;
  kind: EvidenceKind;
  asAt: string | null;
  source: string;
  description: string;
  personalData: boolean;
  /** Whose voice a feedback item carries. */
  voice?: 'parent-carer' | 'child-young-person' | 'practitioner';
  files: FileSpec[];
  links: LinkSpec[];
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
