import type { FileText, IngestDetails } from '../../../shared/schemas/ingest.ts';
import type { Db } from '../db/open.ts';
import { notFound } from '../errors.ts';

/** What was read from an item's files, and the emails and attachments it belongs with. */
export function ingestDetails(db: Db, id: string): IngestDetails {
  if (!db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(id)) throw notFound('That evidence item');
  const files = db
    .prepare(
      `SELECT f.id AS fileId, f.name, t.format, t.page_count AS pageCount, t.part_count AS parts, t.note,
              t.document_title AS documentTitle, t.document_date AS documentDate, t.author
       FROM evidence_file f JOIN file_text t ON t.file_id = f.id WHERE f.evidence_id = ? ORDER BY f.position, f.name`,
    )
    .all(id) as FileText[];
  const attachments = db
    .prepare('SELECT e.id, e.title, a.name FROM email_attachment a JOIN evidence e ON e.id = a.attachment_id WHERE a.email_id = ? ORDER BY a.position')
    .all(id) as IngestDetails['attachments'];
  const attachedTo = db
    .prepare('SELECT e.id, e.title FROM email_attachment a JOIN evidence e ON e.id = a.email_id WHERE a.attachment_id = ? ORDER BY e.title')
    .all(id) as IngestDetails['attachedTo'];
  return { id, files, attachments, attachedTo };
}
