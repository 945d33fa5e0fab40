/**
 * The pack as a zip: pack.html, pack.pdf, pack.docx, index.csv, manifest.json and every exhibit's files under
 * exhibits/<area code>/ (the folder of the first area it evidences), with a README.txt in
 * each area's folder listing every exhibit of that area and where it is. Files stream from the store (never all in memory), are re-hashed
 * as they go, and the zip is written under a temporary name and renamed only when whole.
 * Fixed timestamps, modes and order: the same pack gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import yazl from 'yazl';
import { formatDate } from '../../../shared/format.ts';
import { stanceLabels } from '../../../shared/stance.ts';
import { CoreError } from '../errors.ts';
import type { BlobStore } from '../files/store.ts';
import { toCsv } from './csv.ts';
import type { SurveyAnswer } from './load.ts';
import type { Exhibit, Pack } from './model.ts';
import { cancelledError, stopIfCancelled } from './jobs.ts';
import { exhibitFileName, madeFileName, safeSegment } from './names.ts';
import { writeAtomically } from './write.ts';

export interface ZipEntry {
  path: string;
  sha256: string;
  size: number;
  exhibit: Exhibit;
  storedName: string;
  /** Where the bytes come from: a stored file (checked as it streams), or a table made for the pack. */
  source: { stored: string } | { made: Buffer };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const short = (title: string) => (Array.from(title).length > 80 ? `${Array.from(title).slice(0, 80).join('')}…` : title);
const problem = (e: Exhibit, file: string, what: string) =>
  new CoreError(
    'file-problem',
    `The stored file "${short(file)}" of exhibit ${e.ref} ("${short(e.title)}") ${what}, so no pack was written. Run "Check library" to see what is wrong, or restore the library from a backup.`,
  );

/** Where each exhibit's files go in the zip, checked to exist with the right size. */
export function planEntries(pack: Pack, store: BlobStore): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (const e of pack.exhibits) {
    const folder = `exhibits/${safeSegment(e.areaCodes[0] ?? 'Not linked', 40)}`;
    e.files.forEach((f, i) => {
      const source = store.pathFor(f.sha256);
      if (!existsSync(source)) throw problem(e, f.name, 'is missing');
      if (statSync(source).size !== f.size) throw problem(e, f.name, 'is damaged (its size has changed)');
      entries.push({ path: `${folder}/${exhibitFileName(e.ref, e.title, f.name, i)}`, sha256: f.sha256, size: f.size, exhibit: e, storedName: f.name, source: { stored: source } });
    });
    // Tables made for the pack (a survey's answers, a series' figures) and the words of an exhibit with no file.
    const made = e.answers
      ? { text: answersCsv(e.answers), name: madeFileName(e.ref, e.survey ?? e.title, 'answers', '.csv') }
      : e.kind === 'data'
        ? nullable(figuresCsv(pack, e.ref), (text) => ({ text, name: madeFileName(e.ref, e.title, 'figures', '.csv') }))
        : e.words !== null
          ? { text: wordsText(e), name: madeFileName(e.ref, e.title, '', '.txt') }
          : null;
    if (made !== null) {
      const bytes = Buffer.from(made.text, 'utf8');
      entries.push({ path: `${folder}/${made.name}`, sha256: sha(bytes), size: bytes.length, exhibit: e, storedName: made.name, source: { made: bytes } });
    }
  }
  return entries;
}

const nullable = <T, U>(v: T | null, f: (v: T) => U): U | null => (v === null ? null : f(v));


/** An exhibit with no file, as a text file: what it is, and its words. */
export function wordsText(e: Exhibit): string {
  const lines = [
    `${e.ref}: ${e.title}`,
    `Kind: ${e.kindLabel}`,
    `As at: ${formatDate(e.asAt, 'Not dated')}`,
    `Source: ${e.source || 'Not recorded'}`,
    `Areas: ${e.links.length ? e.links.map((l) => `${l.code} (${stanceLabels[l.stance].toLowerCase()})`).join(', ') : e.areaCodes.join(', ')}`,
    '',
    e.words || 'No words are recorded for this exhibit.',
  ];
  return `\uFEFF${lines.join('\n').replace(/\r?\n/g, '\r\n')}\r\n`;
}

/**
 * A README.txt for each area's folder: every exhibit that evidences the area, with its
 * stance and where its files are, those kept in another area's folder included (each
 * exhibit is stored once, in the folder of the first area it evidences).
 */
export function areaReadmes(pack: Pack, entries: readonly ZipEntry[]): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const h of pack.held) {
    if (!h.rows.length) continue;
    const folder = `exhibits/${safeSegment(h.code, 40)}`;
    const here: string[] = [];
    const elsewhere: string[] = [];
    for (const r of h.rows) {
      const e = pack.exhibits.find((x) => x.ref === r.ref)!;
      const paths = entries.filter((x) => x.exhibit === e).map((x) => x.path);
      const lines = [`  ${r.ref}: ${r.title} (${r.stance.toLowerCase()})`, ...(paths.length ? paths.map((p) => `      ${p}`) : ['      (no file)'])];
      (paths.every((p) => p.startsWith(`${folder}/`)) ? here : elsewhere).push(...lines);
    }
    const text = [
      `${h.code}: ${h.title}`,
      `Evidence pack as at ${pack.dateText}: every exhibit that evidences this area, and where it is in this zip.`,
      '',
      ...(here.length ? ['In this folder:', ...here, ''] : []),
      ...(elsewhere.length ? ['In another area’s folder (each exhibit is kept once, in the folder of the first area it evidences):', ...elsewhere, ''] : []),
      'index.csv at the top of the zip lists every exhibit.',
    ];
    out.push({ path: `${folder}/README.txt`, text: `\uFEFF${text.join('\r\n')}\r\n` });
  }
  return out;
}

