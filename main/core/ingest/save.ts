import type { EvidenceKind } from '../../../shared/schemas/evidence.ts';
import { voiceGroup } from '../../../shared/schemas/feedback.ts';
import type { FeedbackGuess } from './feedback-guess.ts';
import type { Db } from '../db/open.ts';
import { newId } from '../ids.ts';
import { writeItemSearch } from '../search/item-index.ts';
import type { Extracted } from './extract/types.ts';

export interface ItemToSave {
  title: string;
  kind: EvidenceKind;
  /** For a document that is itself feedback: whose voice, and how it came. */
  feedback?: FeedbackGuess | null;
  asAt: string | null;
  source: string;
  personalData: boolean;
  /** Why it may hold personal data, for a person to check ('' when nothing suggests it). */
  personalDataReview: string;
  addedBy: string;
  file: { sha256: string; size: number; name: string; mediaType: string };
  text: Omit<Extracted, 'attachments' | 'firstHeading'>;
  areaIds: readonly string[];
  attachmentOf: { emailId: string; name: string; position: number } | null;
}

/** The item that already holds a file with this content, if any. */
export function itemHoldingFile(db: Db, sha256: string): { id: string; title: string } | null {
  return (
    (db
      .prepare('SELECT e.id, e.title FROM evidence_file f JOIN evidence e ON e.id = f.evidence_id WHERE f.sha256 = ? ORDER BY f.added_at, e.id LIMIT 1')
      .get(sha256) as { id: string; title: string } | undefined) ?? null
  );
}

/** Links an item to areas, leaving any existing link (and its stance and note) as it is. */
export function linkIfMissing(db: Db, evidenceId: string, areaIds: readonly string[], now: Date) {
  const insert = db.prepare(
    "INSERT INTO link (evidence_id, area_id, stance, note, created_at) VALUES (?, ?, 'supports', '', ?) ON CONFLICT (evidence_id, area_id) DO NOTHING",
  );
  for (const areaId of areaIds) insert.run(evidenceId, areaId, now.toISOString());
}

export function recordAttachment(db: Db, emailId: string, attachmentId: string, name: string, position: number) {
  if (emailId === attachmentId) return;
  db.prepare('INSERT INTO email_attachment (email_id, attachment_id, name, position) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    emailId,
    attachmentId,
    name,
    position,
  );
}

/** What was read from one file, and its pages or parts in the search index. */
export function insertFileText(db: Db, file: { evidenceId: string; fileId: string; title: string }, x: Omit<Extracted, 'attachments' | 'firstHeading'>, at: string) {
  db.prepare(
    `INSERT INTO file_text (file_id, format, page_count, part_count, note, document_title, document_date, author, read_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(file.fileId, x.format, x.pageCount, x.parts.length, x.note, x.documentTitle, x.documentDate, x.author, at);
  const row = db.prepare('INSERT INTO search_row (evidence_id, file_id, page, label) VALUES (?, ?, ?, ?)');
  const words = db.prepare('INSERT INTO search_text (rowid, title, body) VALUES (?, ?, ?)');
  for (const part of x.parts) words.run(BigInt(row.run(file.evidenceId, file.fileId, part.page, part.label).lastInsertRowid), file.title, part.text);
}

/**
 * One imported file becomes one item: the item, its file, what was read from it, its
 * search rows (the item's own row is added by a trigger), its links and its place in an
 * email, all in one transaction. The file must already be in the store.
 */
export function saveImportedItem(db: Db, item: ItemToSave, now: Date): string {
  return db
    .transaction(() => {
      const id = newId();
      const fileId = newId();
      const t = now.toISOString();
      db.prepare(
        `INSERT INTO evidence (id, title, kind, as_at, source, description, personal_data, personal_data_review, added_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)`,
      ).run(id, item.title, item.kind, item.asAt, item.source, item.personalData ? 1 : 0, item.personalDataReview, item.addedBy, t, t);
      if (item.feedback) {
        db.prepare('UPDATE evidence SET voice = ? WHERE id = ?').run(voiceGroup[item.feedback.voice], id);
        db.prepare('INSERT INTO feedback (evidence_id, voice, channel) VALUES (?, ?, ?)').run(id, item.feedback.voice, item.feedback.channel);
      }
      db.prepare('INSERT INTO blob (sha256, size, created_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(item.file.sha256, item.file.size, t);
      db.prepare('INSERT INTO evidence_file (id, evidence_id, sha256, name, media_type, position, added_at) VALUES (?, ?, ?, ?, ?, 0, ?)').run(
        fileId,
        id,
        item.file.sha256,
        item.file.name,
        item.file.mediaType,
        t,
      );
      insertFileText(db, { evidenceId: id, fileId, title: item.title }, item.text, t);
      // A new item's words are all in hand: index them whole here rather than read them back.
      writeItemSearch(db, id, item.title, ['', ...item.text.parts.map((p) => p.text)].join('\n'));
      linkIfMissing(db, id, item.areaIds, now);
      if (item.attachmentOf) recordAttachment(db, item.attachmentOf.emailId, id, item.attachmentOf.name, item.attachmentOf.position);
      return id;
    })
    .immediate();
}
