import type { z } from 'zod';
import type {
  Evidence,
  EvidenceFile,
  EvidenceKind,
  EvidenceLink,
  EvidenceSummary,
  Stance,
  Strength,
  Voice,
  evidenceCreateInput,
  evidenceListInput,
  evidenceUpdateInput,
} from '../../../shared/schemas/evidence.ts';
import type { Db } from '../db/open.ts';
import { notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { writeTransaction } from '../db/write.ts';
import { areaCodesColumn, splitAreaCodes } from './area-codes.ts';

interface Row {
  id: string;
  title: string;
  kind: EvidenceKind;
  as_at: string | null;
  source: string;
  description: string;
  personal_data: number;
  personal_data_review: string;
  voice: Voice | null;
  created_at: string;
  updated_at: string;
  area_codes: string | null;
  file_count: number;
}

const select = `SELECT e.*,
  ${areaCodesColumn} AS area_codes,
  (SELECT count(*) FROM evidence_file f WHERE f.evidence_id = e.id) AS file_count
  FROM evidence e`;

const toSummary = (r: Row): EvidenceSummary => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  asAt: r.as_at,
  source: r.source,
  personalData: r.personal_data === 1,
  areaCodes: splitAreaCodes(r.area_codes),
  fileCount: r.file_count,
  updatedAt: r.updated_at,
  voice: r.voice,
});

