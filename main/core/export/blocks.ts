/**
 * The pack as a flat list of blocks (headings, paragraphs, lists, tables) for the PDF and
 * Word renderers, in the same order and words as the HTML (html.ts). Text comes only from
 * the pack model (model.ts, wording.ts); here it is only arranged and cleaned.
 */
import { formatDate } from '../../../shared/format.ts';
import type { PackSeries } from './annexes.ts';
import type { CountRow, Pack, PackArea } from './model.ts';
import { withheldMarker } from './wording.ts';

export type ParaStyle = 'body' | 'date' | 'note' | 'quote' | 'judgement';

export interface ListItem {
  /** "Still to improve:", shown in bold before the text. */
  lead: string;
  text: string;
  /** "[E1], [E2]" or empty. */
  refs: string;
}

export interface TableBlock {
  kind: 'table';
  caption: string;
  head: string[];
  rows: string[][];
  /** Relative column widths. */
  widths: number[];
}

/** A chart: its SVG, the text alternative, and the caption shown under it. */
export interface FigureBlock {
  kind: 'figure';
  svg: string;
  alt: string;
  caption: string;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | FigureBlock
  | { kind: 'para'; style: ParaStyle; text: string }
  | { kind: 'list'; items: ListItem[] }
  | TableBlock;

// C0/C1 control characters other than tab and newline: invalid in XML and useless in a PDF.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A lone surrogate half cannot be encoded as UTF-8 XML or mapped to a glyph.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Library text made safe for any format: no control characters, no broken surrogates. */
export const clean = (text: string) => text.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');

export const headings = {
  heardFrom: 'Who we heard from and what we examined',
  findings: 'Main findings',
  closing: 'Closing',
  annexA: 'Annex A: exhibit index',
  annexB: 'Annex B: data series',
  annexC: 'Annex C: who the feedback came from',
  annexD: 'Annex D: latest stocktake of the written statement of action',
  annexE: 'Annex E: actions of the written statement of action',
  held: 'Evidence held for each area',
  wordsOnly: 'Exhibits without a file',
  initially: 'At the initial inspection, inspectors found the following:',
  noFindings: 'No findings have been recorded for this area yet.',
  stillToImprove: 'Still to improve:',
  draftNote: 'Draft: this pack is not final.',
} as const;

export const exhibitHead = ['Reference', 'Title', 'Kind', 'As at', 'Source', 'Areas'];
export const heldHead = ['Reference', 'Exhibit', 'Stance', 'Why it counts'];
export const actionsHead = ['Ref', 'Action', 'Owner', 'Due', 'Status'];

/** Captions and fixed sentences shared by every format. */
export const captions = {
  voices: 'Whose voice the evidence carries (number of evidence items)',
  kinds: 'Evidence by kind',
  wordsOnly: 'These exhibits have no file: each travels as its own words, printed here (and, in the zip, as a text file beside the other exhibits).',
  noWords: 'No words are recorded for this exhibit.',
  held: 'Every exhibit that evidences each area, whether it supports or counters progress, and why it counts.',
  noHeld: 'No exhibit in this pack evidences this area.',
} as const;

/** "E5: What young people told us" as the lead of an exhibit's words. */
export const wordsLead = (e: { ref: string; title: string }) => `${e.ref}: ${e.title}.`;

const para = (text: string, style: ParaStyle = 'body'): Block => ({ kind: 'para', style, text: clean(text) });

/** Paragraphs of user text, split on blank lines as the HTML does. */
const paras = (text: string, style: ParaStyle) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => para(p, style));

const countTable = (caption: string, head: string, rows: CountRow[]): TableBlock => ({
  kind: 'table',
  caption,
  head: [head, 'Items'],
  rows: rows.map((r) => [clean(r.label), r.count]),
  widths: [3, 1],
});

function area(a: PackArea): Block[] {
  return [
    { kind: 'heading', level: 3, text: clean(`${a.code}: ${a.title}`) },
    para(headings.initially),
    ...paras(a.weakness, 'quote'),
    a.findings.length
      ? {
          kind: 'list',
          items: a.findings.map((f) => ({ lead: f.stillToImprove ? headings.stillToImprove : '', text: clean(f.text), refs: [...f.refs.map((r) => `[${r}]`), withheldMarker(f.withheld)].filter(Boolean).join(', ') })),
        }
      : para(headings.noFindings),
    para(a.judgementSentence, 'judgement'),
  ];
}

export function exhibitTable(pack: Pack): TableBlock {
  return {
    kind: 'table',
    caption: 'Every exhibit, in order of reference',
    head: exhibitHead,
    rows: pack.exhibits.map((e) => [e.ref, clean(e.title), e.kindLabel, formatDate(e.asAt, 'Not dated'), clean(e.source || 'Not recorded'), clean(e.areaCodes.join(', '))]),
    widths: [1.05, 3, 1.05, 1.35, 1.8, 1],
  };
}

