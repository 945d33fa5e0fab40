/**
 * Getting files to import: the file and folder pickers (a plain <input type="file">,
 * with `webkitdirectory` for folders) and dropped files and folders (walked recursively
 * with DataTransferItem.webkitGetAsEntry), each with the folder it came from.
 */
import { useIngestStore, type PickedFile } from '../../stores/ingest.ts';

/** "Board papers/2023/minutes.pdf" → "Board papers/2023". */
export const folderOf = (relativePath: string) => {
  const i = relativePath.lastIndexOf('/');
  return i > 0 ? relativePath.slice(0, i) : '';
};

/** Opens the system's file (or folder) chooser and imports what is chosen. */
export function pickAndImport(options: { directory?: boolean } = {}): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  if (options.directory) input.webkitdirectory = true;
  input.className = 'visually-hidden';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  const done = () => input.remove();
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])].map((file) => ({ file, folder: folderOf(file.webkitRelativePath || '') }));
    done();
    void useIngestStore.getState().importFiles(files);
  });
  input.addEventListener('cancel', done);
  document.body.append(input);
  input.click();
}

const SKIP = /^(\.DS_Store|Thumbs\.db|desktop\.ini)$/i;

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) return resolve(all);
        all.push(...batch);
        next();
      }, reject);
    next();
  });
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function walk(entry: FileSystemEntry, folder: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    if (SKIP.test(entry.name)) return;
    out.push({ file: await fileOf(entry as FileSystemFileEntry), folder });
  } else if (entry.isDirectory) {
    const inner = folder ? `${folder}/${entry.name}` : entry.name;
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
    for (const child of children) await walk(child, inner, out);
  }
}

/**
 * Every file in a drop, folders walked recursively. Must be called while the drop event
 * is being handled: the browser empties the DataTransfer afterwards.
 */
export function filesFromDrop(dt: DataTransfer): Promise<PickedFile[]> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of [...dt.items]) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const f = item.getAsFile();
      if (f) loose.push(f);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...dt.files);
  return (async () => {
    const out: PickedFile[] = loose.map((file) => ({ file, folder: '' }));
    for (const e of entries) await walk(e, '', out);
    return out;
  })();
}
