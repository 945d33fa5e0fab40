import type { EvidenceKind, Voice } from '../../../shared/schemas/evidence.ts';
import type { Db } from '../db/open.ts';

/** An evidence item as the pack needs it. */
export interface PackItem {
  id: string;
  title: string;
  kind: EvidenceKind;
  asAt: string | null;
  source: string;
  personalData: boolean;
  voice: Voice | null;
  files: PackFile[];
}

export interface PackFile {
  name: string;
  sha256: string;
  size: number;
  mediaType: string;
}

/** Every item, with its files in their order. */
export function loadItems(db: Db): Map<string, PackItem> {
  const rows = db
    .prepare('SELECT id, title, kind, as_at, source, personal_data, voice FROM evidence ORDER BY title, id')
    .all() as { id: string; title: string; kind: EvidenceKind; as_at: string | null; source: string; personal_data: number; voice: Voice | null }[];
  const items = new Map<string, PackItem>();
  for (const r of rows)
    items.set(r.id, { id: r.id, title: r.title, kind: r.kind, asAt: r.as_at, source: r.source, personalData: r.personal_data === 1, voice: r.voice, files: [] });
  const files = db
    .prepare(
      `SELECT f.evidence_id, f.name, f.sha256, f.media_type, b.size FROM evidence_file f JOIN blob b ON b.sha256 = f.sha256
       ORDER BY f.evidence_id, f.position, f.id`,
    )
    .all() as { evidence_id: string; name: string; sha256: string; media_type: string; size: number }[];
  for (const f of files) items.get(f.evidence_id)?.files.push({ name: f.name, sha256: f.sha256, size: f.size, mediaType: f.media_type });
  return items;
}

/** Item ids linked to each area, by area id. */
export function loadLinks(db: Db): Map<string, string[]> {
  const rows = db.prepare('SELECT area_id, evidence_id FROM link ORDER BY area_id, evidence_id').all() as { area_id: string; evidence_id: string }[];
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.area_id, [...(map.get(r.area_id) ?? []), r.evidence_id]);
  return map;
}
