import { z } from 'zod';
import { id, isoDate, line, longText } from './common.ts';

export const seriesUnits = ['percentage', 'count', 'days', 'weeks', 'rate'] as const;
export type SeriesUnit = (typeof seriesUnits)[number];
export const seriesPeriods = ['month', 'quarter', 'term', 'year'] as const;
export type SeriesPeriod = (typeof seriesPeriods)[number];
/** Which way the numbers should move: up (plans on time) or down (complaints, exclusions). */
export const betterDirections = ['higher', 'lower'] as const;
export type BetterDirection = (typeof betterDirections)[number];

const finite = z.number({ message: 'must be a number' }).finite({ message: 'must be a number' });
/** A reference value (baseline, target…): a number, or null for none. */
const reference = finite.nullable();

export const seriesValueInput = z.object({
  /** The first day of the period, YYYY-MM-DD (e.g. 2021-09-01 for the 2021/22 school year). */
  periodStart: isoDate,
  /** The period as people write it: "Jan 2021", "Q3 2021", "2020/21"; left empty, the app names it from the period. */
  label: longText(60).default(''),
  /** A percentage on a 0-100 scale (67.7 means 67.7%). */
  value: finite,
  note: longText(500).default(''),
});

/** The details of a data series; the item's title, source and description are its name, source and notes. */
export const seriesDetailsInput = z.object({
  unit: z.enum(seriesUnits, { message: 'must be percentage, count, days, weeks or rate' }),
  period: z.enum(seriesPeriods, { message: 'must be month, quarter, term or year' }),
  better: z.enum(betterDirections, { message: 'must be higher or lower' }),
  baseline: reference.default(null),
  target: reference.default(null),
  milestone: reference.default(null),
  englandAverage: reference.default(null),
  /** How many of the latest periods the direction of travel looks at; null: the default for the period. */
  trendPeriods: z.number().int().min(2, { message: 'must be 2 or more' }).max(60, { message: 'must be at most 60' }).nullable().default(null),
});

/**
 * Sets a data item's details and, when `values` is given, replaces all its values
 * (two values for the same period are refused, naming the period).
 */
export const seriesSaveInput = seriesDetailsInput
  // A field left out keeps its current value (`.partial()` alone would fill the defaults in, wiping them).
  .extend({
    baseline: reference.optional(),
    target: reference.optional(),
    milestone: reference.optional(),
    englandAverage: reference.optional(),
    trendPeriods: seriesDetailsInput.shape.trendPeriods.unwrap().optional(),
  })
  .partial()
  .extend({
  id,
  values: z.array(seriesValueInput).max(100_000, { message: 'must have at most 100,000 values' }).optional(),
});

export const seriesCreateInput = seriesDetailsInput.extend({
  title: line(2000),
  source: longText(200).default(''),
  description: longText(50000).default(''),
  asAt: isoDate.nullable().default(null),
  values: z.array(seriesValueInput).max(100_000).default([]),
  areaIds: z.array(id).max(200).default([]),
});

export interface SeriesValue {
  periodStart: string;
  label: string;
  value: number;
  note: string;
}

export type TrendDirection = 'improving' | 'worsening' | 'no-clear-change' | 'not-enough-data';

export interface Trend {
  direction: TrendDirection;
  /** Which way the numbers themselves moved (independent of which way is better). */
  arrow: 'up' | 'down' | 'flat' | null;
  /** How many periods it looked at. */
  periods: number;
  /** In words, e.g. "Improving: up from 20% in 2021/22 to 39% in 2023/24 over the last 3 years." */
  words: string;
}

export interface SeriesDetails {
  unit: SeriesUnit;
  period: SeriesPeriod;
  better: BetterDirection;
  baseline: number | null;
  target: number | null;
  milestone: number | null;
  englandAverage: number | null;
  trendPeriods: number | null;
}

