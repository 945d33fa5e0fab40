/**
 * `revisit import --kind data|feedback`: each CSV/.xlsx file becomes data series (one
 * per value column) or feedback items (one per response and free-text question), using
 * the columns the app proposes, all or nothing per file.
 */
import { basename, extname } from 'node:path';
import type { SeriesImportResult } from '../../../shared/schemas/series.ts';
import { addedWords, changedWords } from '../../../shared/series/format.ts';
import { expandSources } from '../../core/ingest/sources.ts';
import { call, type Ctx } from '../context.ts';

export interface TableImportResult {
  path: string;
  status: 'imported' | 'duplicate' | 'failed';
  id: string | null;
  error: string | null;
  /** What the file became, in words ("3 data series", "1,240 feedback items"). */
  note?: string;
}

const tableFile = /\.(csv|xlsx)$/i;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const failed = (path: string, error: string): TableImportResult[] => [{ path, status: 'failed', id: null, error }];

async function importData(ctx: Ctx, path: string, areaIds: string[]): Promise<TableImportResult[]> {
  const preview = await call(ctx, 'series/previewImport', { source: { path } });
  if (!preview.proposedMapping)
    return failed(path, 'No column of periods (such as "Jan 2021" or "2020/21") with figures beside it was found, so no data series could be made.');
  if (preview.problems.length > 0) {
    const first = preview.problems[0]!;
    const more = preview.problems.length - 1;
    return failed(path, `Row ${first.row}, column “${first.column}”: ${first.message}${more ? ` (and ${more} more)` : ''} Nothing was imported.`);
  }
  const r = await ctx.app!.dispatch('series/import', { source: { path }, mapping: preview.proposedMapping, areaIds });
  if (!r.ok) {
    // Imported before: each series it would make points at the one already there, as for documents.
    const existing = (r.error.details as { existing?: { id: string; title: string }[] } | undefined)?.existing;
    if (r.error.code === 'conflict' && existing)
      return existing.map((e) => ({ path, status: 'duplicate' as const, id: e.id, error: null, note: `“${e.title}” is already in the library` }));
    return failed(path, r.error.message);
  }
  const done = r.value as SeriesImportResult;
  return [
    ...done.created.map((c): TableImportResult => ({ path, status: 'imported', id: c.id, error: null, note: `“${c.title}”, ${c.values} values` })),
    // Next month's file: figures added to the series its headings name; nothing new reads as a duplicate.
    ...done.updated.map((u): TableImportResult => ({ path, status: u.added + u.changed.length > 0 ? 'imported' : 'duplicate', id: u.id, error: null, note: updateNote(u) })),
  ];
}

function updateNote(u: SeriesImportResult['updated'][number]) {
  if (u.addedLabels.length + u.changed.length === 0) return `“${u.title}” already has every figure in this file`;
  const changed = u.changed.length ? `; ${u.changed.length} changed (${changedWords(u.changed, u.unit)})` : '';
  return `${addedWords(u.addedLabels)} added to “${u.title}”${changed}`;
}

async function importFeedback(ctx: Ctx, path: string, areaIds: string[]): Promise<TableImportResult[]> {
  const preview = await call(ctx, 'feedback/previewSurvey', { source: { path } });
  if (!preview.proposedMapping) return failed(path, 'No column of free-text answers was found, so no feedback items could be made.');
  const surveyTitle = basename(path, extname(path));
  const done = await call(ctx, 'feedback/importSurvey', { source: { path }, mapping: preview.proposedMapping, defaults: { surveyTitle }, areaIds });
  const flagged = done.flagged ? `; ${done.flagged} flagged as possible personal data — review them in the app` : '';
  return [{ path, status: 'imported', id: done.importId, error: null, note: `${done.created} feedback items from ${done.responses} responses${flagged}` }];
}

export async function importTables(ctx: Ctx, kind: 'data' | 'feedback', paths: string[], areaIds: string[]): Promise<TableImportResult[]> {
  const units = await expandSources(paths.map((path) => ({ type: 'path' as const, path })));
  const results: TableImportResult[] = [];
  for (const u of units) {
    if (u.kind === 'upload') continue;
    if (u.kind === 'missing') {
      results.push(...failed(u.display, 'There is no file or folder here.'));
      continue;
    }
    if (!tableFile.test(u.name)) {
      results.push(...failed(u.display, `Only CSV and Excel (.xlsx) files can be imported as ${kind === 'data' ? 'data series' : 'survey responses'}.`));
      continue;
    }
    try {
      const made = kind === 'data' ? await importData(ctx, u.path, areaIds) : await importFeedback(ctx, u.path, areaIds);
      results.push(...made.map((r) => ({ ...r, path: u.display })));
    } catch (e) {
      results.push(...failed(u.display, messageOf(e)));
    }
  }
  return results;
}
