import pg from 'pg';

/**
 * Runs `body` while holding a PostgreSQL advisory lock named after the record's schema, so
 * only one worker on any machine reconciles at a time: two runs over the same days would
 * each remove what the other stored. The lock is held by a connection of its own and goes
 * with it if the worker dies.
 */
export async function withReconcileLock<T>(url: string, storeSchema: string, body: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`truce-reconcile:${storeSchema}`]);
    return await body();
  } finally {
    await client.end().catch(() => {});
  }
}
