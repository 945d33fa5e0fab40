import { z } from 'zod';
import { id, isoDate } from './common.ts';
import { evidenceKind, type EvidenceKind } from './evidence.ts';

export const searchFilters = z.object({
  kinds: z.array(evidenceKind).max(4).optional(),
  /** Items linked to any of these areas of concern. */
  areaIds: z.array(id).max(100).optional(),
  /** Source organisation, matched whole and ignoring case. */
  source: z.string().max(200).optional(),
  /** "As at" date range, inclusive; items without a date are left out when a range is given. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** true: only items with personal data; false: only items without; absent: both. */
  personalData: z.boolean({ message: 'must be true or false' }).optional(),
});
export type SearchFilters = z.output<typeof searchFilters>;

export const searchQueryInput = z.object({
  /** What the user typed: words, "a phrase", prefix*, OR, -excluded. Never a syntax error. */
  query: z.string().max(1000, { message: 'must be at most 1000 characters' }),
  filters: searchFilters.default({}),
  limit: z.number().int().min(1).max(200).default(20),
  offset: z.number().int().min(0).max(100000).default(0),
});

export const searchInItemInput = z.object({
  id,
  query: z.string().max(1000, { message: 'must be at most 1000 characters' }),
  limit: z.number().int().min(1).max(5000).default(500),
});

/** A piece of text; `hit` pieces are the words that matched. Render as text, never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** A word or phrase to highlight in a viewer (e.g. on a PDF page); `prefix` matches word starts. */
export interface SearchTerm {
  text: string;
  prefix: boolean;
}

export interface SearchHit {
  /** The evidence item. */
  id: string;
  title: string;
  titleSegments: Segment[];
  kind: EvidenceKind;
  asAt: string | null;
  source: string;
  personalData: boolean;
  areaCodes: string[];
  /** The file holding the best match; null when the match is in the title or description. */
  fileId: string | null;
  fileName: string | null;
  mediaType: string | null;
  /** 1-based PDF page of the best match; null for files without pages and for title matches. */
  page: number | null;
  /** Where in a file without pages, e.g. "Sheet: KPIs" or "Part 3"; null otherwise. */
  label: string | null;
  snippet: Segment[];
  /** How many pages or parts of this item matched (including the title row). */
  matches: number;
  /** No one page holds every word: they are spread over the item, and `page` is the first holding any of them. */
  spread: boolean;
  /** bm25: lower is better. */
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Items matching in all (for "20 of 143"). */
  total: number;
  terms: SearchTerm[];
  /** Set when the query had nothing searchable in it (e.g. only punctuation). */
  empty: boolean;
}

export interface ItemMatch {
  fileId: string | null;
  page: number | null;
  label: string | null;
  snippet: Segment[];
}

export interface QuickFindItem {
  id: string;
  title: string;
  kind: EvidenceKind;
  asAt: string | null;
  areaCodes: string[];
  source: string;
}

export interface QuickFindData {
  items: QuickFindItem[];
  areas: { id: string; code: string; title: string }[];
  /** Suggested fuse.js keys and weights, so every palette searches the same way. */
  keys: { name: 'title' | 'areaCodes' | 'source' | 'code'; weight: number }[];
}
