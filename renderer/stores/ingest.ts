/**
 * Importing files and folders: each file is sent to the core (api.upload), then one
 * background job reads them all (ingest/start). Progress, each file's result and the end
 * of the job arrive as events; a slow poll of ingest/status covers a missed event.
 */
import { create } from 'zustand';
import type { AppEvent } from '../../shared/contract.ts';
import type { ImportCounts, ImportJobState, ImportResult, ImportStatus } from '../../shared/schemas/ingest.ts';
import { plural } from '../../shared/format.ts';
import { api, messageOf } from '../api/client.ts';
import { areaLabel, useAreasStore } from './areas.ts';
import { useEvidenceStore } from './evidence.ts';
import { say } from './status.ts';

/** A file chosen or dropped, with the folder it came from inside a chosen folder ("" at the top). */
export interface PickedFile {
  file: File;
  folder: string;
}

export type ImportPhase = 'idle' | 'uploading' | 'running' | 'done' | 'cancelled' | 'failed';
export type ResultFilter = 'all' | ImportStatus;

const emptyCounts = (): ImportCounts => ({ imported: 0, duplicate: 0, failed: 0, cancelled: 0 });

interface IngestState {
  phase: ImportPhase;
  /** Files being sent to the core: how many are through, and the one going now. */
  upload: { done: number; total: number; current: string | null; bytesSent: number; bytesTotal: number };
  jobId: string | null;
  done: number;
  total: number;
  current: string[];
  counts: ImportCounts;
  /** The job's results plus any file that could not even be sent. */
  results: ImportResult[];
  /** The area every imported item is linked to (the one chosen when the import began). */
  area: { id: string; label: string } | null;
  /** Why the whole import could not start. */
  error: string | null;
  filter: ResultFilter;
  /** Whether the panel is shown (it stays until closed after the import ends). */
  panelOpen: boolean;
  importFiles(files: PickedFile[]): Promise<void>;
  cancel(): Promise<void>;
  closePanel(): void;
  setFilter(filter: ResultFilter): void;
  handleEvent(event: AppEvent): void;
  reset(): void;
}

const initial = {
  phase: 'idle' as ImportPhase,
  upload: { done: 0, total: 0, current: null, bytesSent: 0, bytesTotal: 0 },
  jobId: null,
  done: 0,
  total: 0,
  current: [] as string[],
  counts: emptyCounts(),
  results: [] as ImportResult[],
  area: null,
  error: null,
  filter: 'all' as ResultFilter,
  panelOpen: false,
};

/** Files that never reached the job (send failed, or cancelled while sending). */
let localResults: ImportResult[] = [];
let cancelRequested = false;
let pollTimer: ReturnType<typeof setTimeout> | null = null;
/** Jobs that finished before ingest/start answered (a tiny import can). */
const finishedEarly = new Map<string, ImportJobState>();

const pathOf = (p: PickedFile) => (p.folder ? `${p.folder}/${p.file.name}` : p.file.name);

function localResult(key: string, p: PickedFile, status: 'failed' | 'cancelled', error: string): ImportResult {
  return { key, path: pathOf(p), name: p.file.name, status, id: null, title: null, error, note: null, suggestions: null, personalDataReview: null, pages: null, attachmentOf: null };
}

function withLocal(counts: ImportCounts): ImportCounts {
  const c = { ...counts };
  for (const r of localResults) c[r.status] += 1;
  return c;
}

