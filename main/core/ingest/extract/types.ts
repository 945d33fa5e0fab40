import type { FileFormat } from '../formats.ts';
import type { IngestLimits } from '../limits.ts';

/** A page of a PDF, or a part of a file without pages (a sheet, a stretch of text). */
export interface TextPart {
  /** 1-based: the PDF page, or the part's number. */
  page: number;
  label: string | null;
  text: string;
}

/** An email attachment a worker has written, synced, into the staging folder. */
export interface StagedAttachment {
  uploadId: string;
  sha256: string;
  size: number;
  name: string;
}

/** Everything read from one file. Plain data: it crosses from the worker thread. */
export interface Extracted {
  format: FileFormat;
  /** Real pages (PDF); null for formats without pages. */
  pageCount: number | null;
  parts: TextPart[];
  documentTitle: string | null;
  firstHeading: string | null;
  /** The date the file itself records (PDF creation date, email sent date, Office created date). */
  documentDate: string | null;
  /** PDF author, Word creator, email sender. */
  author: string | null;
  /** A sentence about text that could not be read, or ''. */
  note: string;
  attachments: StagedAttachment[];
}

export interface ExtractTask {
  path: string;
  name: string;
  limits: IngestLimits;
  /** Where email attachments are written (the library's staging folder). */
  stagingDir: string;
}

export const noText = (format: FileFormat, note: string): Extracted => ({
  format,
  pageCount: null,
  parts: [],
  documentTitle: null,
  firstHeading: null,
  documentDate: null,
  author: null,
  note,
  attachments: [],
});