export function listEvidence(db: Db, input: z.output<typeof evidenceListInput>): EvidenceSummary[] {
  const order = 'ORDER BY e.as_at IS NULL, e.as_at DESC, e.title';
  const scope = input.scope;
  const where: string[] = [];
  const params: string[] = [];
  switch (scope.type) {
    case 'all':
      break;
    case 'unlinked':
      where.push('NOT EXISTS (SELECT 1 FROM link l WHERE l.evidence_id = e.id)');
      break;
    case 'area':
      where.push('EXISTS (SELECT 1 FROM link l WHERE l.evidence_id = e.id AND l.area_id = ?)');
      params.push(scope.areaId);
      break;
    default: {
      const never: never = scope;
      return never;
    }
  }
  if (input.ids !== undefined) {
    where.push('e.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(input.ids));
  }
  const sql = `${select}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ${order}`;
  return (db.prepare(sql).all(...params) as Row[]).map(toSummary);
}

export function getEvidence(db: Db, id: string): Evidence {
  const row = db.prepare(`${select} WHERE e.id = ?`).get(id) as Row | undefined;
  if (!row) throw notFound('That evidence item');
  const links = db
    .prepare(
      `SELECT l.area_id AS areaId, a.code AS areaCode, l.stance, l.note, l.strength FROM link l JOIN area a ON a.id = l.area_id
       WHERE l.evidence_id = ? ORDER BY a.position, a.code`,
    )
    .all(id) as EvidenceLink[];
  const files = db
    .prepare(
      `SELECT f.id, f.name, f.media_type AS mediaType, b.size, f.sha256 FROM evidence_file f JOIN blob b ON b.sha256 = f.sha256
       WHERE f.evidence_id = ? ORDER BY f.position, f.name`,
    )
    .all(id) as EvidenceFile[];
  return { ...toSummary(row), description: row.description, createdAt: row.created_at, personalDataReview: row.personal_data_review, links, files };
}

export function createEvidence(db: Db, input: z.output<typeof evidenceCreateInput>, now: Date, addedBy: string): Evidence {
  return writeTransaction(db, () => {
    const id = newId();
    const t = now.toISOString();
    db.prepare(
      `INSERT INTO evidence (id, title, kind, as_at, source, description, personal_data, voice, added_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.title, input.kind, input.asAt, input.source, input.description, input.personalData ? 1 : 0, input.voice, addedBy, t, t);
    return getEvidence(db, id);
  });
}

export function updateEvidence(db: Db, input: z.output<typeof evidenceUpdateInput>, now: Date): Evidence {
  return writeTransaction(db, () => {
    const cur = getEvidence(db, input.id);
    db.prepare(
      `UPDATE evidence SET title = ?, kind = ?, as_at = ?, source = ?, description = ?, personal_data = ?, personal_data_review = ?, voice = ?, updated_at = ? WHERE id = ?`,
    ).run(
      input.title ?? cur.title,
      input.kind ?? cur.kind,
      input.asAt === undefined ? cur.asAt : input.asAt,
      input.source ?? cur.source,
      input.description ?? cur.description,
      (input.personalData ?? cur.personalData) ? 1 : 0,
      // Saying whether it holds personal data is the review a flag asks for.
      input.personalData === undefined ? cur.personalDataReview : '',
      input.voice === undefined ? cur.voice : input.voice,
      now.toISOString(),
      input.id,
    );
    return getEvidence(db, input.id);
  });
}

/** Blobs no file row points at any more: their rows go now, their files after commit. */
function dropUnusedBlobs(db: Db, shas: Iterable<string>): string[] {
  const unused: string[] = [];
  const refs = db.prepare('SELECT count(*) AS n FROM evidence_file WHERE sha256 = ?');
  const del = db.prepare('DELETE FROM blob WHERE sha256 = ?');
  for (const sha of new Set(shas)) {
    if ((refs.get(sha) as { n: number }).n === 0) {
      del.run(sha);
      unused.push(sha);
    }
  }
  return unused;
}

/** Deletes an item, its links and file rows; returns the blobs that nothing uses now. */
export function deleteEvidence(db: Db, id: string) {
  return writeTransaction(db, () => {
    const item = getEvidence(db, id);
    db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
    const unused = dropUnusedBlobs(db, item.files.map((f) => f.sha256));
    return { unused, kept: item.files.length - unused.length };
  });
}

export function attachFile(db: Db, evidenceId: string, file: { sha256: string; size: number; name: string; mediaType: string }, now: Date): Evidence {
  return writeTransaction(db, () => {
    getEvidence(db, evidenceId);
    const t = now.toISOString();
    db.prepare('INSERT INTO blob (sha256, size, created_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(file.sha256, file.size, t);
    const position = (db.prepare('SELECT coalesce(max(position) + 1, 0) AS p FROM evidence_file WHERE evidence_id = ?').get(evidenceId) as { p: number }).p;
    db.prepare(
      `INSERT INTO evidence_file (id, evidence_id, sha256, name, media_type, position, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (evidence_id, sha256) DO NOTHING`,
    ).run(newId(), evidenceId, file.sha256, file.name, file.mediaType, position, t);
    db.prepare('UPDATE evidence SET updated_at = ? WHERE id = ?').run(t, evidenceId);
    return getEvidence(db, evidenceId);
  });
}

export function detachFile(db: Db, evidenceId: string, fileId: string, now: Date) {
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT sha256 FROM evidence_file WHERE id = ? AND evidence_id = ?').get(fileId, evidenceId) as { sha256: string } | undefined;
    if (!row) throw notFound('That attached file');
    db.prepare('DELETE FROM evidence_file WHERE id = ?').run(fileId);
    db.prepare('UPDATE evidence SET updated_at = ? WHERE id = ?').run(now.toISOString(), evidenceId);
    return { unused: dropUnusedBlobs(db, [row.sha256]), item: getEvidence(db, evidenceId) };
  });
}

export function fileById(db: Db, fileId: string) {
  const row = db
    .prepare('SELECT f.name, f.media_type AS mediaType, f.sha256, b.size, e.personal_data AS personalData FROM evidence_file f JOIN blob b ON b.sha256 = f.sha256 JOIN evidence e ON e.id = f.evidence_id WHERE f.id = ?')
    .get(fileId) as { name: string; mediaType: string; sha256: string; size: number; personalData: number } | undefined;
  if (!row) throw notFound('That file');
  return row;
}

/** Links an item to an area, or updates the link; a strength left out keeps the current one ("activity" when new). */
export function setLink(db: Db, input: { evidenceId: string; areaId: string; stance: Stance; note: string; strength?: Strength | undefined }, now: Date) {
  return writeTransaction(db, () => {
    getEvidence(db, input.evidenceId);
    const area = db.prepare('SELECT code FROM area WHERE id = ?').get(input.areaId) as { code: string } | undefined;
    if (!area) throw notFound('That area of concern');
    db.prepare(
      `INSERT INTO link (evidence_id, area_id, stance, note, strength, created_at) VALUES (?, ?, ?, ?, coalesce(?, 'activity'), ?)
       ON CONFLICT (evidence_id, area_id) DO UPDATE SET stance = excluded.stance, note = excluded.note,
         strength = coalesce(?, link.strength)`,
    ).run(input.evidenceId, input.areaId, input.stance, input.note, input.strength ?? null, now.toISOString(), input.strength ?? null);
    const { strength } = db.prepare('SELECT strength FROM link WHERE evidence_id = ? AND area_id = ?').get(input.evidenceId, input.areaId) as { strength: Strength };
    return { evidenceId: input.evidenceId, areaId: input.areaId, areaCode: area.code, stance: input.stance, note: input.note, strength };
  });
}

export function removeLink(db: Db, evidenceId: string, areaId: string) {
  return writeTransaction(db, () => {
    const link = getEvidence(db, evidenceId).links.find((l) => l.areaId === areaId);
    if (!link) throw notFound('That link between the item and the area');
    db.prepare('DELETE FROM link WHERE evidence_id = ? AND area_id = ?').run(evidenceId, areaId);
    return { evidenceId, areaId, removed: link };
  });
}
