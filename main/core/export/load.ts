import type { EvidenceKind, Stance, Voice } from '../../../shared/schemas/evidence.ts';
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
  /** The item's own words (a feedback item's quote): what the pack shows when there is no file. */
  description: string;
  files: PackFile[];
  /** The survey import this item is an answer from, if any. */
  surveyId: string | null;
}

/** A survey import, as the pack names it. */
export interface PackSurvey {
  /** '' when it could not be read back from an answer imported before surveys were kept. */
  title: string;
  importedAt: string;
}

/** One answer of a survey, as it is written beside the pack. */
export interface SurveyAnswer {
  question: string;
  answer: string;
  respondentRole: string;
  asAt: string | null;
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
    .prepare(
      `SELECT e.id, e.title, e.kind, e.as_at, e.source, e.description, e.personal_data, e.voice, s.import_id AS survey_id
       FROM evidence e LEFT JOIN feedback f ON f.evidence_id = e.id LEFT JOIN survey s ON s.import_id = f.import_id
       ORDER BY e.title, e.id`,
    )
    .all() as { id: string; title: string; kind: EvidenceKind; as_at: string | null; source: string; description: string; personal_data: number; voice: Voice | null; survey_id: string | null }[];
  const items = new Map<string, PackItem>();
  for (const r of rows)
    items.set(r.id, { id: r.id, title: r.title, kind: r.kind, asAt: r.as_at, source: r.source, personalData: r.personal_data === 1, voice: r.voice, description: r.description, files: [], surveyId: r.survey_id });
  const files = db
    .prepare(
      `SELECT f.evidence_id, f.name, f.sha256, f.media_type, b.size FROM evidence_file f JOIN blob b ON b.sha256 = f.sha256
       ORDER BY f.evidence_id, f.position, f.id`,
    )
    .all() as { evidence_id: string; name: string; sha256: string; media_type: string; size: number }[];
  for (const f of files) items.get(f.evidence_id)?.files.push({ name: f.name, sha256: f.sha256, size: f.size, mediaType: f.media_type });
  return items;
}

/** How an item evidences an area: whether it supports or counters progress, and why it counts. */
export interface PackLink {
  evidenceId: string;
  stance: Stance;
  note: string;
}

/** The links of each area, by area id. */
export function loadLinks(db: Db): Map<string, PackLink[]> {
  const rows = db.prepare('SELECT area_id, evidence_id, stance, note FROM link ORDER BY area_id, evidence_id').all() as { area_id: string; evidence_id: string; stance: Stance; note: string }[];
  const map = new Map<string, PackLink[]>();
  for (const r of rows) map.set(r.area_id, [...(map.get(r.area_id) ?? []), { evidenceId: r.evidence_id, stance: r.stance, note: r.note }]);
  return map;
}

/** Every survey import, by its id. */
export function loadSurveys(db: Db): Map<string, PackSurvey> {
  const rows = db.prepare('SELECT import_id, title, imported_at FROM survey').all() as { import_id: string; title: string; imported_at: string }[];
  return new Map(rows.map((r) => [r.import_id, { title: r.title, importedAt: r.imported_at }]));
}

/** The answers held by these items, in the order they were imported (by response, then question). */
export function loadAnswers(db: Db, ids: readonly string[]): SurveyAnswer[] {
  const rows = db
    .prepare(
      `SELECT e.id, f.question, e.description, f.respondent_role, e.as_at FROM evidence e JOIN feedback f ON f.evidence_id = e.id
       WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY f.rowid`,
    )
    .all(JSON.stringify(ids)) as { question: string; description: string; respondent_role: string; as_at: string | null }[];
  return rows.map((r) => ({ question: r.question, answer: r.description, respondentRole: r.respondent_role, asAt: r.as_at }));
}
