/** How much an import may read, and for how long; tests shrink these. */
export interface IngestLimits {
  /** Larger files are not imported at all. */
  maxFileBytes: number;
  /** Larger files are stored without their text being read. */
  maxTextBytes: number;
  /** Text kept per file (characters); the rest is left out with a note. */
  maxTextChars: number;
  /** A .docx/.xlsx may expand to at most this many bytes (zip-bomb guard). */
  maxUnzippedBytes: number;
  maxZipEntries: number;
  /** Cells read from one spreadsheet. */
  maxCells: number;
  /** Attachments taken from one email. */
  maxAttachments: number;
  /** Time allowed to read one file before its worker is stopped. */
  timeoutMs: number;
  /** Heap for each worker thread, in MB. */
  workerHeapMb: number;
}

export const defaultLimits: IngestLimits = {
  maxFileBytes: 2 * 1024 ** 3,
  maxTextBytes: 200 * 1024 ** 2,
  maxTextChars: 20_000_000,
  maxUnzippedBytes: 300 * 1024 ** 2,
  maxZipEntries: 20_000,
  maxCells: 2_000_000,
  maxAttachments: 200,
  timeoutMs: 90_000,
  workerHeapMb: 512,
};
