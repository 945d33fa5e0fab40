import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import { failures, ImportFailure } from '../failure.ts';

export interface ZipContents {
  names: Set<string>;
  /** docProps/core.xml, when present and small: title, creator and created date. */
  coreXml: string | null;
}

const openZip = (data: Buffer) =>
  new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );

/**
 * Looks inside an Office file before a parser does: refuses one that declares, or
 * actually expands to, more than `maxBytes`, or holds too many entries (a zip bomb).
 * Every entry is inflated and counted, because declared sizes can lie.
 */
export async function inspectZip(data: Buffer, what: string, maxBytes: number, maxEntries: number): Promise<ZipContents> {
  let zip: ZipFile;
  try {
    zip = await openZip(data);
  } catch {
    throw new ImportFailure(failures.damaged(what));
  }
  if (zip.entryCount > maxEntries) {
    zip.close();
    throw new ImportFailure(failures.zipBomb(what, maxBytes));
  }
  const names = new Set<string>();
  let coreXml: string | null = null;
  let declared = 0;
  let actual = 0;
  try {
    for await (const entry of zip.eachEntry() as AsyncIterable<Entry>) {
      names.add(entry.fileName);
      declared += entry.uncompressedSize;
      if (declared > maxBytes) throw new ImportFailure(failures.zipBomb(what, maxBytes));
      if (entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const keep = entry.fileName === 'docProps/core.xml' && entry.uncompressedSize < 1024 ** 2;
      const chunks: Buffer[] = [];
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        actual += chunk.length;
        if (actual > maxBytes) {
          stream.destroy();
          throw new ImportFailure(failures.zipBomb(what, maxBytes));
        }
        if (keep) chunks.push(chunk);
      }
      if (keep) coreXml = Buffer.concat(chunks).toString('utf8');
    }
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    // yauzl reports an entry larger than it declared, or a broken entry.
    throw new ImportFailure(/too many bytes|exceeds|uncompressed/i.test(String(e)) ? failures.zipBomb(what, maxBytes) : failures.damaged(what));
  } finally {
    zip.close();
  }
  return { names, coreXml };
}

const tag = (xml: string, name: string) => {
  const m = new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml);
  return m?.[1]?.trim() || null;
};

/** Title, creator and created date from docProps/core.xml. */
export function coreProperties(xml: string | null): { title: string | null; creator: string | null; created: string | null } {
  if (!xml) return { title: null, creator: null, created: null };
  const created = tag(xml, 'dcterms:created');
  return { title: tag(xml, 'dc:title'), creator: tag(xml, 'dc:creator'), created: created && /^\d{4}-\d{2}-\d{2}/.test(created) ? created.slice(0, 10) : null };
}
