import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PostgresStore } from '../src/storage/postgres/postgres-store.js';

/** The server the PostgreSQL tests run on; unset, they are skipped. */
export const POSTGRES_TEST_URL = process.env.TRUCE_TEST_POSTGRES?.trim() || undefined;

/** Says once, on the console, that tests were skipped and how to run them. */
export function skipWithoutPostgres(what: string): void {
  console.log(`Skipping ${what}: set TRUCE_TEST_POSTGRES to a server's URL to run them, e.g. TRUCE_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test`);
}

/** A fresh schema's name: tests in parallel never see each other's tables. */
export function testSchema(): string {
  return `truce_test_${randomBytes(6).toString('hex')}`;
}

/** Drops a test schema with everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

/** The URL of a schema on the test server: the store keeps its tables there (search_path). */
export function schemaUrl(schema: string): string {
  const url = new URL(POSTGRES_TEST_URL!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** An empty, migrated store in a schema of its own, dropped when the store is closed. */
export async function openPostgresForTest(): Promise<PostgresStore> {
  const schema = testSchema();
  const store = await PostgresStore.open(POSTGRES_TEST_URL!, { schema, max: 4 });
  const close = store.close.bind(store);
  let closed: Promise<void> | undefined;
  // Closing twice (a test, then the file's clean-up) closes once.
  store.close = () => (closed ??= close().then(() => dropSchema(schema)));
  return store;
}
