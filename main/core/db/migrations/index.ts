import m0001 from './0001-initial.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. Versions are 1, 2, 3… with no gaps. */
export const migrations: readonly Migration[] = [m0001];
export const latestVersion = migrations.length;
