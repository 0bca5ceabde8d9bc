import { databaseLocation, isPostgresUrl } from '../storage/open-store.js';

/**
 * Whether `truce serve` and `truce watch` hand documents to `truce worker` processes instead
 * of ingesting them in their own process: only on PostgreSQL (the queue lives there), and
 * only when TRUCE_WORKERS=1 or the command's --queue flag asks for it, so nothing waits in a
 * queue that no worker was started to take.
 */
export function queueEnabled(flag?: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  const wanted = flag === true || env.TRUCE_WORKERS?.trim() === '1';
  return wanted && isPostgresUrl(databaseLocation(env));
}
