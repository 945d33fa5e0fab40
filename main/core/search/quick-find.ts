import type { QuickFindData } from '../../../shared/schemas/search.ts';
import type { Db } from '../db/open.ts';
import { areaCodesColumn, splitAreaCodes } from '../evidence/area-codes.ts';

/** Everything the quick-find palette searches, in one small payload. */
export function quickFindData(db: Db): QuickFindData {
  const rows = db
    .prepare(
      `SELECT e.id, e.title, e.kind, e.as_at AS asAt, e.source,
         ${areaCodesColumn} AS codes
       FROM evidence e ORDER BY e.updated_at DESC`,
    )
    .all() as { id: string; title: string; kind: QuickFindData['items'][number]['kind']; asAt: string | null; source: string; codes: string | null }[];
  const areas = db.prepare('SELECT id, code, title FROM area ORDER BY position, code').all() as QuickFindData['areas'];
  return {
    items: rows.map(({ codes, ...r }) => ({ ...r, areaCodes: splitAreaCodes(codes) })),
    areas,
    keys: [
      { name: 'title', weight: 3 },
      { name: 'areaCodes', weight: 2 },
      { name: 'code', weight: 2 },
      { name: 'source', weight: 1 },
    ],
  };
}
