/**
 * Adding a colleague's evidence to this library: a workstream lead tags evidence on their
 * own laptop and hands the LANO a backup; its items come into the LANO's library with their
 * files, what was read from them, their links to areas (matched by code), data series,
 * feedback details and excerpts. An item whose files (or, with none, whose title, kind and
 * date) are already here is not added twice: its links join the item that is. Findings,
 * judgements and actions stay the LANO's own and are not brought in.
 *
 * The backup is checked and unpacked into a scratch folder, its database brought to this
 * version there, its files put in the store (each synced) before the one transaction that
 * writes every row; on any failure nothing is added and files stored for it are removed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { MergeReport, MergeUndo } from '../../../shared/api/library.ts';
import { deleteEvidence } from '../evidence/evidence.ts';
import { migrate } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import { CoreError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { TextPart } from '../ingest/extract/types.ts';
import type { FileFormat } from '../ingest/formats.ts';
import { insertFileText, itemHoldingFile } from '../ingest/save.ts';
import { refreshItemSearch } from '../search/item-index.ts';
import type { Library } from './library.ts';
import { DB_FILE, FILES_DIR } from './library.ts';
import { extractBackup } from './restore.ts';

type Row = Record<string, unknown>;

interface SourceItem {
  row: Row & { id: string; title: string; kind: string; as_at: string | null };
  files: (Row & { id: string; sha256: string })[];
}

const all = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];

/** Copies a row into a table, with some columns replaced. */
function insertRow(db: Db, table: string, row: Row, replace: Row = {}, onConflict = '') {
  const values = { ...row, ...replace };
  const columns = Object.keys(values);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${onConflict}`).run(
    ...columns.map((c) => values[c] as never),
  );
}

/** The item here this one would duplicate: the one holding all its files, or with none, one of the same title, kind and date. */
function duplicateOf(db: Db, item: SourceItem): string | null {
  if (item.files.length > 0) {
    const holders = new Set(item.files.map((f) => itemHoldingFile(db, f.sha256)?.id ?? null));
    const [only] = [...holders];
    return holders.size === 1 && only ? only : null;
  }
  const same = db
    .prepare('SELECT id FROM evidence WHERE title = ? AND kind = ? AND as_at IS ? ORDER BY created_at LIMIT 1')
    .get(item.row.title, item.row.kind, item.row.as_at) as { id: string } | undefined;
  return same?.id ?? null;
}

/** What was read from a file in the backup, as the import writes it. */
function fileText(src: Db, fileId: string) {
  const text = src.prepare('SELECT * FROM file_text WHERE file_id = ?').get(fileId) as Row | undefined;
  if (!text) return null;
  const parts = all(
    src,
    `SELECT r.page, r.label, t.body AS text FROM search_row r JOIN search_text t ON t.rowid = r.id WHERE r.file_id = ? ORDER BY r.id`,
    fileId,
  ) as unknown as TextPart[];
  return {
    readAt: text['read_at'] as string,
    extracted: {
      format: text['format'] as FileFormat,
      pageCount: text['page_count'] as number | null,
      parts,
      note: text['note'] as string,
      documentTitle: text['document_title'] as string | null,
      documentDate: text['document_date'] as string | null,
      author: text['author'] as string | null,
    },
  };
}

export async function mergeBackup(lib: Library, backupFile: string): Promise<MergeReport> {
  const work = join(dirname(lib.path), `.${newId()}.adding`);
  mkdirSync(join(work, FILES_DIR), { recursive: true });
  const stored: string[] = [];
  try {
    await extractBackup(backupFile, work).catch((e: unknown) => {
      throw e instanceof CoreError ? new CoreError(e.code, e.message.replace('Nothing was restored.', 'Nothing was added.'), e.details) : e;
    });
    const src = new Database(join(work, DB_FILE));
    try {
      migrate(src, migrations);
      const items: SourceItem[] = (all(src, 'SELECT * FROM evidence ORDER BY created_at, rowid') as SourceItem['row'][]).map((row) => ({
        row,
        files: all(src, 'SELECT * FROM evidence_file WHERE evidence_id = ? ORDER BY position', row.id) as SourceItem['files'],
      }));
      const db = lib.db;
      const fresh = items.filter((i) => duplicateOf(db, i) === null);
      // Files first, each synced into the store, so no row ever points at a file not there.
      for (const sha of new Set(fresh.flatMap((i) => i.files.map((f) => f.sha256)))) {
        if (lib.store.has(sha)) continue;
        const staged = await lib.store.staging.stageFile(join(work, FILES_DIR, sha.slice(0, 2), sha));
        if (lib.store.commit(staged.uploadId, lib.store.staging).isNew) stored.push(sha);
      }
      return writeTransaction(db, () => writeMerge(db, src, items));
    } finally {
      src.close();
    }
  } finally {
    for (const sha of stored) if (!lib.db.prepare('SELECT 1 FROM blob WHERE sha256 = ?').get(sha)) lib.store.remove(sha);
    rmSync(work, { recursive: true, force: true });
  }
}

function writeMerge(db: Db, src: Db, items: SourceItem[]): MergeReport {
  // Areas by code, whatever the case.
  const areaHere = new Map((all(db, 'SELECT id, code FROM area') as { id: string; code: string }[]).map((a) => [a.code.toUpperCase(), a.id]));
  const theirs = all(src, 'SELECT id, code FROM area') as { id: string; code: string }[];
  const areaOf = new Map(theirs.map((a) => [a.id, areaHere.get(a.code.toUpperCase()) ?? null]));
  const codeOf = new Map(theirs.map((a) => [a.id, a.code]));
  const missingAreas = new Set<string>();

  const idOf = new Map<string, string>();
  const report: MergeReport = {
    added: [],
    duplicates: [],
    linksAdded: 0,
    missingAreas: [],
    leftOut: { findings: 0, actions: 0, judgements: 0 },
    undo: { items: [], links: [], excerpts: [] },
  };
  const duplicateIds = new Set<string>();
  const addLinks = (from: string, to: string) => {
    let n = 0;
    for (const l of all(src, 'SELECT * FROM link WHERE evidence_id = ?', from)) {
      const area = areaOf.get(l['area_id'] as string);
      if (!area) {
        missingAreas.add(codeOf.get(l['area_id'] as string) ?? '?');
        continue;
      }
      const before = db.prepare('SELECT 1 FROM link WHERE evidence_id = ? AND area_id = ?').get(to, area);
      if (before) continue;
      insertRow(db, 'link', l, { evidence_id: to, area_id: area });
      if (duplicateIds.has(to)) report.undo.links.push({ evidenceId: to, areaId: area });
      n++;
    }
    report.linksAdded += n;
    return n;
  };

  for (const item of items) {
    const dup = duplicateOf(db, item);
    if (dup) {
      idOf.set(item.row.id, dup);
      duplicateIds.add(dup);
      report.duplicates.push({ id: dup, title: item.row.title, linksAdded: addLinks(item.row.id, dup) });
      continue;
    }
    const id = newId();
    idOf.set(item.row.id, id);
    insertRow(db, 'evidence', item.row, { id });
    for (const f of item.files) {
      const blob = src.prepare('SELECT * FROM blob WHERE sha256 = ?').get(f.sha256) as Row;
      insertRow(db, 'blob', blob, {}, 'ON CONFLICT (sha256) DO NOTHING');
      const fileId = newId();
      insertRow(db, 'evidence_file', f, { id: fileId, evidence_id: id });
      const text = fileText(src, f.id);
      if (text) insertFileText(db, { evidenceId: id, fileId, title: item.row.title }, text.extracted, text.readAt);
    }
    addLinks(item.row.id, id);
    const series = src.prepare('SELECT * FROM series WHERE evidence_id = ?').get(item.row.id) as Row | undefined;
    if (series) {
      insertRow(db, 'series', series, { evidence_id: id });
      for (const v of all(src, 'SELECT * FROM series_value WHERE evidence_id = ?', item.row.id)) insertRow(db, 'series_value', v, { evidence_id: id });
      // A heading belongs to one series: one that already goes to a series here stays there.
      for (const h of all(src, 'SELECT heading FROM series_heading WHERE evidence_id = ?', item.row.id))
        if (!db.prepare('SELECT 1 FROM series_heading WHERE heading = ? COLLATE NOCASE').get(h['heading'])) insertRow(db, 'series_heading', h, { evidence_id: id });
    }
    report.added.push({ id, title: item.row.title });
  }

  // Rows that point between items, now every item has its id here.
  const addedIds = new Set(report.added.map((a) => a.id));
  for (const f of all(src, 'SELECT * FROM feedback')) {
    const id = idOf.get(f['evidence_id'] as string);
    if (!id || !addedIds.has(id)) continue;
    insertRow(db, 'feedback', f, { evidence_id: id, answered_by: f['answered_by'] ? (idOf.get(f['answered_by'] as string) ?? null) : null });
  }
  for (const s of all(src, 'SELECT * FROM survey')) insertRow(db, 'survey', s, {}, 'ON CONFLICT (import_id) DO NOTHING');
  for (const a of all(src, 'SELECT * FROM email_attachment')) {
    const email = idOf.get(a['email_id'] as string);
    const attachment = idOf.get(a['attachment_id'] as string);
    if (email && attachment && email !== attachment) insertRow(db, 'email_attachment', a, { email_id: email, attachment_id: attachment }, 'ON CONFLICT DO NOTHING');
  }
  // Her excerpts come too, onto the item here when it was already here (unless it has that quote).
  for (const x of all(src, 'SELECT * FROM excerpt')) {
    const id = idOf.get(x['evidence_id'] as string);
    if (!id || (!addedIds.has(id) && db.prepare('SELECT 1 FROM excerpt WHERE evidence_id = ? AND quote = ?').get(id, x['quote']))) continue;
    const excerptId = newId();
    insertRow(db, 'excerpt', x, { id: excerptId, evidence_id: id, area_id: x['area_id'] ? (areaOf.get(x['area_id'] as string) ?? null) : null });
    if (!addedIds.has(id)) report.undo.excerpts.push(excerptId);
  }
  refreshItemSearch(db);

  const count = (table: string) => (src.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  report.leftOut = { findings: count('finding'), actions: count('action'), judgements: count('judgement') };
  report.missingAreas = [...missingAreas].sort();
  report.undo.items = report.added.map((a) => a.id);
  return report;
}

/**
 * Takes back what a merge added: its items (with their files, unless another item holds
 * them), and the links and excerpts it gave items already here. Anything since removed is
 * passed over. One transaction; files no longer used leave the store after it commits.
 */
export function undoMerge(lib: Library, undo: MergeUndo) {
  const db = lib.db;
  const counts = { items: 0, links: 0, excerpts: 0 };
  const unused = writeTransaction(db, () => {
    for (const l of undo.links) counts.links += db.prepare('DELETE FROM link WHERE evidence_id = ? AND area_id = ?').run(l.evidenceId, l.areaId).changes;
    for (const x of undo.excerpts) counts.excerpts += db.prepare('DELETE FROM excerpt WHERE id = ?').run(x).changes;
    const shas: string[] = [];
    for (const id of undo.items) {
      if (!db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(id)) continue;
      shas.push(...deleteEvidence(db, id).unused);
      counts.items++;
    }
    return shas;
  });
  for (const sha of unused) lib.store.remove(sha);
  return counts;
}