/** A data series' figures as the pack shows them (counts of 1 or 2 as "fewer than 3"); null when it has none. */
function figuresCsv(pack: Pack, ref: string): string | null {
  const series = pack.series.find((s) => s.ref === ref);
  return series && series.rows.length > 0 ? toCsv([['Period', 'Value'], ...series.rows]) : null;
}

/** A survey's answers as a table, one row per answer, in the order they were imported. */
export function answersCsv(answers: readonly SurveyAnswer[]): string {
  const header = ['Question', 'Answer', 'Respondent said they were', 'As at'];
  return toCsv([header, ...answers.map((a) => [a.question, a.answer, a.respondentRole, formatDate(a.asAt, 'Not dated')])]);
}

export function indexCsv(pack: Pack, entries: ZipEntry[]): string {
  const header = ['Reference', 'Title', 'Kind', 'As at', 'Source', 'Areas', 'Personal data', 'Files'];
  const rows = pack.exhibits.map((e) => [
    e.ref,
    e.title,
    e.kindLabel,
    formatDate(e.asAt, 'Not dated'),
    e.source,
    e.areaCodes.join('; '),
    e.personalData ? 'Yes' : 'No',
    entries.filter((x) => x.exhibit === e).map((x) => x.path).join('; '),
  ]);
  return toCsv([header, ...rows]);
}

/** Streams a stored file, failing (with the exhibit's name) if its bytes no longer match; a made table as it is. */
function verified(entry: ZipEntry, fail: (e: unknown) => void, opened: Set<Readable>): Readable {
  const hash = createHash('sha256');
  const check = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb) {
      cb(hash.digest('hex') === entry.sha256 ? null : problem(entry.exhibit, entry.storedName, 'is damaged (its contents have changed)'));
    },
  });
  if ('made' in entry.source) return Readable.from([entry.source.made]);
  const source = createReadStream(entry.source.stored);
  opened.add(source);
  source.once('close', () => opened.delete(source));
  source.on('error', () => fail(problem(entry.exhibit, entry.storedName, 'could not be read')));
  check.on('error', fail);
  return source.pipe(check);
}

/** A rendered document of the pack that travels in the zip beside pack.html. */
export interface PackDocument {
  path: string;
  bytes: Buffer;
}

/** How a caller follows and stops a zip being written. */
export interface ZipWatch {
  /** Once aborted, the write stops (mid-stream if need be) and leaves nothing behind. */
  signal?: AbortSignal;
  /** Each exhibit file once it has been streamed into the zip, in order. */
  onFile?: (entry: ZipEntry, done: number, total: number) => void;
}

/** Writes the zip of `entries` (from planEntries, which the caller also counts for its progress). */
export async function writeZip(pack: Pack, html: string, entries: ZipEntry[], target: string, documents: PackDocument[] = [], watch: ZipWatch = {}): Promise<void> {
  const { signal, onFile } = watch;
  stopIfCancelled(signal);
  const [y, m, d] = pack.asAt.split('-').map(Number) as [number, number, number];
  const options = { mtime: new Date(y, m - 1, d, 12, 0, 0), mode: 0o100644, forceDosTimestamp: true };
  const htmlBytes = Buffer.from(html, 'utf8');
  const csvBytes = Buffer.from(indexCsv(pack, entries), 'utf8');
  const readmes = areaReadmes(pack, entries).map((r) => ({ path: r.path, bytes: Buffer.from(r.text, 'utf8') }));
  const manifest = {
    format: 'revisit-ready-evidence-pack',
    version: 1,
    title: pack.title,
    asAt: pack.asAt,
    includesPersonalData: pack.personalIncluded > 0,
    withheld: pack.withheld,
    files: [
      { path: 'pack.html', sha256: sha(htmlBytes), size: htmlBytes.length },
      ...documents.map((d) => ({ path: d.path, sha256: sha(d.bytes), size: d.bytes.length })),
      { path: 'index.csv', sha256: sha(csvBytes), size: csvBytes.length },
      ...readmes.map((r) => ({ path: r.path, sha256: sha(r.bytes), size: r.bytes.length })),
      ...entries.map((e) => ({ path: e.path, sha256: e.sha256, size: e.size, exhibit: e.exhibit.ref })),
    ],
  };
  const opened = new Set<Readable>();
  let stopListening = () => {};
  try {
    await writeAtomically(
      target,
      (fail) => {
        const zip = new yazl.ZipFile();
        zip.on('error', fail);
        if (signal) {
          // Cancelled mid-stream: fail at once; the finally below closes any stored file being read.
          const stop = () => fail(cancelledError());
          signal.addEventListener('abort', stop, { once: true });
          stopListening = () => signal.removeEventListener('abort', stop);
        }
        zip.addBuffer(htmlBytes, 'pack.html', options);
        for (const d of documents) zip.addBuffer(d.bytes, d.path, options);
        zip.addBuffer(csvBytes, 'index.csv', options);
        zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), 'manifest.json', options);
        for (const r of readmes) zip.addBuffer(r.bytes, r.path, options);
        let done = 0;
        for (const e of entries)
          zip.addReadStreamLazy(e.path, { ...options, compress: false }, (cb) => {
            // A file boundary: a cancel stops here rather than opening the next file.
            if (signal?.aborted) return cb(cancelledError(), undefined as never);
            const stream = verified(e, fail, opened);
            stream.once('end', () => onFile?.(e, ++done, entries.length));
            cb(null, stream);
          });
        zip.end();
        return zip.outputStream;
      },
      () => stopIfCancelled(signal),
    );
  } finally {
    stopListening();
    for (const s of opened) s.destroy(); // a stopped export leaves no file open
  }
}
