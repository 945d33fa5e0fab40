import { rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { cleanFileName } from '../../evidence/attach.ts';
import { isoFromDate } from '../dates.ts';
import { failures, ImportFailure } from '../failure.ts';
import type { IngestLimits } from '../limits.ts';
import { writeToStaging } from '../worker/write-staged.ts';
import { capParts, cleanText, splitIntoParts } from './text-tools.ts';
import type { Extracted, StagedAttachment } from './types.ts';

const EXT_FOR_TYPE: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'message/rfc822': '.eml',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};

/** "Jo Bloggs <jo@example.gov.uk>, team@example.gov.uk", without the quotes mail programs add. */
const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : [])
    .flatMap((x) => x.value)
    .map((v) => (v.name ? `${v.name} <${v.address ?? ''}>` : (v.address ?? '')))
    .filter(Boolean)
    .join(', ');

/** A name for an attachment: its own, cleaned, or "Attachment 2.pdf" from its type. */
export function attachmentName(filename: string | undefined, contentType: string, index: number): string {
  const clean = filename ? cleanFileName(filename) : '';
  if (clean && clean !== 'file') return extname(clean) ? clean : `${clean}${EXT_FOR_TYPE[contentType] ?? ''}`;
  return `Attachment ${index}${EXT_FOR_TYPE[contentType] ?? ''}`;
}

/** Subject, sent date, sender and body of an .eml; each real attachment is written to staging. */
export async function extractEmail(data: Buffer, limits: IngestLimits, stagingDir: string): Promise<Extracted> {
  let mail;
  try {
    mail = await simpleParser(data, { skipImageLinks: true, skipTextToHtml: true });
  } catch {
    throw new ImportFailure(failures.damaged('email'));
  }
  const from = addresses(mail.from);
  const header = [
    from && `From: ${from}`,
    mail.to && `To: ${addresses(mail.to)}`,
    mail.date && `Sent: ${mail.date.toUTCString()}`,
    mail.subject && `Subject: ${mail.subject}`,
  ]
    .filter(Boolean)
    .join('\n');
  const body = cleanText(`${header}\n\n${mail.text ?? ''}`);
  const parts = splitIntoParts(body).map((t, i) => ({ page: i + 1, label: `Part ${i + 1}`, text: t }));
  const capped = capParts(parts, limits.maxTextChars);

  const attachments: StagedAttachment[] = [];
  // Inline images (logos, signatures) belong to the message's layout, not its evidence.
  const real = mail.attachments.filter((a) => !a.related).slice(0, limits.maxAttachments);
  try {
    for (const [i, a] of real.entries()) {
      if (a.content.length === 0) continue;
      const written = await writeToStaging(a.content, stagingDir);
      attachments.push({ ...written, name: attachmentName(a.filename, a.contentType, i + 1) });
    }
  } catch {
    for (const a of attachments) rmSync(join(stagingDir, a.uploadId), { force: true });
    throw new ImportFailure(failures.crashed());
  }
  return {
    format: 'email',
    pageCount: null,
    parts: capped.kept,
    documentTitle: mail.subject?.trim() || null,
    firstHeading: null,
    documentDate: isoFromDate(mail.date),
    author: from || null,
    note: '',
    attachments,
  };
}
