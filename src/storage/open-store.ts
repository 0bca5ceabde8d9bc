import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { KyselyStore } from './kysely-store.js';
import type { Store } from './store.js';

/** The database a command uses when TRUCE_DB is not set: truce.db in the working directory. */
export const DEFAULT_DB = 'truce.db';

/** Where the record lives: TRUCE_DB (a file path, or a postgres:// URL), else truce.db here. */
export function databaseLocation(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRUCE_DB?.trim() || DEFAULT_DB;
}

/** True when a location names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens (and migrates) the store a location names: a postgres:// or postgresql:// URL, a
 * SQLite file (created with its folder if missing), or ":memory:". Each backend's driver is
 * loaded only when it is used.
 */
export async function openStore(location: string): Promise<Store & KyselyStore> {
  if (isPostgresUrl(location)) {
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    return PostgresStore.open(location);
  }
  if (location !== ':memory:') mkdirSync(dirname(resolve(location)), { recursive: true });
  const { SqliteStore } = await import('./sqlite/sqlite-store.js');
  return SqliteStore.open(location);
}
