import type { z } from 'zod';
import type { EvidenceKind } from '../../../shared/schemas/evidence.ts';
import type { ItemMatch, SearchFilters, SearchHit, SearchResult, searchInItemInput, searchQueryInput } from '../../../shared/schemas/search.ts';
import type { Db } from '../db/open.ts';
import { CoreError, notFound } from '../errors.ts';
import { parseQuery } from './query.ts';
import { toSegments } from './segments.ts';
import { prepared } from '../db/statements.ts';
import { writeTransaction } from '../db/write.ts';
import { itemSearchIsStale, refreshItemSearch } from './item-index.ts';
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
 * The items matching, best first: bm25 over each item's words as one row (search_item's
 * rank, title weighted ×4). Filters join the item's row. With `withTotal`, each row also
 * carries how many items match (a window count: see `countItems` for when it pays).
 */
export function rankSql(filters: string, withTotal = false): string {
  const join = filters ? 'JOIN search_row r ON r.id = i.rowid JOIN evidence e ON e.id = r.evidence_id' : '';
  return `SELECT i.rowid AS itemRow, i.rank AS score${withTotal ? ', count(*) OVER () AS total' : ''}
  FROM search_item i ${join}
  WHERE search_item MATCH @fts${filters}
  ORDER BY score, itemRow
  LIMIT @limit OFFSET @offset`;
}

/**
 * How many items match. For words, counting apart from ranking is cheaper than a window
 * count (which keeps every matching row for the sort instead of the best few); for phrases
 * it is dearer, since checking where the words sit is most of the work and would be done
 * twice, so phrases take the window count.
 */
function countItems(db: Db, fts: string, filters: { sql: string; params: Record<string, unknown> }): number {
  const join = filters.sql ? 'JOIN search_row r ON r.id = i.rowid JOIN evidence e ON e.id = r.evidence_id' : '';
  return prepared(db, `SELECT count(*) FROM search_item i ${join} WHERE search_item MATCH @fts${filters.sql}`)
    .pluck()
    .get({ fts, ...filters.params }) as number;
}

interface ItemRow {
  itemRow: number;
  id: string;
  title: string;
  kind: EvidenceKind;
  asAt: string | null;
  source: string;
  personalData: number;
  codes: string | null;
}

interface RankRow {
  itemRow: number;
  score: number;
  total?: number;
}

interface PlaceRow {
  rowId: number;
  fileId: string | null;
  page: number | null;
  label: string | null;
  position: number | null;
  fileName: string | null;
  mediaType: string | null;
}

// The item's own rows first (CROSS JOIN keeps that order), each looked up in the FTS5
// index by rowid: a seek per row, where a rowid range would read the words' whole lists.
const PLACES = `SELECT t.rowid AS rowId, r.file_id AS fileId, r.page, r.label, f.position, f.name AS fileName, f.media_type AS mediaType
  FROM search_row r CROSS JOIN search_text t ON t.rowid = r.id LEFT JOIN evidence_file f ON f.id = r.file_id
  WHERE r.evidence_id = @id AND search_text MATCH @fts`;

/** Reading order: the item's files in order, page by page; the title and description last. */
const readingOrder = (a: PlaceRow, b: PlaceRow) =>
  (a.fileId === null ? 1 : 0) - (b.fileId === null ? 1 : 0) || (a.position ?? 0) - (b.position ?? 0) || (a.page ?? 0) - (b.page ?? 0) || a.rowId - b.rowId;

// The same for several items in one pass over every page matching. Seeking costs a step
// per page of the items shown, and FTS5 seeks a rowid by walking to the next match after
// it, which is slow when matches are few; one pass costs a step per page matching, which
// is slow when many items match. So: seek only when most items match (measured on the
// search bench: at 29% seeking took 15 ms where one pass took 3; at 100%, 4 against 17),
// and never when the items shown have many pages between them (say twenty 500-page reports).
const PLACES_IN_ONE_PASS = `SELECT t.rowid AS rowId, r.evidence_id AS itemId, r.file_id AS fileId, r.page, r.label, f.position, f.name AS fileName, f.media_type AS mediaType
  FROM search_text t CROSS JOIN search_row r ON r.id = t.rowid LEFT JOIN evidence_file f ON f.id = r.file_id
  WHERE search_text MATCH @fts AND r.evidence_id IN (SELECT value FROM json_each(@ids))`;
