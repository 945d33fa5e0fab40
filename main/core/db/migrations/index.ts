import m0001 from './0001-initial.ts';
import m0002 from './0002-ingest-search.ts';
import m0003 from './0003-assessment.ts';
import m0004 from './0004-data-voice.ts';
import m0005 from './0005-search-items.ts';
import m0006 from './0006-surveys-personal-data-review.ts';
import m0007 from './0007-series-import-heading.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Versions are 1, 2, 3… with no gaps. */
export const migrations: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007];
export const latestVersion = migrations.length;
