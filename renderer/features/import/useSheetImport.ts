/**
 * The steps the three spreadsheet imports share (data series, survey, WSoA tracker):
 * choose a file (uploaded, with progress, then previewed), read another of its sheets,
 * and run the import. One step at a time, and a sentence for whichever step failed.
 */
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/client.ts';

export type SheetPhase = { kind: 'uploading'; sent: number; total: number } | { kind: 'reading' } | { kind: 'importing' } | null;

export interface ChosenFile {
  name: string;
  uploadId: string;
}

/** The cells a failed import could not read, sent as the error's details. */
export function problemsOf<T>(e: unknown): T[] {
  const details = e instanceof ApiError ? (e.details as { problems?: T[] } | undefined) : undefined;
  return details?.problems ?? [];
}

export function useSheetImport<P>(steps: {
  preview: (file: File, onProgress: (sent: number, total: number) => void) => Promise<{ uploadId: string; preview: P }>;
  previewAgain: (uploadId: string, sheet: string) => Promise<P>;
  /** A new preview to show; `chosen` is the file when it was just chosen, null for another sheet. */
  took: (preview: P, chosen: File | null) => void;
}) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [phase, setPhase] = useState<SheetPhase>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = phase !== null;

  const during = async (start: NonNullable<SheetPhase>, work: () => Promise<void>, onFailure?: (e: unknown) => void) => {
    setPhase(start);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
      onFailure?.(e);
    } finally {
      setPhase(null);
    }
  };

  const choose = async (list: FileList | null) => {
    const f = list?.[0];
    if (!f || busy) return;
    await during({ kind: 'uploading', sent: 0, total: f.size }, async () => {
      const { uploadId, preview } = await steps.preview(f, (sent, total) => setPhase({ kind: 'uploading', sent, total }));
      setFile({ name: f.name, uploadId });
      steps.took(preview, f);
    });
  };

  const changeSheet = async (sheet: string) => {
    if (!file || busy) return;
    await during({ kind: 'reading' }, async () => steps.took(await steps.previewAgain(file.uploadId, sheet), null));
  };

  /** Runs the import itself; `onFailure` gets the error after its sentence is shown. */
  const importing = (work: () => Promise<void>, onFailure?: (e: unknown) => void) => during({ kind: 'importing' }, work, onFailure);

  return { file, phase, busy, error, setError, choose, changeSheet, importing };
}
