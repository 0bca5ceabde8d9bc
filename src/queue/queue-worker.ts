import { ingestContext } from '../pipeline/ingest/ingest-context.js';
import type { ItemOutcome } from '../pipeline/ingest/ingest-types.js';
import { reconcileRecord } from '../pipeline/reconcile-record/reconcile-record.js';
import { recordGazetteer } from '../gazetteer/record-gazetteer.js';
import { PostgresStore } from '../storage/postgres/postgres-store.js';
import { documentSpan } from './document-span.js';
import { INGEST_QUEUE, type IngestJob } from './ingest-job.js';
import { JobQueue, type TakenJob } from './job-queue.js';
import { mergeSpans, RECONCILE_QUEUE, type ReconcileJob } from './reconcile-job.js';
import { withReconcileLock } from './reconcile-lock.js';
import { runIngestJobs, type JobResult, type WorkerBase } from './run-ingest-jobs.js';

/** How a worker takes jobs. */
export type WorkerOptions = {
  /** Batches in progress at once in this process (default 1): more overlaps one batch's database waits with another's extraction. */
  concurrency?: number;
  /** Jobs taken, and documents stored in one transaction, at a time (default 25). */
  batchSize?: number;
  /** Where progress lines go. */
  say?: (line: string) => void;
};

/** What a worker has done since it started. */
export type WorkerTally = { jobs: number; new: number; duplicate: number; near_duplicate: number; failed: number; retried: number; reconciled: number };

/** Longest wait between two looks at an empty queue, in ms. */
const IDLE_MS = 500;
/** While ingest jobs keep coming, reconcile jobs are still looked at this often, in ms, and the record reconciled at most this often. */
const RECONCILE_EVERY_MS = 10_000;
/**
 * While ingest jobs keep coming, the time between passes is also at least this many times
 * what the last pass took: a pass reads every report of its days again, however few are new,
 * so on a large record with reports over many years it can take longer than RECONCILE_EVERY_MS,
 * and a worker would do nothing but reconcile. Reconciling is then at most a quarter of its time.
 */
const PASS_SPACING = 3;
/** The setting holding when a worker last finished reconciling the record, and how long that pass took (ms). */
const LAST_PASS = 'queue.last_reconcile_pass';
type LastPass = { at: string; ms: number };

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';
const messageOf = (error: unknown) => (error as Error)?.message || String(error);

/**
 * A `truce worker` process: takes ingest jobs in batches (each batch one transaction), then
 * the reconcile jobs they queued, until stopped. Errors of the database (a restart) are
 * logged and the loop goes on; the jobs in hand are retried by the queue.
 * @example const worker = await QueueWorker.start(url); process.on('SIGTERM', () => worker.stop()); await worker.done;
 */
export class QueueWorker {
  readonly tally: WorkerTally = { jobs: 0, new: 0, duplicate: 0, near_duplicate: 0, failed: 0, retried: 0, reconciled: 0 };
  /** Settles when every loop has finished its batch in hand after stop(), and the connections are closed. */
  readonly done: Promise<void>;
  private stopping = false;
  private wake: (() => void)[] = [];
  private readonly started = Date.now();

  private constructor(
    private readonly url: string,
    private readonly queue: JobQueue,
    private readonly store: PostgresStore,
    private base: WorkerBase,
    private readonly options: Required<WorkerOptions>,
  ) {
    this.done = Promise.all(Array.from({ length: options.concurrency }, () => this.loop())).then(() => this.close());
  }

  /** Opens the store and the queue on TRUCE_DB's server and starts taking jobs. */
  static async start(url: string, options: WorkerOptions = {}): Promise<QueueWorker> {
    const concurrency = Math.max(1, options.concurrency ?? 1);
    const store = await PostgresStore.open(url, { max: concurrency + 2 });
    let queue: JobQueue;
    try {
      queue = await JobQueue.open(url, { max: concurrency + 2, updateSettings: true });
    } catch (error) {
      await store.close();
      throw error;
    }
    const ctx = await ingestContext(store, {}, { workers: 0 });
    const base: WorkerBase = { store, gazetteer: ctx.gazetteer, extractor: ctx.extractor, known: ctx.known };
    return new QueueWorker(url, queue, store, base, { concurrency, batchSize: options.batchSize ?? 25, say: options.say ?? (() => {}) });
  }

  /** Takes no more jobs: the batches in hand are finished and stored, then `done` settles. */
  stop(): void {
    this.stopping = true;
    for (const wake of this.wake.splice(0)) wake();
  }

  private async loop(): Promise<void> {
    let lastReconcile = 0;
    while (!this.stopping) {
      try {
        const jobs = await this.queue.take<IngestJob>(INGEST_QUEUE, this.options.batchSize);
        if (jobs.length) await this.ingest(jobs);
        if (!jobs.length || Date.now() - lastReconcile > RECONCILE_EVERY_MS) {
          lastReconcile = Date.now();
          const spans = this.stopping ? [] : await this.queue.take<ReconcileJob>(RECONCILE_QUEUE, 1000);
          if (spans.length) await this.reconcile(spans, jobs.length > 0);
          else if (!jobs.length) await this.idle(IDLE_MS);
        }
      } catch (error) {
        // The server went away (a restart) or a job could not be marked: the queue retries the jobs in hand.
        this.options.say(`error: ${messageOf(error)}; trying again`);
        await this.idle(1000);
      }
    }
  }

