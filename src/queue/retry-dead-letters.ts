import { INGEST_DEAD, type IngestJob } from './ingest-job.js';
import type { JobQueue } from './job-queue.js';
import { RECONCILE_DEAD, type ReconcileJob } from './reconcile-job.js';

/** How many dead letters went back to each queue. */
export type RetriedDeadLetters = { ingest: number; reconcile: number };

/**
 * Queues dead letters again as new jobs with fresh retries (every one, or those with these
 * ids), then removes them from the dead-letter queues: for a feed's site that was down
 * longer than the retries lasted, or a bug fixed since. Queued before removed, so a crash
 * in between leaves a job twice, which ingestion treats as a duplicate, rather than none.
 */
export async function retryDeadLetters(queue: JobQueue, ids?: string[]): Promise<RetriedDeadLetters> {
  const s = queue.schema.replace(/"/g, '""');
  const { rows } = await queue.query<{ id: string; name: string; data: IngestJob | ReconcileJob }>(
    `SELECT id, name, data FROM "${s}".job WHERE name = ANY($1) AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) ORDER BY created_on`,
    [[INGEST_DEAD, RECONCILE_DEAD], ids?.length ? ids : null],
  );
  const ingest = rows.filter((r) => r.name === INGEST_DEAD);
  const reconcile = rows.filter((r) => r.name === RECONCILE_DEAD);
  await queue.sendIngest(ingest.map((r) => r.data as IngestJob));
  await queue.sendReconcile(reconcile.map((r) => r.data as ReconcileJob));
  await queue.deleteJobs(INGEST_DEAD, ingest.map((r) => r.id));
  await queue.deleteJobs(RECONCILE_DEAD, reconcile.map((r) => r.id));
  return { ingest: ingest.length, reconcile: reconcile.length };
}