/** Exhibits without a file, with their words. */
function wordsBlocks(pack: Pack): Block[] {
  const bare = pack.exhibits.filter((e) => e.words !== null);
  if (!bare.length) return [];
  return [
    { kind: 'heading', level: 3, text: headings.wordsOnly },
    para(captions.wordsOnly),
    { kind: 'list', items: bare.map((e) => ({ lead: clean(wordsLead(e)), text: clean(e.words || captions.noWords), refs: '' })) },
  ];
}

export function heldTable(h: Pack['held'][number]): TableBlock {
  return {
    kind: 'table',
    caption: clean(`${h.code}: ${h.title}`),
    head: heldHead,
    rows: h.rows.map((r) => [r.ref, clean(r.title), r.stance, clean(r.note || '—')]),
    widths: [1.05, 3, 1.5, 3],
  };
}

function heldBlocks(pack: Pack): Block[] {
  if (!pack.exhibits.length || !pack.held.length) return [];
  return [
    { kind: 'heading', level: 3, text: headings.held },
    para(captions.held),
    ...pack.held.flatMap((h): Block[] => (h.rows.length ? [heldTable(h)] : [para(`${h.code}: ${h.title}. ${captions.noHeld}`)])),
  ];
}

export function actionsTable(a: Pack['actions']['areas'][number]): TableBlock {
  return { kind: 'table', caption: clean(a.caption), head: actionsHead, rows: a.rows.map((r) => r.map(clean)), widths: [0.8, 4, 1.6, 1.3, 1.5] };
}

function seriesBlocks(s: PackSeries): Block[] {
  return [
    { kind: 'heading', level: 3, text: clean(`${s.ref}: ${s.title}`) },
    ...(s.trend ? [para(s.trend)] : []),
    ...(s.references ? [para(`Reference lines: ${s.references}.`)] : []),
    ...(s.chart ? [{ kind: 'figure', svg: s.chart.svg, alt: clean(s.chart.alt), caption: clean(s.chart.caption) } satisfies FigureBlock] : []),
    ...(s.rows.length
      ? [{ kind: 'table', caption: clean(s.tableCaption), head: ['Period', 'Value'], rows: s.rows.map((r) => r.map(clean)), widths: [2, 1] } satisfies TableBlock]
      : [para('No figures have been recorded for this series.')]),
  ];
}

export const voicesHead = ['Voice', 'Positive', 'Mixed', 'Negative', 'Not recorded', 'Total'];

export function voicesTable(pack: Pack): TableBlock {
  return {
    kind: 'table',
    caption: 'Feedback among the exhibits by whose voice and sentiment (number of pieces of feedback)',
    head: voicesHead,
    rows: pack.voices.rows.map((r) => [r.label, r.positive, r.mixed, r.negative, r.notRecorded, r.total]),
    widths: [2.4, 1, 1, 1, 1.1, 1],
  };
}

export function packBlocks(pack: Pack): Block[] {
  const st = pack.stocktake;
  return [
    ...(pack.draft ? [para(headings.draftNote, 'note')] : []),
    para(pack.dateText, 'date'),
    { kind: 'heading', level: 1, text: clean(pack.title) },
    para(`Evidence as at ${pack.dateText}.`),
    ...pack.notes.map((n) => para(n, 'note')),
    ...pack.opening.map((t) => para(t)),
    ...pack.summary.map((t) => para(t)),
    { kind: 'heading', level: 2, text: headings.heardFrom },
    ...pack.heardFrom.sentences.map((t) => para(t)),
    countTable(captions.voices, 'Voice', pack.heardFrom.voices),
    countTable(captions.kinds, 'Kind', pack.heardFrom.kinds),
    { kind: 'heading', level: 2, text: headings.findings },
    ...pack.areas.flatMap(area),
    { kind: 'heading', level: 2, text: headings.closing },
    ...pack.closing.map((t) => para(t)),
    { kind: 'heading', level: 2, text: headings.annexA },
    pack.exhibits.length ? exhibitTable(pack) : para('The pack cites no exhibits.'),
    ...wordsBlocks(pack),
    ...heldBlocks(pack),
    { kind: 'heading', level: 2, text: headings.annexB },
    ...(pack.series.length ? pack.series.flatMap(seriesBlocks) : [para('No data series is among the exhibits.')]),
    { kind: 'heading', level: 2, text: headings.annexC },
    ...pack.voices.sentences.map((t) => para(t)),
    ...(pack.voices.rows.length ? [voicesTable(pack)] : []),
    { kind: 'heading', level: 2, text: headings.annexD },
    ...(st
      ? [para(st.summary), { kind: 'table', caption: `Actions by status on ${formatDate(st.takenOn)}`, head: ['Status', 'Actions'], rows: st.counts.map((c) => [clean(c.label), c.count]), widths: [3, 1] } satisfies TableBlock]
      : [para('No stocktake of the written statement of action has been recorded yet.')]),
    { kind: 'heading', level: 2, text: headings.annexE },
    ...pack.actions.sentences.map((t) => para(t)),
    ...pack.actions.areas.map(actionsTable),
  ];
}
