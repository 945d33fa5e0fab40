/**
 * Keeping the search indexes quick after big writes. FTS5 writes new words as new
 * segments and merges them only now and then, so after an import each index may hold
 * fifteen or more; every search reads all of them, and finding a hit's page (a seek per
 * page) slows in step. When an import ends, the indexes are merged back towards one
 * segment in small steps while the app is idle, each its own short write transaction.
 */
import type { Db } from '../db/open.ts';
import { writeTransaction } from '../db/write.ts';
import type { Library } from '../library/library.ts';
import type { Logger } from '../logger.ts';

const TABLES = ['search_text', 'search_item'] as const;
/** About this many index pages are written per step (FTS5's incremental 'merge'): some tens of milliseconds. */
const STEP_PAGES = 128;
const PAUSE_MS = 20;
/** Fewer segments than this cost little (a small library never gets there); above it, merge down to one. */
const START_ABOVE = 8;

export function segmentCount(db: Db, table: (typeof TABLES)[number]): number {
  return db.prepare(`SELECT count(DISTINCT segid) FROM ${table}_idx`).pluck().get() as number;
}

/** One step of merging; false when every index is down to one segment. */
export function tidySearchStep(db: Db): boolean {
  const table = TABLES.find((t) => segmentCount(db, t) > 1);
  if (!table) return false;
  // A negative count merges segments of any level: the incremental form of 'optimize'.
  writeTransaction(db, () => db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`).run(-STEP_PAGES));
  return true;
}

const running = new WeakMap<Library, Promise<void>>();

/** Resolves when no merge is running on this library (at once if none is). */
export function searchTidied(lib: Library): Promise<void> {
  return running.get(lib) ?? Promise.resolve();
}

/** Starts merging in the background (once per library at a time); stops when done or when the library closes. */
export function tidySearchSoon(lib: Library, logger: Logger): void {
  if (running.has(lib) || !lib.db.open || TABLES.every((t) => segmentCount(lib.db, t) <= START_ABOVE)) return;
  let finish = () => {};
  running.set(lib, new Promise<void>((resolve) => (finish = resolve)));
  const step = () => {
    let more = false;
    try {
      more = lib.db.open && tidySearchStep(lib.db);
    } catch (e) {
      // Busy with another writer: try again after a longer pause.
      if (lib.db.open && e instanceof Error && 'code' in e && e.code === 'SQLITE_BUSY') {
        setTimeout(step, 1000).unref();
        return;
      }
      logger.error('merging the search index failed', { error: e instanceof Error ? e.message : String(e) });
    }
    if (more) setTimeout(step, PAUSE_MS).unref();
    else {
      running.delete(lib);
      finish();
    }
  };
  setTimeout(step, PAUSE_MS).unref();
}
