/**
 * The libraries opened on this computer lately, so the start screen can offer them again
 * (a restored backup, a second library for another local area). A convenience list in the
 * data folder: paths and names only, never library contents; a damaged list is ignored.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RecentLibrary } from '../../../shared/schemas/library.ts';
import { isLibraryFolder } from './library.ts';

const FILE = 'recent-libraries.json';
const KEEP = 8;

function read(dataRoot: string): RecentLibrary[] {
  try {
    const list: unknown = JSON.parse(readFileSync(join(dataRoot, FILE), 'utf8'));
    if (!Array.isArray(list)) return [];
    return list.filter(
      (r): r is RecentLibrary => !!r && typeof r === 'object' && typeof r.path === 'string' && typeof r.name === 'string' && typeof r.openedAt === 'string',
    );
  } catch {
    return [];
  }
}

/** The libraries opened lately, newest first, that are still there (leaving out `except`, such as the example's copy). */
export function recentLibraries(dataRoot: string, except: readonly string[] = []): RecentLibrary[] {
  const skip = new Set(except.map((p) => resolve(p)));
  return read(dataRoot).filter((r) => !skip.has(resolve(r.path)) && isLibraryFolder(r.path));
}

/** Puts a library at the top of the list (written whole, then renamed into place). */
export function rememberLibrary(dataRoot: string, library: { path: string; name: string }, now: Date) {
  const path = resolve(library.path);
  const list = [{ path, name: library.name, openedAt: now.toISOString() }, ...read(dataRoot).filter((r) => resolve(r.path) !== path)].slice(0, KEEP);
  const tmp = join(dataRoot, `${FILE}.tmp`);
  writeFileSync(tmp, `${JSON.stringify(list, null, 2)}\n`);
  renameSync(tmp, join(dataRoot, FILE));
}
