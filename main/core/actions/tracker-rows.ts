/**
 * Turns a tracker's rows into actions with a column mapping: pure, so every problem
 * is found (named by row and column) before anything is written.
 */
import type { TrackerField, TrackerMapping, TrackerProblem } from '../../../shared/schemas/actions.ts';
import type { Cell } from '../tables/read-table.ts';
import { cellText, type Table as TrackerTable } from '../tables/table.ts';

export { cellText, splitHeader, type Table as TrackerTable } from '../tables/table.ts';
import { readDueDate } from './tracker-dates.ts';

const patterns: [Exclude<TrackerField, 'text'>, RegExp][] = [
  ['status', /status|\brag\b|\bbrag\b|rating|progress/i],
  ['dueOn', /due|deadline|by when|timescale|target date|completion date|date/i],
  ['owner', /owner|lead|responsib|\bwho\b|accountable/i],
  ['ref', /^\s*(?:ref(?:erence)?|no\.?|number|#|id|action (?:no\.?|ref(?:erence)?|number|id))\s*$/i],
  ['area', /\barea\b|\baoc\b|priority|weakness|concern/i],
];

/** Guesses which column holds which field from the headings; the action text is the column left with the longest text. */
export function proposeMapping(table: TrackerTable): TrackerMapping | null {
  const taken = new Set<number>();
  const mapping: TrackerMapping = { text: -1, ref: null, owner: null, dueOn: null, status: null, area: null };
  for (const [field, pattern] of patterns) {
    const i = table.columns.findIndex((c, idx) => !taken.has(idx) && pattern.test(c) && !/action$|description|task/i.test(c));
    if (i >= 0) {
      mapping[field] = i;
      taken.add(i);
    }
  }
  const named = table.columns.findIndex((c, idx) => !taken.has(idx) && /action|description|task|activity/i.test(c));
  if (named >= 0) mapping.text = named;
  else {
    const lengths = table.columns.map((_, idx) => (taken.has(idx) ? -1 : table.rows.slice(0, 20).reduce((n, r) => n + cellText(r.cells[idx]).length, 0)));
    const best = lengths.indexOf(Math.max(...lengths));
    if (best < 0 || (lengths[best] ?? 0) <= 0) return null;
    mapping.text = best;
  }
  return mapping;
}

export const normaliseWords = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export interface RowContext {
  statuses: { id: string; label: string }[];
  areas: { id: string; code: string; title: string }[];
  statusMap: Record<string, string>;
  defaultAreaId: string | null;
}

export interface ActionRow {
  row: number;
  areaId: string;
  ref: string;
  text: string;
  owner: string;
  dueOn: string | null;
  statusId: string | null;
}

export function matchStatus(value: string, ctx: Pick<RowContext, 'statuses' | 'statusMap'>): string | null {
  const mapped = Object.entries(ctx.statusMap).find(([k]) => normaliseWords(k) === normaliseWords(value));
  if (mapped) return mapped[1];
  return ctx.statuses.find((s) => normaliseWords(s.label) === normaliseWords(value))?.id ?? null;
}

function matchArea(value: string, ctx: RowContext): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  const v = squash(value);
  return ctx.areas.find((a) => squash(a.code) === v || squash(a.title) === v || v.startsWith(`${squash(a.code)}-`) || v.startsWith(`${squash(a.code)}:`))?.id ?? null;
}

export function readActionRows(table: TrackerTable, mapping: TrackerMapping, ctx: RowContext) {
  const problems: TrackerProblem[] = [];
  const actions: ActionRow[] = [];
  let skippedEmpty = 0;
  const width = table.columns.length;
  for (const field of ['text', 'ref', 'owner', 'dueOn', 'status', 'area'] as const) {
    const col = mapping[field];
    if (col !== null && col >= width)
      problems.push({ row: table.headerRow, column: `column ${col + 1}`, message: `The ${field} column chosen is not in the tracker, which has ${width} columns.` });
  }
  if (problems.length > 0) return { actions, problems, skippedEmpty };

  const cell = (cells: Cell[], col: number | null) => (col === null ? null : (cells[col] ?? null));
  for (const { row, cells } of table.rows) {
    const used = [mapping.text, mapping.ref, mapping.owner, mapping.dueOn, mapping.status, mapping.area].filter((c): c is number => c !== null);
    if (used.every((c) => cellText(cells[c]) === '')) {
      skippedEmpty++;
      continue;
    }
    const at = (col: number) => table.columns[col]!;
    const before = problems.length;
    const text = cellText(cell(cells, mapping.text));
    if (!text) problems.push({ row, column: at(mapping.text), message: 'is empty; every action needs its wording' });
    const due = readDueDate(cell(cells, mapping.dueOn));
    if (!due.ok) problems.push({ row, column: at(mapping.dueOn!), message: `"${cellText(cell(cells, mapping.dueOn))}" is not a date; write it like 14/03/2023 or 2023-03-14` });
    let statusId: string | null = null;
    const statusText = cellText(cell(cells, mapping.status));
    if (statusText) {
      statusId = matchStatus(statusText, ctx);
      if (statusId === null)
        problems.push({ row, column: at(mapping.status!), message: `"${statusText}" is not one of the library's statuses (${ctx.statuses.map((s) => s.label).join(', ')}); match it to one` });
    }
    let areaId = ctx.defaultAreaId;
    const areaText = cellText(cell(cells, mapping.area));
    if (areaText) {
      areaId = matchArea(areaText, ctx);
      if (areaId === null) problems.push({ row, column: at(mapping.area!), message: `"${areaText}" is not the code or title of an area of concern` });
    } else if (areaId === null)
      problems.push({ row, column: mapping.area === null ? 'Area' : at(mapping.area), message: 'names no area of concern, and no area was chosen for such rows' });
    if (problems.length > before) continue;
    actions.push({
      row,
      areaId: areaId!,
      ref: cellText(cell(cells, mapping.ref)).slice(0, 50),
      text: text.slice(0, 5000),
      owner: cellText(cell(cells, mapping.owner)).slice(0, 200),
      dueOn: due.ok ? due.value : null,
      statusId,
    });
  }
  return { actions, problems, skippedEmpty };
}
