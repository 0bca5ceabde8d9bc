import pg from 'pg';
import PgBoss from 'pg-boss';
import { redactUrl } from '../storage/redact-url.js';
import { StoreUnavailableError } from '../storage/store-unavailable-error.js';
import { INGEST_DEAD, INGEST_QUEUE, type IngestJob } from './ingest-job.js';
import { queueSettings, type QueueSettings } from './queue-settings.js';
import { RECONCILE_DEAD, RECONCILE_QUEUE, type ReconcileJob } from './reconcile-job.js';

/** A job taken from the queue: its id and what it carries. */
export type TakenJob<T> = { id: string; data: T };

/** Seconds a reconcile job waits before a worker may take it, so the ingests of the next few seconds share one run. */
const RECONCILE_DEBOUNCE = '3 seconds';

/** Jobs a bulk insert sends at once. */
const INSERT_CHUNK = 1000;

/**
 * The job queue: pg-boss on the store's PostgreSQL server, in a schema of its own next to
 * the record's (`pgboss` beside `public`, else `<schema>_queue`; TRUCE_QUEUE_SCHEMA
 * overrides). Failed jobs are retried with exponential backoff, and those that fail every
 * attempt go to a dead-letter queue with their error.
 * @example const queue = await JobQueue.open(process.env.TRUCE_DB!); await queue.sendIngest([job]);
 */
export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    /** The schema pg-boss keeps its tables in. */
    readonly schema: string,
    /** The record's own schema, for locks that span workers. */
    readonly storeSchema: string,
  ) {}

  /** Connects, creates the queue's schema and queues if missing; a server that does not answer is a StoreUnavailableError naming it. */
  static async open(url: string, options: { max?: number; settings?: QueueSettings; env?: NodeJS.ProcessEnv; supervise?: boolean; updateSettings?: boolean } = {}): Promise<JobQueue> {
    const env = options.env ?? process.env;
    const storeSchema = await currentSchema(url);
    const schema = env.TRUCE_QUEUE_SCHEMA?.trim() || (storeSchema === 'public' ? 'pgboss' : `${storeSchema}_queue`);
    const boss = new PgBoss({
      connectionString: url,
      schema,
      max: options.max ?? 4,
      // Workers poll with fetch() themselves; pg-boss only expires abandoned jobs and archives.
      schedule: false,
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(queueSettings(env).expireInSeconds / 2))),
      // Workers expire abandoned jobs; a process that only sends or counts jobs need not.
      supervise: options.supervise ?? true,
    });
    // A connection the server dropped (a restart): pg-boss retries; without a listener Node would exit.
    boss.on('error', (error: Error) => process.stderr.write(`truce: job queue: ${error.message}\n`));
    try {
      await boss.start();
    } catch (error) {
      await boss.stop({ graceful: false }).catch(() => {});
      throw new StoreUnavailableError(`cannot open the job queue at ${redactUrl(url)}: ${(error as Error).message}`);
    }
    const queue = new JobQueue(boss, schema, storeSchema);
    await queue.ensureQueues(options.settings ?? queueSettings(env), options.updateSettings ?? false);
    return queue;
  }

  /** Creates the queues the first time, dead-letter queues first; `update` applies these retry settings to queues that exist (workers do). */
  private async ensureQueues(settings: QueueSettings, update: boolean): Promise<void> {
    const common = { retryLimit: settings.retryLimit, retryDelay: settings.retryDelay, retryBackoff: true, expireInSeconds: settings.expireInSeconds };
    for (const [name, options] of [
      [INGEST_DEAD, {}],
      [RECONCILE_DEAD, {}],
      [INGEST_QUEUE, { ...common, deadLetter: INGEST_DEAD }],
      [RECONCILE_QUEUE, { ...common, deadLetter: RECONCILE_DEAD }],
    ] as const) {
      if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, ...options });
      else if (update && 'retryLimit' in options) await this.boss.updateQueue(name, { name, ...options });
    }
  }

  /** Queues documents to ingest; returns their job ids in order. */
  async sendIngest(jobs: IngestJob[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < jobs.length; i += INSERT_CHUNK) {
      const chunk = jobs.slice(i, i + INSERT_CHUNK).map((data) => ({ id: crypto.randomUUID(), name: INGEST_QUEUE, data }));
      await this.boss.insert(chunk);
      ids.push(...chunk.map((j) => j.id));
    }
    return ids;
  }

  /** Queues a reconciliation of these days, after a short wait so that the next ingests join it. */
  async sendReconcile(spans: ReconcileJob[]): Promise<void> {
    if (spans.length) await this.boss.insert(spans.map((data) => ({ name: RECONCILE_QUEUE, data, startAfter: RECONCILE_DEBOUNCE })));
  }

  /** Takes up to `batchSize` jobs of a queue, or none (also when the server cannot be reached: the caller tries again). */
  async take<T>(name: string, batchSize: number): Promise<TakenJob<T>[]> {
    const jobs = await this.boss.fetch<T>(name, { batchSize });
    return (jobs ?? []).map((j) => ({ id: j.id, data: j.data }));
  }

  /** Marks jobs done. */
  async complete(name: string, ids: string[]): Promise<void> {
    if (ids.length) await this.boss.complete(name, ids);
  }

  /** Marks a job failed with its error: it is retried later, or goes to the dead-letter queue with the error after the last retry. */
  async fail(name: string, ids: string[], message: string): Promise<void> {
    if (ids.length) await this.boss.fail(name, ids, { message } as object);
  }

  /** Removes jobs (dead letters that were queued again). */
  async deleteJobs(name: string, ids: string[]): Promise<void> {
    if (ids.length) await this.boss.deleteJob(name, ids);
  }

  /** Runs SQL on the queue's connections (for counts and dead letters). */
  query<R>(text: string, values: unknown[] = []): Promise<{ rows: R[] }> {
    return this.boss.getDb().executeSql(text, values as any[]) as Promise<{ rows: R[] }>;
  }

  /** Stops pg-boss and closes its connections. */
  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, close: true, timeout: 1000 });
  }
}

/** The first schema of the URL's search_path, where the record's tables are. */
async function currentSchema(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
    if (!rows[0]?.schema) throw new Error('no schema of the search_path exists on the server');
    return rows[0].schema;
  } catch (error) {
    throw new StoreUnavailableError(`cannot open the job queue at ${redactUrl(url)}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}
