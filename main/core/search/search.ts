import type { z } from 'zod';
import type { EvidenceKind } from '../../../shared/schemas/evidence.ts';
import type { ItemMatch, SearchFilters, SearchHit, SearchResult, searchInItemInput, searchQueryInput } from '../../../shared/schemas/search.ts';
import type { Db } from '../db/open.ts';
import { CoreError, notFound } from '../errors.ts';
import { parseQuery } from './query.ts';
import { toSegments } from './segments.ts';
import { areaCodesColumn, splitAreaCodes } from '../evidence/area-codes.ts';

const MARKS = `char(57344), char(57345)`;
const SNIPPET_TOKENS = 24;

/** Filters as SQL on `e` (evidence), with their parameters. */
export function filterSql(f: SearchFilters): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.kinds?.length) {
    where.push('e.kind IN (SELECT value FROM json_each(@kinds))');
    params['kinds'] = JSON.stringify(f.kinds);
  }
  if (f.areaIds?.length) {
    where.push('EXISTS (SELECT 1 FROM link l WHERE l.evidence_id = e.id AND l.area_id IN (SELECT value FROM json_each(@areaIds)))');
    params['areaIds'] = JSON.stringify(f.areaIds);
  }
  if (f.source?.trim()) {
    where.push('e.source = @source COLLATE NOCASE');
    params['source'] = f.source.trim();
  }
  if (f.from) {
    where.push('e.as_at >= @from');
    params['from'] = f.from;
  }
  if (f.to) {
    where.push('e.as_at <= @to');
    params['to'] = f.to;
  }
  if (f.personalData !== undefined) {
    where.push('e.personal_data = @personalData');
    params['personalData'] = f.personalData ? 1 : 0;
  }
  return { sql: where.map((w) => ` AND ${w}`).join(''), params };
}

/**
 * One row per item: its best-ranked row (ties go to the title row, then the earliest
 * page), how many of its rows matched, and how many items matched in all.
 */
export function groupedSql(filters: string): string {
  const join = filters ? 'JOIN evidence e ON e.id = r.evidence_id' : '';
  return `SELECT r.evidence_id AS id, min(t.rank + coalesce(r.page, 0) * 1e-9) AS score, r.id AS rowId,
    r.file_id AS fileId, r.page AS page, r.label AS label, count(*) AS matches, count(*) OVER () AS total
  FROM search_text t JOIN search_row r ON r.id = t.rowid ${join}
  WHERE search_text MATCH @fts${filters}
  GROUP BY r.evidence_id
  ORDER BY score
  LIMIT @limit OFFSET @offset`;
}

/** How many items match, for a page past the last result (where the window count has no row to ride on). */
function countItems(db: Db, fts: string, filters: { sql: string; params: Record<string, unknown> }): number {
  const join = filters.sql ? 'JOIN evidence e ON e.id = r.evidence_id' : '';
  const row = db
    .prepare(`SELECT count(DISTINCT r.evidence_id) AS n FROM search_text t JOIN search_row r ON r.id = t.rowid ${join} WHERE search_text MATCH @fts${filters.sql}`)
    .get({ fts, ...filters.params }) as { n: number };
  return row.n;
}

interface ItemRow {
  id: string;
  title: string;
  kind: EvidenceKind;
  asAt: string | null;
  source: string;
  personalData: number;
  codes: string | null;
}

interface GroupRow {
  id: string;
  score: number;
  rowId: number;
  fileId: string | null;
  page: number | null;
  label: string | null;
  matches: number;
  total: number;
}

/** FTS5 errors never reach the user raw; the parser should prevent them, this is the backstop. */
function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof Error && /fts5|syntax error|unterminated string/i.test(e.message))
      throw new CoreError('invalid-input', 'That search could not be understood. Use plain words, or put an exact phrase in double quotes.');
    throw e;
  }
}

export function searchLibrary(db: Db, input: z.output<typeof searchQueryInput>): SearchResult {
  const { fts, terms } = parseQuery(input.query);
  if (!fts) return { hits: [], total: 0, terms: [], empty: true };
  const filters = filterSql(input.filters);
  const rows = guard(
    () => db.prepare(groupedSql(filters.sql)).all({ fts, limit: input.limit, offset: input.offset, ...filters.params }) as GroupRow[],
  );
  const snippet = db.prepare(
    `SELECT snippet(search_text, 1, ${MARKS}, '…', ${SNIPPET_TOKENS}) AS body, highlight(search_text, 0, ${MARKS}) AS title
     FROM search_text WHERE search_text MATCH @fts AND rowid = @rowId`,
  ); // rowId is bound as an integer (BigInt): FTS5 ignores a rowid constraint given as a real number.
  const file = db.prepare('SELECT name, media_type AS mediaType FROM evidence_file WHERE id = ?');
  const summary = db.prepare(
    `SELECT e.id, e.title, e.kind, e.as_at AS asAt, e.source, e.personal_data AS personalData,
       ${areaCodesColumn} AS codes
     FROM evidence e WHERE e.id = ?`,
  );
  const hits = rows.map((row): SearchHit => {
    const marked = guard(() => snippet.get({ fts, rowId: BigInt(row.rowId) }) as { body: string; title: string });
    const item = summary.get(row.id) as ItemRow;
    const f = row.fileId ? (file.get(row.fileId) as { name: string; mediaType: string } | undefined) : undefined;
    const paginated = f?.mediaType === 'application/pdf';
    return {
      id: item.id,
      title: item.title,
      titleSegments: toSegments(marked.title),
      kind: item.kind,
      asAt: item.asAt,
      source: item.source,
      personalData: item.personalData === 1,
      areaCodes: splitAreaCodes(item.codes),
      fileId: row.fileId,
      fileName: f?.name ?? null,
      mediaType: f?.mediaType ?? null,
      page: paginated ? row.page : null,
      label: paginated ? null : row.label,
      snippet: toSegments(marked.body),
      matches: row.matches,
      score: row.score,
    };
  });
  const total = rows[0]?.total ?? (input.offset > 0 ? guard(() => countItems(db, fts, filters)) : 0);
  return { hits, total, terms, empty: false };
}

/** Every matching row of one item, title row first, then pages in order. */
export function searchInItem(db: Db, input: z.output<typeof searchInItemInput>): { matches: ItemMatch[]; terms: SearchResult['terms'] } {
  if (!db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(input.id)) throw notFound('That evidence item');
  const { fts, terms } = parseQuery(input.query);
  if (!fts) return { matches: [], terms };
  const rows = guard(
    () =>
      db
        .prepare(
          `SELECT r.file_id AS fileId, r.page, r.label, f.media_type AS mediaType,
             snippet(search_text, 1, ${MARKS}, '…', ${SNIPPET_TOKENS}) AS body, highlight(search_text, 0, ${MARKS}) AS title
           FROM search_text t JOIN search_row r ON r.id = t.rowid LEFT JOIN evidence_file f ON f.id = r.file_id
           WHERE search_text MATCH @fts AND t.rowid IN (SELECT id FROM search_row WHERE evidence_id = @id)
           ORDER BY r.file_id IS NOT NULL, f.position, r.page
           LIMIT @limit`,
        )
        .all({ fts, id: input.id, limit: input.limit }) as { fileId: string | null; page: number | null; label: string | null; mediaType: string | null; body: string; title: string }[],
  );
  const matches = rows.map((r) => ({
    fileId: r.fileId,
    page: r.mediaType === 'application/pdf' ? r.page : null,
    label: r.mediaType === 'application/pdf' ? null : r.label,
    snippet: toSegments(r.fileId ? r.body : r.body || r.title),
  }));
  return { matches, terms };
}
