import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CoreError } from '../errors.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { BlobStore } from '../files/store.ts';
import { writeTransaction } from '../db/write.ts';

export const DB_FILE = 'library.sqlite';
export const FILES_DIR = 'files';

export const databasePath = (folder: string) => join(folder, DB_FILE);
export const isLibraryFolder = (folder: string) => existsSync(databasePath(folder));

/** An open library: its database and its file store. */
export class Library {
  readonly path: string;
  readonly db: Db;
  readonly store: BlobStore;

  private constructor(path: string, db: Db) {
    this.path = path;
    this.db = db;
    this.store = new BlobStore(join(path, FILES_DIR));
  }

  static open(folder: string): Library {
    if (!isLibraryFolder(folder))
      throw new CoreError('not-found', `There is no Revisit Ready library in ${folder}. Create one there, or choose another folder.`);
    const lib = new Library(folder, openDatabase(databasePath(folder), { create: false }));
    lib.store.staging.clear();
    return lib;
  }

  /** Creates a new library in an empty or missing folder; on failure leaves nothing behind. */
  static create(folder: string, fill: (db: Db) => void): Library {
    if (isLibraryFolder(folder))
      throw new CoreError('library-exists', `A library already exists in ${folder}. Open it instead, or choose another folder.`);
    const existed = existsSync(folder);
    if (existed && !statSync(folder).isDirectory())
      throw new CoreError('invalid-input', `${folder} is a file, not a folder; choose a folder for the library (it is made if it does not exist).`);
    mkdirSync(folder, { recursive: true });
    let db: Db | undefined;
    try {
      db = openDatabase(databasePath(folder), { create: true });
      const created = db;
      writeTransaction(created, () => fill(created));
      return new Library(folder, db);
    } catch (e) {
      db?.close();
      for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, FILES_DIR]) rmSync(join(folder, f), { force: true, recursive: true });
      if (!existed) rmSync(folder, { force: true, recursive: true });
      throw e;
    }
  }

  close() {
    if (this.db.open) this.db.close();
  }
}