const SEEK_MIN_SHARE = 0.5;
const SEEK_MAX_ROWS = 2000;

interface Place {
  place: PlaceRow | undefined;
  /** The query whose words the snippet marks. */
  fts: string;
  matches: number;
  spread: boolean;
}

/**
 * Where in each item to show its hit: the first page (in reading order) whose text holds
 * the words; else, when they are spread over several pages, the first page holding any of
 * them; else (the words are in the title or description only) the item's own row.
 */
export function placesOfHits(
  db: Db,
  items: { id: string; itemRow: number }[],
  total: number,
  query: { fts: string; anyTerm: string; terms: readonly unknown[] },
  limits = { seekMinShare: SEEK_MIN_SHARE, seekMaxRows: SEEK_MAX_ROWS },
): Map<string, Place> {
  const out = new Map<string, Place>();
  const first = (rows: PlaceRow[], q: string, spread: boolean): Place => ({ place: rows.sort(readingOrder)[0], fts: q, matches: rows.length, spread });
  const onePass =
    total <= limits.seekMinShare * (prepared(db, 'SELECT count(*) FROM evidence').pluck().get() as number) ||
    (prepared(db, 'SELECT count(*) FROM search_row WHERE evidence_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(items.map((i) => i.id))) as number) >
      limits.seekMaxRows;
  /** The first page of each item still unplaced whose text matches `fts`. */
  const placeBy = (fts: string, snippetFts: string, spread: boolean) => {
    const left = items.filter((i) => !out.has(i.id));
    if (left.length === 0) return;
    if (onePass) {
      const byItem = new Map<string, PlaceRow[]>();
      for (const { itemId, ...row } of prepared(db, PLACES_IN_ONE_PASS).all({ fts, ids: JSON.stringify(left.map((i) => i.id)) }) as (PlaceRow & { itemId: string })[]) {
        const list = byItem.get(itemId);
        if (list) list.push(row);
        else byItem.set(itemId, [row]);
      }
      for (const [id, rows] of byItem) out.set(id, first(rows, snippetFts, spread));
    } else {
      for (const { id } of left) {
        const rows = prepared(db, PLACES).all({ fts, id }) as PlaceRow[];
        if (rows.length) out.set(id, first(rows, snippetFts, spread));
      }
    }
  };
  const bodyFts = `{body} : (${query.fts})`;
  placeBy(bodyFts, bodyFts, false);
  // Words spread over several pages: any one of them (only worth asking when there are several).
  if (query.terms.length > 1) placeBy(`{body} : (${query.anyTerm})`, query.anyTerm, true);
  for (const { id, itemRow } of items) {
    if (out.has(id)) continue;
    const ownRow = { rowId: itemRow, fileId: null, page: null, label: null, position: null, fileName: null, mediaType: null };
    out.set(id, { place: ownRow, fts: query.fts, matches: 1, spread: false });
  }
  return out;
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

/** Every writer refreshes the whole-item rows it changes; this catches any that did not, before they could hide a hit. */
function ensureItemSearchFresh(db: Db) {
  if (itemSearchIsStale(db)) writeTransaction(db, () => refreshItemSearch(db));
}

export function searchLibrary(db: Db, input: z.output<typeof searchQueryInput>): SearchResult {
  const { fts, anyTerm, terms } = parseQuery(input.query);
  if (!fts) return { hits: [], total: 0, terms: [], empty: true };
  ensureItemSearchFresh(db);
  const filters = filterSql(input.filters);
  const phrase = terms.some((t) => /[^\p{L}\p{N}]/u.test(t.text));
  const ranked = guard(() => prepared(db, rankSql(filters.sql, phrase)).all({ fts, limit: input.limit, offset: input.offset, ...filters.params }) as RankRow[]);
  const snippet = prepared(
    db,
    `SELECT snippet(search_text, 1, ${MARKS}, '…', ${SNIPPET_TOKENS}) AS body, highlight(search_text, 0, ${MARKS}) AS title
     FROM search_text WHERE search_text MATCH @fts AND rowid = @rowId`,
  ); // rowId is bound as an integer (BigInt): FTS5 ignores a rowid constraint given as a real number.
  const summaries = prepared(
    db,
    `SELECT ir.id AS itemRow, e.id, e.title, e.kind, e.as_at AS asAt, e.source, e.personal_data AS personalData, ${areaCodesColumn} AS codes
     FROM json_each(@rows) j JOIN search_row ir ON ir.id = j.value JOIN evidence e ON e.id = ir.evidence_id`,
  );
  const items = new Map((summaries.all({ rows: JSON.stringify(ranked.map((r) => r.itemRow)) }) as ItemRow[]).map((i) => [i.itemRow, i]));
  // A short page is the last one, so the total is known without counting.
  const lastPage = ranked.length < input.limit && (ranked.length > 0 || input.offset === 0);
  const total = lastPage ? input.offset + ranked.length : (ranked[0]?.total ?? guard(() => countItems(db, fts, filters)));
  const placed = guard(() => placesOfHits(db, [...items.values()], total, { fts, anyTerm, terms }));
  const hits = ranked.map((row): SearchHit => {
    const item = items.get(row.itemRow)!;
    const { place, fts: placeFts, matches, spread } = placed.get(item.id)!;
    const marked = place ? (guard(() => snippet.get({ fts: placeFts, rowId: BigInt(place.rowId) })) as { body: string; title: string } | undefined) : undefined;
    const paginated = place?.mediaType === 'application/pdf';
    return {
      id: item.id,
      title: item.title,
      titleSegments: marked ? toSegments(marked.title) : [{ text: item.title, hit: false }],
      kind: item.kind,
      asAt: item.asAt,
      source: item.source,
      personalData: item.personalData === 1,
      areaCodes: splitAreaCodes(item.codes),
      fileId: place?.fileId ?? null,
      fileName: place?.fileName ?? null,
      mediaType: place?.mediaType ?? null,
      page: paginated ? (place?.page ?? null) : null,
      label: paginated ? null : (place?.label ?? null),
      snippet: marked ? toSegments(marked.body) : [],
      matches,
      spread,
      score: row.score,
    };
  });
  return { hits, total, terms, empty: false };
}

/** Every matching row of one item, pages in reading order, the title and description last. */
export function searchInItem(db: Db, input: z.output<typeof searchInItemInput>): { matches: ItemMatch[]; terms: SearchResult['terms'] } {
  if (!db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(input.id)) throw notFound('That evidence item');
  const { fts, anyTerm, terms } = parseQuery(input.query);
  if (!fts) return { matches: [], terms };
  const rowsFor = (q: string) =>
    guard(
      () =>
        db
          .prepare(
            `SELECT r.file_id AS fileId, r.page, r.label, f.media_type AS mediaType,
               snippet(search_text, 1, ${MARKS}, '…', ${SNIPPET_TOKENS}) AS body, highlight(search_text, 0, ${MARKS}) AS title
             FROM search_row r CROSS JOIN search_text t ON t.rowid = r.id LEFT JOIN evidence_file f ON f.id = r.file_id
             WHERE r.evidence_id = @id AND search_text MATCH @fts
             ORDER BY r.file_id IS NULL, f.position, r.page
             LIMIT @limit`,
          )
          .all({ fts: q, id: input.id, limit: input.limit }) as {
          fileId: string | null;
          page: number | null;
          label: string | null;
          mediaType: string | null;
          body: string;
          title: string;
        }[],
    );
  // Words spread over several pages: show every page holding any of them.
  let rows = rowsFor(fts);
  if (rows.length === 0) rows = rowsFor(anyTerm);
  const matches = rows.map((r) => ({
    fileId: r.fileId,
    page: r.mediaType === 'application/pdf' ? r.page : null,
    label: r.mediaType === 'application/pdf' ? null : r.label,
    snippet: toSegments(r.fileId ? r.body : r.body || r.title),
  }));
  return { matches, terms };
}