export interface Series extends SeriesDetails {
  /** The evidence item's id. */
  id: string;
  title: string;
  source: string;
  description: string;
  /** False when the item is of kind data but no details have been saved yet (shown with defaults). */
  saved: boolean;
  /** Oldest first. */
  values: SeriesValue[];
  /** The number of periods the trend used by default when trendPeriods is null. */
  defaultTrendPeriods: number;
  trend: Trend;
}

/** Where a spreadsheet to import is: a file staged with files/stage, or (CLI, automation) a path on this computer. */
export const tableSource = z
  .object({ uploadId: id.optional(), path: longText(4096).optional(), sheet: longText(200).optional() })
  .refine((v) => (v.uploadId === undefined) !== (v.path === undefined), { message: 'name either an uploaded file or a path, not both' });

/** A cell the preview marks: 1-based spreadsheet row, the column's heading, and what is wrong. */
export interface CellProblem {
  row: number;
  column: string;
  message: string;
}

/** How a spreadsheet's columns become series: one date column, and one series per value column. */
export const seriesMapping = z.object({
  /** 0-based column index of the periods ("Jan 2021", "2020/21", "Q3 2021"…). */
  dateColumn: z.number().int().min(0),
  valueColumns: z
    .array(
      z.object({
        column: z.number().int().min(0),
        /** The series' name; defaults to the column heading. */
        title: longText(2000).default(''),
        unit: z.enum(seriesUnits).optional(),
        better: z.enum(betterDirections).default('higher'),
        /**
         * A data series already in the library that this column's figures are added to (next
         * month's file of the same KPIs), instead of making a new series. Its name, unit and
         * period are kept; title, unit and better are then ignored.
         */
        into: id.optional(),
      }),
    )
    .min(1, { message: 'must name at least one value column' })
    .max(100, { message: 'must name at most 100 value columns' }),
  period: z.enum(seriesPeriods).optional(),
});
export type SeriesMapping = z.output<typeof seriesMapping>;

export const seriesImportInput = z.object({
  source: tableSource,
  mapping: seriesMapping,
  /** The source organisation written on every series made. */
  sourceOrganisation: longText(200).default(''),
  areaIds: z.array(id).max(200).default([]),
  /** The imported file's name, kept with each series made as its source file (default: the path's name, or "Imported data.csv"/".xlsx"). */
  fileName: longText(255).optional(),
});

export interface SeriesPreviewColumn {
  index: number;
  heading: string;
  /** What the column looks like from its cells. */
  looksLike: 'dates' | 'numbers' | 'percentages' | 'text' | 'empty';
  /** For value columns: the unit it seems to be in. */
  unit: SeriesUnit | null;
}

export interface SeriesPreview {
  sheets: string[];
  sheet: string | null;
  columns: SeriesPreviewColumn[];
  headerRow: number;
  /** Up to twenty rows after the header, as text. */
  sample: { row: number; cells: string[] }[];
  rowCount: number;
  /** The mapping the app proposes (null when it found no date column or no numbers). */
  proposedMapping: SeriesMapping | null;
  /** The period the dates seem to be in. */
  period: SeriesPeriod | null;
  /** Cells that would stop the import with the proposed mapping (unreadable dates, text among numbers, duplicate periods). */
  problems: CellProblem[];
  /** The data series already in the library, which a column's figures can be added to (by title; at most 2,000). */
  existingSeries: ExistingSeries[];
}

/** A data series in the library, as the import offers it for adding figures to. */
export interface ExistingSeries {
  id: string;
  title: string;
  unit: SeriesUnit;
  period: SeriesPeriod;
  /** How many figures it has, and the label of the latest ("Aug 2024"; null when it has none). */
  figures: number;
  latest: string | null;
}

/** A figure an import replaced in an existing series. */
export interface ChangedFigure {
  label: string;
  before: number;
  after: number;
}

export interface SeriesImportResult {
  created: { id: string; title: string; values: number }[];
  /** Existing series the figures went into: periods new to it, figures replaced, figures it had already. */
  updated: { id: string; title: string; unit: SeriesUnit; added: number; changed: ChangedFigure[]; unchanged: number; /** The periods added, as labelled ("Jul 2024"). */ addedLabels: string[] }[];
}
