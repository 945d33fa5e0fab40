import { z } from 'zod';
import { id } from './common.ts';
import { fileName } from './evidence.ts';
import type { FeedbackChannel, FeedbackVoice } from './feedback.ts';

/** A file or folder on this computer (the command line, the desktop picker). */
export const pathSource = z.object({
  type: z.literal('path'),
  path: z.string().min(1, { message: 'must name a file or folder' }).max(4096, { message: 'is too long' }),
});

/** A file the browser has already sent with PUT /api/upload. */
export const uploadSource = z.object({
  type: z.literal('upload'),
  uploadId: id,
  name: fileName,
  /** The folder it came from inside a dropped folder, e.g. "Board papers/2023"; shown in the results. */
  folder: z.string().max(4096, { message: 'is too long' }).default(''),
  /** The file's own date (File.lastModified, milliseconds), used when the document names no date. */
  lastModified: z.number().int().nonnegative().optional(),
});

export const importSource = z.discriminatedUnion('type', [pathSource, uploadSource], {
  message: 'must be {type: "path", path} or {type: "upload", uploadId, name}',
});

export const importKinds = ['document', 'data', 'feedback'] as const;
export type ImportKind = (typeof importKinds)[number];

export const importInput = z.object({
  sources: z.array(importSource).min(1, { message: 'must name at least one file or folder' }).max(100000),
  /** Every imported item is linked to these areas of concern. */
  areaIds: z.array(id).max(100).default([]),
  kind: z.enum(importKinds, { message: 'must be document, data or feedback' }).default('document'),
  /** Mark every imported item as containing personal data (e.g. a tracking-meeting folder). */
  personalData: z.boolean({ message: 'must be true or false' }).default(false),
  /** Fill title, "as at" date and source from the suggestions (default); false keeps only the file name as title. */
  applySuggestions: z.boolean({ message: 'must be true or false' }).default(true),
});

export const jobIdInput = z.object({ jobId: id });

export type ImportStatus = 'imported' | 'duplicate' | 'failed' | 'cancelled';

/** Where the suggested "as at" date came from. */
export type AsAtSource = 'first-page' | 'latest-in-table' | 'document-date' | 'file-date';

export interface Suggestions {
  title: string;
  asAt: string | null;
  asAtFrom: AsAtSource | null;
  /** A partner organisation from the library's details named in the document, if any. */
  source: string | null;
  /** When the document is itself feedback (a complaint, the parent carer forum's paper…): whose voice, and how it came. It is then imported as feedback. */
  feedback?: { voice: FeedbackVoice; channel: FeedbackChannel | null } | null;
}

/** What happened to one file; attachments of an email appear as their own results. */
export interface ImportResult {
  /** Stable within the job; the UI's row key. */
  key: string;
  /** The path as given (or folder/name for uploads); for an email attachment "<email path> › <name>". */
  path: string;
  name: string;
  status: ImportStatus;
  /** The item created (imported) or already holding the same file (duplicate). */
  id: string | null;
  title: string | null;
  /** One sentence for failed and cancelled files. */
  error: string | null;
  /** A sentence about text that could not be read (images, oversize files), or null. */
  note: string | null;
  suggestions: Suggestions | null;
  /** Why the file may hold personal data (so it was marked as such, for a person to check), or null. */
  personalDataReview: string | null;
  /** Pages (PDF) or parts read; null when no text was read. */
  pages: number | null;
  /** For an email attachment: the key of the email's result. */
  attachmentOf: string | null;
}

export type ImportCounts = Record<ImportStatus, number>;

export interface ImportJobState {
  jobId: string;
  state: 'running' | 'done' | 'cancelled';
  done: number;
  total: number;
  /** Files being read right now (paths as in the results). */
  current: string[];
  counts: ImportCounts;
  results: ImportResult[];
}

export const evidenceIdInput = z.object({ id });

export interface FileText {
  fileId: string;
  name: string;
  format: 'pdf' | 'word' | 'spreadsheet' | 'text' | 'email' | 'image' | 'other';
  /** Real pages (PDF); null for formats without pages. */
  pageCount: number | null;
  /** Pages or parts of text indexed for search. */
  parts: number;
  note: string;
  documentTitle: string | null;
  documentDate: string | null;
  author: string | null;
}

export interface IngestDetails {
  id: string;
  files: FileText[];
  /** Items made from this email's attachments. */
  attachments: { id: string; title: string; name: string }[];
  /** Emails this item was attached to. */
  attachedTo: { id: string; title: string }[];
}

