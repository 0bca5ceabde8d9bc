import { BatchWriter } from '../pipeline/ingest/batch-writer.js';
import { prepareItem } from '../pipeline/ingest/ingest-item.js';
import type { IngestContext, IngestItem, ItemOutcome } from '../pipeline/ingest/ingest-types.js';
import { prepareBytes, type Prepared } from '../pipeline/ingest/prepare-bytes.js';
import { itemJob, rawOf, type IngestJob } from './ingest-job.js';
import type { TakenJob } from './job-queue.js';

/** What became of one job: its document's outcome, or the entries of a feed to queue next. */
export type JobResult = { id: string; outcome: ItemOutcome; entries?: IngestJob[] };

/** What a worker keeps between batches: everything of an ingest context but the batch's own writer and state. */
export type WorkerBase = Pick<IngestContext, 'store' | 'gazetteer' | 'extractor' | 'known'>;

/**
 * Ingests a batch of jobs the way `truce ingest` ingests a run, in one transaction: every
 * document of the batch is stored with all its claims, or none is (a killed worker leaves
 * nothing behind, and the jobs are retried). Documents stored before, by this worker or
 * another, are duplicates, which is success. A unique-key conflict with a worker storing
 * the same document at the same moment throws (error.code 23505): the caller runs the
 * batch again, and then it is a duplicate.
 */
export async function runIngestJobs(jobs: TakenJob<IngestJob>[], base: WorkerBase): Promise<{ results: JobResult[]; known: WorkerBase['known'] }> {
  const known = { sources: [...base.known.sources], actors: [...base.known.actors] };
  const ctx: IngestContext = {
    ...base,
    known,
    options: {},
    // One transaction for the whole batch, at the end.
    writer: new BatchWriter(base.store, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY),
    inFlight: new Set(),
    publishers: new Map(),
  };
  const results: JobResult[] = [];
  for (const job of jobs) {
    const data = job.data;
    const item: IngestItem = data.item ?? { kind: 'stdin', location: data.bytes?.name ?? 'job' };
    // Each job's own metadata and limits; the writer, cache and known publishers are the batch's.
    const jobCtx: IngestContext = { ...ctx, options: data.options ?? {} };
    const raw = rawOf(data);
    if (!raw && !data.item) {
      results.push({ id: job.id, outcome: { item: 'job', status: 'failed', error: 'the job names no file, URL or bytes to ingest' } });
      continue;
    }
    const prepared: Prepared = raw ? await prepareBytes(raw, item, jobCtx) : await prepareItem(item, jobCtx);
    if (prepared.kind === 'feed') {
      if (item.fromFeed) {
        results.push({ id: job.id, outcome: { item: item.location, status: 'failed', error: `${item.location} is listed in the feed ${item.fromFeed} as an article, but is itself a feed` } });
        continue;
      }
      const entries = prepared.items.map((e) => itemJob({ kind: 'url', location: e.url, hints: { title: e.title, published: e.published }, fromFeed: item.location }, data.options ?? {}));
      results.push({ id: job.id, outcome: { item: item.location, status: 'new' }, entries });
      continue;
    }
    results.push({ id: job.id, outcome: prepared.kind === 'done' ? prepared.outcome : await prepared.finish() });
  }
  await ctx.writer.flush();
  return { results, known };
}
