import { z } from 'zod';
import { id, isoDate, line, longText } from './common.ts';

/** Colour families for statuses; the UI always writes the label beside the colour. */
export const colourFamilies = ['green', 'amber', 'red', 'blue', 'grey'] as const;
export type ColourFamily = (typeof colourFamilies)[number];
export const colourFamily = z.enum(colourFamilies, { message: 'must be green, amber, red, blue or grey' });

export interface ActionStatus {
  id: string;
  label: string;
  colour: ColourFamily;
  /** Whether an action with this status counts as complete in a stocktake. */
  complete: boolean;
  position: number;
  /** How many actions have this status now. */
  actionCount: number;
}

export const statusPresetIds = ['walsall', 'wirral', 'dudley'] as const;
export type StatusPresetId = (typeof statusPresetIds)[number];

export interface StatusPreset {
  id: StatusPresetId;
  name: string;
  statuses: { label: string; colour: ColourFamily; complete: boolean }[];
}

/** The status schemes of real WSoA trackers (DOMAIN.md), wording exactly as the areas use it. */
export const statusPresets: readonly StatusPreset[] = [
  {
    id: 'walsall',
    name: 'Walsall (eight statuses)',
    statuses: [
      { label: 'Not Started', colour: 'grey', complete: false },
      { label: 'Beyond Milestone', colour: 'red', complete: false },
      { label: 'Delayed', colour: 'amber', complete: false },
      { label: 'Paused - Covid Exception', colour: 'grey', complete: false },
      { label: 'In Progress', colour: 'green', complete: false },
      { label: 'Complete', colour: 'blue', complete: true },
      { label: 'Complete and Embedded', colour: 'blue', complete: true },
      { label: 'Closed', colour: 'blue', complete: true },
    ],
  },
  {
    id: 'wirral',
    name: 'Wirral (BRAG)',
    statuses: [
      { label: 'Completed', colour: 'blue', complete: true },
      { label: 'On track', colour: 'green', complete: false },
      { label: 'At risk of delay', colour: 'amber', complete: false },
      { label: 'Missed deadline', colour: 'red', complete: false },
    ],
  },
  {
    id: 'dudley',
    name: 'Dudley (three statuses)',
    statuses: [
      { label: 'Completed', colour: 'green', complete: true },
      { label: 'In progress', colour: 'amber', complete: false },
      { label: 'Yet to start', colour: 'grey', complete: false },
    ],
  },
];

const statusDraft = z.object({
  /** Present for a status that exists already (it keeps its actions); absent for a new one. */
  id: id.optional(),
  label: line(100),
  colour: colourFamily,
  complete: z.boolean({ message: 'must be true or false' }),
});

/** When a status that actions still use goes, which status (by label, in the new scheme) they move to. */
const replacements = z
  .array(z.object({ fromStatusId: id, toLabel: line(100) }))
  .max(100)
  .default([]);

export const setStatusesInput = z.object({
  statuses: z.array(statusDraft).min(1, { message: 'must list at least one status' }).max(30, { message: 'must list at most 30 statuses' }),
  replacements,
});

export const applyPresetInput = z.object({
  preset: z.enum(statusPresetIds, { message: 'must be walsall, wirral or dudley' }),
  replacements,
});

export interface Action {
  id: string;
  areaId: string;
  areaCode: string;
  /** The tracker's own reference, e.g. "1.3"; may be empty. */
  ref: string;
  text: string;
  owner: string;
  dueOn: string | null;
  statusId: string | null;
  statusLabel: string | null;
  statusColour: ColourFamily;
  complete: boolean;
  /** Due before today and not complete. */
  pastDue: boolean;
  position: number;
  evidenceIds: string[];
  updatedAt: string;
}

export const actionListInput = z.object({ areaId: id.optional() });

export const actionCreateInput = z.object({
  areaId: id,
  text: line(5000),
  ref: longText(50).default(''),
  owner: longText(200).default(''),
  dueOn: isoDate.nullable().default(null),
  statusId: id.nullable().default(null),
  evidenceIds: z.array(id).max(500).default([]),
});

