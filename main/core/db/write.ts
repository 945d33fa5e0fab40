import { refreshItemSearch } from '../search/item-index.ts';
import type { Db } from './open.ts';

/**
 * Runs `work` as one write transaction that takes the write lock at BEGIN (BEGIN
 * IMMEDIATE). Another process writing the same library then makes this one wait
 * (busy_timeout) instead of failing half-way with SQLITE_BUSY when a deferred
 * transaction tries to upgrade from reading to writing. Nested calls become savepoints.
 * `work` must be synchronous: no await inside a transaction. Before commit, the
 * whole-item search rows of items whose words changed are rewritten.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db
    .transaction(() => {
      const result = work();
      refreshItemSearch(db);
      return result;
    })
    .immediate();
}
