import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** The database a command uses when TRUCE_DB is not set: truce.db in the working directory. */
export const DEFAULT_DB = 'truce.db';

/** Where the record lives: TRUCE_DB (a file path, or later a postgres:// URL), else truce.db here. */
export function databaseLocation(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRUCE_DB?.trim() || DEFAULT_DB;
}

/** Opens (and migrates) the store a location names. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error('PostgreSQL is not supported yet: set TRUCE_DB to a file path for the embedded SQLite database');
  }
  if (location !== ':memory:') mkdirSync(dirname(resolve(location)), { recursive: true });
  return SqliteStore.open(location);
}