  private async ingest(jobs: TakenJob<IngestJob>[]): Promise<void> {
    const ids = jobs.map((j) => j.id);
    let results: JobResult[];
    try {
      results = await this.runBatch(jobs);
    } catch (error) {
      this.tally.retried += jobs.length;
      this.options.say(`${jobs.length} jobs failed, to be retried: ${messageOf(error)}`);
      await this.queue.fail(INGEST_QUEUE, ids, messageOf(error));
      return;
    }
    // Days to reconcile, queued before the jobs are marked done: a crash in between leaves
    // the jobs to be retried, and their documents, then found stored, give their days again.
    const spans = await Promise.all(results.map((r) => (r.outcome.status === 'duplicate' && r.outcome.document_id ? documentSpan(this.store, r.outcome.document_id) : r.outcome.span)));
    await this.queue.sendReconcile(mergeSpans(spans.filter((s) => s !== undefined)));
    const entries = results.flatMap((r) => r.entries ?? []);
    if (entries.length) await this.queue.sendIngest(entries);
    const failed = results.filter((r) => r.outcome.status === 'failed');
    for (const r of failed) await this.queue.fail(INGEST_QUEUE, [r.id], r.outcome.error ?? 'failed');
    await this.queue.complete(INGEST_QUEUE, results.filter((r) => r.outcome.status !== 'failed').map((r) => r.id));
    this.count(results.map((r) => r.outcome));
  }

  /** One batch; if another worker stored one of its documents at the same moment, once more, when that one is a duplicate. */
  private async runBatch(jobs: TakenJob<IngestJob>[]): Promise<JobResult[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { results, known } = await runIngestJobs(jobs, this.base);
        this.base = { ...this.base, known };
        return results;
      } catch (error) {
        // What this worker thought stored may not be: read the publishers and actors again.
        const known = await Promise.all([this.store.listSources(), this.store.listActors()]).then(([sources, actors]) => ({ sources, actors }), () => this.base.known);
        this.base = { ...this.base, known };
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  /** Reconciles the days of these jobs; `ingesting` when documents keep coming, so the record's clock decides whether it is time. */
  private async reconcile(jobs: TakenJob<ReconcileJob>[], ingesting: boolean): Promise<void> {
    const ids = jobs.map((j) => j.id);
    try {
      const spans = mergeSpans(jobs.map((j) => j.data));
      const ran = await withReconcileLock(this.url, this.queue.storeSchema, async () => {
        // One clock for the record, not one a worker: while documents keep coming, a pass every
        // RECONCILE_EVERY_MS (or PASS_SPACING times the last pass) however many workers there are
        // (each pass reads all its days again). A plain time is the setting as written before passes were timed.
        const last = await this.store.getSetting<LastPass | string>(LAST_PASS);
        const { at, ms } = typeof last === 'string' ? { at: last, ms: 0 } : (last ?? { at: '', ms: 0 });
        if (ingesting && at && Date.now() - Date.parse(at) < Math.max(RECONCILE_EVERY_MS, PASS_SPACING * ms)) return false;
        const started = Date.now();
        // The pass reads much of the record: with the planner's statistics as they are now.
        await this.store.refreshStatistics();
        const gazetteer = await recordGazetteer(this.store);
        for (const span of spans) await reconcileRecord(this.store, gazetteer, span);
        await this.store.setSetting(LAST_PASS, { at: new Date().toISOString(), ms: Date.now() - started } satisfies LastPass);
      });
      // Another worker is reconciling, or one did a moment ago: these days go back in the queue, for later.
      if (!ran) await this.queue.sendReconcile(spans);
      await this.queue.complete(RECONCILE_QUEUE, ids);
      if (!ran) return;
      this.tally.reconciled += jobs.length;
      this.options.say(`reconciled ${spans.map((s) => (s.from === s.to ? s.from : `${s.from}..${s.to}`)).join(', ')} (${jobs.length} requests)`);
    } catch (error) {
      this.options.say(`reconciliation failed, to be retried: ${messageOf(error)}`);
      await this.queue.fail(RECONCILE_QUEUE, ids, messageOf(error));
    }
  }

  private count(outcomes: ItemOutcome[]): void {
    const t = this.tally;
    t.jobs += outcomes.length;
    for (const o of outcomes) t[o.status] += 1;
    const seconds = (Date.now() - this.started) / 1000;
    const batch = ['new', 'duplicate', 'near_duplicate', 'failed'].map((s) => `${outcomes.filter((o) => o.status === s).length} ${s.replace('_', '-')}`).join(', ');
    this.options.say(`${outcomes.length} jobs: ${batch}; ${t.jobs} jobs in ${seconds.toFixed(0)} s`);
  }

  private idle(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake.push(done);
    });
  }

  private async close(): Promise<void> {
    await this.base.extractor.close();
    await this.queue.close().catch(() => {});
    await this.store.close().catch(() => {});
  }
}