export const actionUpdateInput = z.object({
  id,
  areaId: id.optional(),
  text: line(5000).optional(),
  ref: longText(50).optional(),
  owner: longText(200).optional(),
  dueOn: isoDate.nullable().optional(),
  statusId: id.nullable().optional(),
  evidenceIds: z.array(id).max(500).optional(),
});

export const actionRestoreInput = z.object({
  action: z.object({
    id,
    areaId: id,
    ref: z.string(),
    text: line(5000),
    owner: z.string(),
    dueOn: isoDate.nullable(),
    statusId: id.nullable(),
    position: z.number().int().min(0),
    evidenceIds: z.array(id),
  }),
});

/** Where the tracker is: a file staged with files/stage, or (CLI, automation) a path on this computer. */
export const trackerSource = z
  .object({ uploadId: id.optional(), path: longText(4096).optional(), sheet: longText(200).optional() })
  .refine((v) => (v.uploadId === undefined) !== (v.path === undefined), { message: 'name either an uploaded file or a path, not both' });

export const trackerFields = ['text', 'ref', 'owner', 'dueOn', 'status', 'area'] as const;
export type TrackerField = (typeof trackerFields)[number];

/** Which column (0-based index into `columns`) holds each field; only `text` is required. */
export const trackerMapping = z.object({
  text: z.number().int().min(0),
  ref: z.number().int().min(0).nullable().default(null),
  owner: z.number().int().min(0).nullable().default(null),
  dueOn: z.number().int().min(0).nullable().default(null),
  status: z.number().int().min(0).nullable().default(null),
  area: z.number().int().min(0).nullable().default(null),
});
export type TrackerMapping = z.output<typeof trackerMapping>;

export const importActionsInput = z.object({
  source: trackerSource,
  mapping: trackerMapping,
  /** The area for rows with no area column (or an empty cell in it). */
  areaId: id.nullable().default(null),
  /** Tracker wording → status id, for statuses written differently from the scheme ("Amber" → "At risk of delay"). */
  statusMap: z.record(z.string(), id).default({}),
});

export interface TrackerPreview {
  /** The sheets of a workbook (empty for CSV) and the one read. */
  sheets: string[];
  sheet: string | null;
  /** The header row's cells, in order. */
  columns: string[];
  /** The spreadsheet row number of the header row (1-based, as Excel shows it). */
  headerRow: number;
  /** Up to ten rows after the header, as text, with their spreadsheet row numbers. */
  sample: { row: number; cells: string[] }[];
  rowCount: number;
  /** The columns that look like each field, from their headings. */
  proposedMapping: TrackerMapping | null;
  /** Each distinct status written in the proposed status column, and the scheme status it matches (or null). */
  statusValues: { value: string; statusId: string | null; rows: number }[];
}

export interface TrackerProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Rows with nothing in them, skipped. */
  skippedEmpty: number;
}

export interface StocktakeCount {
  label: string;
  colour: ColourFamily;
  complete: boolean;
  count: number;
}

export interface Stocktake {
  id: string;
  takenOn: string;
  note: string;
  recordedBy: string;
  counts: StocktakeCount[];
  total: number;
  completeCount: number;
  /** Whole per cent, rounded. */
  completePercent: number;
  /** "149 of 184 actions (81%) complete; 35 in progress; at the previous stocktake on 14 March 2023, 120 of 184 (65%) were complete." */
  summary: string;
  previousId: string | null;
}

export const stocktakeRecordInput = z.object({
  takenOn: isoDate,
  note: longText(5000).default(''),
  /**
   * Counts to record as given (e.g. a stocktake made before the library existed), by
   * status label; left out, the counts are taken from the actions now.
   */
  counts: z
    .array(z.object({ label: line(100), count: z.number().int().min(0), colour: colourFamily.optional(), complete: z.boolean().optional() }))
    .max(30)
    .optional(),
});
