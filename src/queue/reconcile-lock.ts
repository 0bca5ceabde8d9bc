import pg from 'pg';

/**
 * Runs `body` if no other worker, on any machine, is reconciling this record (returns false
 * without running it otherwise, or when the body returns false): two runs over the same days would each remove what the
 * other stored. The PostgreSQL advisory lock is held by a connection of its own and goes
 * with it if the worker dies. Not waiting for it keeps the other workers ingesting.
 */
export async function withReconcileLock(url: string, storeSchema: string, body: () => Promise<boolean | void>): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS got', [`truce-reconcile:${storeSchema}`]);
    if (!rows[0]?.got) return false;
    // The body may decline, having looked (it is not time yet): that counts as not run.
    return (await body()) !== false;
  } finally {
    await client.end().catch(() => {});
  }
}
