import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { importSource } from '../../../shared/schemas/ingest.ts';

/** One file to import, before anything is read. */
export type Unit =
  | { kind: 'path'; display: string; name: string; path: string }
  | { kind: 'upload'; display: string; name: string; uploadId: string; lastModified: number | null }
  | { kind: 'missing'; display: string; name: string; path: string };

/** Files that are never evidence: system clutter and Office's lock files. */
export function isClutter(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini|icon\r)$/i.test(name);
}

async function walk(dir: string, shown: string, seen: Set<string>, out: Unit[]) {
  const real = await realpath(dir);
  if (seen.has(real)) return; // a folder linked inside itself
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }));
  for (const e of entries) {
    if (isClutter(e.name)) continue;
    const full = join(dir, e.name);
    const s = await stat(full).catch(() => null);
    if (!s) continue;
    if (s.isDirectory()) await walk(full, join(shown, e.name), seen, out);
    else if (s.isFile()) out.push({ kind: 'path', display: join(shown, e.name), name: e.name, path: full });
  }
}

/** Every file named by the sources, folders read recursively, in a stable order. */
export async function expandSources(sources: readonly z.output<typeof importSource>[]): Promise<Unit[]> {
  const out: Unit[] = [];
  for (const source of sources) {
    if (source.type === 'upload') {
      const folder = source.folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
      out.push({ kind: 'upload', display: folder ? `${folder}/${source.name}` : source.name, name: source.name, uploadId: source.uploadId, lastModified: source.lastModified ?? null });
      continue;
    }
    const path = resolve(source.path);
    const s = await stat(path).catch(() => null);
    if (!s) out.push({ kind: 'missing', display: source.path, name: basename(path), path: source.path });
    else if (s.isDirectory()) await walk(path, source.path, new Set(), out);
    else out.push({ kind: 'path', display: source.path, name: basename(path), path });
  }
  return out;
}