/** "9 imported, 1 duplicate, 2 failed" (only the statuses that happened). */
export function describeCounts(c: ImportCounts): string {
  const parts = [
    c.imported ? `${c.imported} imported` : '',
    c.duplicate ? plural(c.duplicate, 'duplicate') : '',
    c.failed ? `${c.failed} failed` : '',
    c.cancelled ? `${c.cancelled} cancelled` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing yet';
}

export const useIngestStore = create<IngestState>()((set, get) => {
  const stopPolling = () => {
    if (pollTimer) clearTimeout(pollTimer);
    pollTimer = null;
  };

  const applyState = (s: ImportJobState) => {
    if (s.jobId !== get().jobId) return;
    const finished = s.state !== 'running';
    const extra = localResults.length;
    set({
      done: finished ? s.done + extra : Math.max(s.done + extra, get().done),
      total: s.total + extra,
      current: finished ? [] : s.current,
      counts: withLocal(s.counts),
      results: [...s.results, ...localResults],
      ...(finished ? { phase: s.state === 'cancelled' ? 'cancelled' : 'done' } : {}),
    });
    if (finished) {
      stopPolling();
      const counts = withLocal(s.counts);
      say(`${s.state === 'cancelled' ? 'Import cancelled' : 'Import finished'}: ${describeCounts(counts)}.`);
      void useEvidenceStore.getState().refresh();
      void useAreasStore.getState().load();
    }
  };

  const poll = () => {
    stopPolling();
    pollTimer = setTimeout(() => {
      const jobId = get().jobId;
      if (!jobId || get().phase !== 'running') return;
      api
        .call('ingest/status', { jobId })
        .then(applyState)
        .catch(() => undefined)
        .finally(() => {
          if (get().phase === 'running' && get().jobId === jobId) poll();
        });
    }, 2000);
  };

  return {
    ...initial,

    async importFiles(files) {
      if (files.length === 0) return;
      if (get().phase === 'uploading' || get().phase === 'running') {
        say('An import is already running. Wait for it to finish, or cancel it, before importing more files.');
        return;
      }
      stopPolling();
      localResults = [];
      cancelRequested = false;
      const scope = useEvidenceStore.getState().scope;
      const chosen = scope.type === 'area' ? useAreasStore.getState().areas.find((a) => a.id === scope.areaId) : undefined;
      const bytesTotal = files.reduce((n, f) => n + f.file.size, 0);
      set({
        ...initial,
        phase: 'uploading',
        panelOpen: true,
        area: chosen ? { id: chosen.id, label: areaLabel(chosen) } : null,
        upload: { done: 0, total: files.length, current: null, bytesSent: 0, bytesTotal },
        total: files.length,
      });
      say(`Importing ${plural(files.length, 'file')}.`);

      const sources: { type: 'upload'; uploadId: string; name: string; folder: string; lastModified?: number }[] = [];
      let sentBefore = 0;
      for (const [i, p] of files.entries()) {
        if (cancelRequested) {
          localResults.push(localResult(`local-${i}`, p, 'cancelled', 'The import was cancelled before this file was sent, so it was not imported.'));
          continue;
        }
        set((s) => ({ upload: { ...s.upload, current: pathOf(p) } }));
        try {
          const staged = await api.upload(p.file, (sent) =>
            set((s) => ({ upload: { ...s.upload, bytesSent: sentBefore + sent } })),
          );
          sources.push({
            type: 'upload',
            uploadId: staged.uploadId,
            name: p.file.name,
            folder: p.folder,
            ...(Number.isFinite(p.file.lastModified) && p.file.lastModified > 0 ? { lastModified: Math.floor(p.file.lastModified) } : {}),
          });
        } catch (e) {
          localResults.push(localResult(`local-${i}`, p, 'failed', `This file could not be sent to the library, so it was not imported. ${messageOf(e)}`));
        }
        sentBefore += p.file.size;
        set((s) => ({ upload: { ...s.upload, done: i + 1, bytesSent: sentBefore } }));
      }
      set((s) => ({ upload: { ...s.upload, current: null } }));

      if (cancelRequested || sources.length === 0) {
        const counts = withLocal(emptyCounts());
        set({ phase: cancelRequested ? 'cancelled' : 'done', counts, results: [...localResults], done: files.length });
        say(`${cancelRequested ? 'Import cancelled' : 'Import finished'}: ${describeCounts(counts)}.`);
        return;
      }

      try {
        const area = get().area;
        const started = await api.call('ingest/start', { sources, ...(area ? { areaIds: [area.id] } : {}) });
        set({ jobId: started.jobId, phase: 'running', total: started.total + localResults.length, done: localResults.length, counts: withLocal(emptyCounts()), results: [...localResults] });
        const early = finishedEarly.get(started.jobId);
        finishedEarly.clear();
        if (early) applyState(early);
        else {
          poll();
          api.call('ingest/status', { jobId: started.jobId }).then(applyState).catch(() => undefined);
        }
      } catch (e) {
        set({ phase: 'failed', error: `The import could not start. ${messageOf(e)}` });
        say('The import could not start.');
      }
    },

    async cancel() {
      const { phase, jobId } = get();
      if (phase === 'uploading') {
        cancelRequested = true;
        say('Cancelling the import…');
        return;
      }
      if (phase !== 'running' || !jobId) return;
      say('Cancelling the import… Files already imported are kept.');
      try {
        await api.call('ingest/cancel', { jobId });
        const state = await api.call('ingest/status', { jobId });
        applyState(state);
      } catch (e) {
        say(messageOf(e));
      }
    },

    closePanel() {
      const phase = get().phase;
      if (phase === 'uploading' || phase === 'running') return;
      stopPolling();
      set({ panelOpen: false });
    },

    setFilter(filter) {
      set({ filter });
    },

    handleEvent(event) {
      switch (event.name) {
        case 'ingest/progress': {
          const p = event.payload as AppEvent<'ingest/progress'>['payload'];
          if (p.jobId !== get().jobId || get().phase !== 'running') return;
          set((s) => ({
            done: Math.max(s.done, p.done + localResults.length),
            total: p.total + localResults.length,
            current: p.current,
            counts: withLocal(p.counts),
          }));
          return;
        }
        case 'ingest/file': {
          const p = event.payload as AppEvent<'ingest/file'>['payload'];
          if (p.jobId !== get().jobId || get().phase !== 'running') return;
          set((s) => ({ results: [...s.results.filter((r) => r.key !== p.result.key), p.result] }));
          return;
        }
        case 'ingest/done': {
          const p = event.payload as AppEvent<'ingest/done'>['payload'];
          if (get().jobId === null && get().phase === 'uploading') {
            finishedEarly.set(p.jobId, p);
            return;
          }
          if (p.jobId !== get().jobId) return;
          applyState(p);
          return;
        }
        default:
          return;
      }
    },

    reset() {
      stopPolling();
      localResults = [];
      cancelRequested = false;
      finishedEarly.clear();
      set({ ...initial });
    },
  };
});

/** The results a filter shows. */
export function filterResults(results: ImportResult[], filter: ResultFilter): ImportResult[] {
  return filter === 'all' ? results : results.filter((r) => r.status === filter);
}

const statusWords: Record<ImportStatus, string> = {
  imported: 'Imported',
  duplicate: 'Duplicate',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
export const statusLabel = (s: ImportStatus) => statusWords[s];

/** The results as plain text, one file a line, for "Copy results". */
export function resultsAsText(results: ImportResult[], counts: ImportCounts, when: string): string {
  const lines = [`Import of ${plural(results.length, 'file')} on ${when}: ${describeCounts(counts)}.`, ''];
  for (const r of results) {
    let detail = '';
    if (r.status === 'imported') detail = r.title ? ` — imported as “${r.title}”` : '';
    else if (r.status === 'duplicate') detail = r.title ? ` — already in the library as “${r.title}”` : ' — already in the library';
    else detail = r.error ? ` — ${r.error}` : '';
    const note = r.note ? ` (${r.note})` : '';
    lines.push(`${statusLabel(r.status)}: ${r.path}${detail}${note}`);
  }
  return lines.join('\n');
}
