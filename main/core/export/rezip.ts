import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * The same zip entries in the same order, with `[Content_Types].xml` first and every
 * entry stamped with one DOS date and time (no UTC extra field): the same entries give
 * the same bytes on every run and in every time zone. Used on the Word pack, whose
 * zip library stamps entries with the time of writing.
 */
export async function rezip(
  zipBytes: Buffer,
  asAt: string,
  replace: Record<string, Buffer | ((data: Buffer) => Buffer)> = {},
  hour = 12,
): Promise<Buffer> {
  const [y, m, d] = asAt.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, hour, 0, 0);
  const zip = await yauzl.fromBufferPromise(zipBytes, { lazyEntries: true });
  const listed: yauzl.Entry[] = await new Promise((resolve, reject) => {
    const found: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      found.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', reject);
    zip.readEntry();
  });
  const entries: { name: string; data: Buffer }[] = [];
  for (const entry of listed) {
    if (entry.fileName.endsWith('/')) continue;
    const stream = await zip.openReadStreamPromise(entry);
    const parts: Buffer[] = [];
    for await (const c of stream) parts.push(c as Buffer);
    const data = Buffer.concat(parts);
    const r = replace[entry.fileName];
    entries.push({ name: entry.fileName, data: r === undefined ? data : typeof r === 'function' ? r(data) : r });
  }
  zip.close();
  const first = '[Content_Types].xml';
  entries.sort((a, b) => Number(b.name === first) - Number(a.name === first));
  const out = new yazl.ZipFile();
  for (const e of entries) out.addBuffer(e.data, e.name, { mtime, compress: true, forceDosTimestamp: true });
  out.end();
  const parts: Buffer[] = [];
  for await (const c of out.outputStream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}
