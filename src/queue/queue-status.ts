import { INGEST_DEAD, INGEST_QUEUE, type IngestJob } from './ingest-job.js';
import type { JobQueue } from './job-queue.js';
import { RECONCILE_DEAD, RECONCILE_QUEUE } from './reconcile-job.js';

/** A job that failed every attempt: what it was for and why. */
export type DeadLetter = { id: string; queue: string; item: string; error: string; failed_at: string };

/** Jobs per queue and state (created, retry, active, completed, failed...), and the latest dead letters. */
export type QueueStatus = { queues: Record<string, Record<string, number>>; dead_letters: DeadLetter[] };

/** Counts the queue's jobs (not yet archived) by queue and state, and lists the newest dead letters with their errors. */
export async function queueStatus(queue: JobQueue, limit = 20): Promise<QueueStatus> {
  const s = queue.schema.replace(/"/g, '""');
  const queues: QueueStatus['queues'] = Object.fromEntries([INGEST_QUEUE, RECONCILE_QUEUE, INGEST_DEAD, RECONCILE_DEAD].map((q) => [q, {}]));
  const counts = await queue.query<{ name: string; state: string; n: string }>(`SELECT name, state::text AS state, count(*) AS n FROM "${s}".job GROUP BY name, state ORDER BY name, state`);
  for (const r of counts.rows) (queues[r.name] ??= {})[r.state] = Number(r.n);
  const dead = await queue.query<{ id: string; name: string; data: IngestJob | Record<string, unknown>; output: { message?: string } | null; created_on: Date }>(
    `SELECT id, name, data, output, created_on FROM "${s}".job WHERE name = ANY($1) ORDER BY created_on DESC LIMIT $2`,
    [[INGEST_DEAD, RECONCILE_DEAD], limit],
  );
  return {
    queues,
    dead_letters: dead.rows.map((r) => ({
      id: r.id,
      queue: r.name,
      item: describe(r.data),
      error: r.output?.message ?? JSON.stringify(r.output),
      failed_at: new Date(r.created_on).toISOString(),
    })),
  };
}

function describe(data: IngestJob | Record<string, unknown>): string {
  const job = data as IngestJob & { from?: string; to?: string };
  return job.item?.location ?? job.bytes?.name ?? (job.from ? `reconcile ${job.from}..${job.to}` : JSON.stringify(data).slice(0, 80));
}
