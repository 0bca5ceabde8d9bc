import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INGEST_DEAD, INGEST_QUEUE } from '../src/queue/ingest-job.js';
import { collectInputs } from '../src/pipeline/ingest/collect-inputs.js';
import { ingestContext } from '../src/pipeline/ingest/ingest-context.js';
import { runIngest } from '../src/pipeline/ingest/run-ingest.js';
import { JobQueue } from '../src/queue/job-queue.js';
import { PostgresStore } from '../src/storage/postgres/postgres-store.js';
import { apiWithUsers } from './api-fixtures.js';
import { MINI_RECORD } from './helpers.js';
import { dropSchema, POSTGRES_TEST_URL, schemaUrl, skipWithoutPostgres, testSchema } from './postgres-fixtures.js';
import { childPids, isRunning, killStrayWorkers, openIngestJobs, query, queuedRecord, recordIntegrity, startWorker, tinyReports, waitFor, type WorkerProcess } from './worker-fixtures.js';

/** Documents the four-worker run ingests (TRUCE_TEST_WORKER_DOCS lowers it on a slow machine). */
const MANY = Number(process.env.TRUCE_TEST_WORKER_DOCS ?? 10_000);

/** Short timeouts, so a killed worker's jobs come back within seconds and poison jobs reach the dead letters quickly. */
const FAST = { TRUCE_JOB_TIMEOUT: '6', TRUCE_JOB_RETRIES: '2', TRUCE_JOB_RETRY_DELAY: '1' };

const dirs: string[] = [];
const schemas: string[] = [];
afterAll(async () => {
  killStrayWorkers();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  for (const s of schemas) {
    await dropSchema(`${s}_queue`).catch(() => {});
    await dropSchema(s).catch(() => {});
  }
  // Dropping a schema of 10,000 documents takes a while on a busy server.
}, 120_000);

/** A fresh schema and temp folder for one test. */
function fresh() {
  const schema = testSchema();
  schemas.push(schema);
  const dir = mkdtempSync(join(tmpdir(), 'truce-workers-'));
  dirs.push(dir);
  return { schema, queueSchema: `${schema}_queue`, url: schemaUrl(schema), dir };
}

async function stopAll(workers: WorkerProcess[]) {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  return Promise.all(workers.map((w) => w.exited));
}

/** The machine's own cluster, if this process can restart it (the test server is local). */
function localCluster(): string | undefined {
  if (spawnSync('which', ['pg_ctlcluster']).status !== 0) return undefined;
  try {
    return readdirSync('/etc/postgresql')[0];
  } catch {
    return undefined;
  }
}

if (POSTGRES_TEST_URL) {
  const server = POSTGRES_TEST_URL;
  describe('truce worker on PostgreSQL', () => {
    it(`four workers ingest ${MANY} documents at once: each stored once, none lost, none partial`, async () => {
      const t = fresh();
      const files = tinyReports(t.dir, MANY);
      await queuedRecord(server, t.schema, t.url, MINI_RECORD, files, FAST);
      const started = Date.now();
      const workers = Array.from({ length: 4 }, () => startWorker(t.url, FAST, ['--batch', '50']));
      await waitFor(async () => (await openIngestJobs(server, t.queueSchema)) === 0, 170_000, 'the queue to drain');
      const seconds = (Date.now() - started) / 1000;
      const exits = await stopAll(workers);
      expect(exits.map((e) => e.code), workers.map((w) => w.output()).join('\n')).toEqual([0, 0, 0, 0]);
      const integrity = await recordIntegrity(server, t.schema);
      expect(integrity).toMatchObject({ documents: MANY, distinct_hashes: MANY, without_content: 0, missing_incidents: 0, incidents_without_claims: 0 });
      expect(integrity.incidents).toBeGreaterThanOrEqual(MANY);
      const [{ n }] = await query<{ n: string }>(server, `SELECT count(*) AS n FROM "${t.queueSchema}".job WHERE name = $1 AND state = 'completed'`, [INGEST_QUEUE]);
      expect(Number(n)).toBe(MANY);
      // Every worker took its share.
      for (const w of workers) expect(w.output()).toMatch(/jobs: \d+ new/);
      console.log(`four workers: ${MANY} documents in ${seconds.toFixed(1)} s (${(MANY / seconds).toFixed(0)} documents/s)`);
    }, 240_000);

    it('a worker killed with SIGKILL mid-batch: its jobs go to another worker, no partial rows; a poison job ends in the dead letters with its error', async () => {
      const t = fresh();
      const files = tinyReports(t.dir, 800);
      const poison = join(t.dir, 'poison.pdf');
      writeFileSync(poison, Buffer.from('not a PDF at all \u0000\u0001\u0002'.repeat(20)));
      await queuedRecord(server, t.schema, t.url, MINI_RECORD, [...files, poison, join(t.dir, 'missing.txt')], FAST);
      const victim = startWorker(t.url, FAST, ['--batch', '50']);
      await waitFor(() => /jobs: \d+ new/.test(victim.output()), 60_000, 'the first worker to store a batch');
      // Killed while it holds a batch: its jobs are active, its transaction never commits. The other
      // worker starts only after the kill, so the active jobs are the victim's (not the other's
      // while the victim reconciles between batches).
      await waitFor(async () => {
        const [{ n }] = await query<{ n: string }>(server, `SELECT count(*) AS n FROM "${t.queueSchema}".job WHERE name = 'ingest' AND state = 'active'`);
        return Number(n) > 0;
      }, 30_000, 'a batch in hand');
      // The work runs in a child process with V8 flags of its own (src/queue/worker-process.ts): it must
      // leave with the process it was started by, not go on storing batches on its own.
      const working = childPids(victim.child.pid!);
      expect(working).toHaveLength(1);
      expect(readFileSync(`/proc/${working[0]}/cmdline`, 'utf8').split('\0')).toContain('--single-threaded-gc');
      victim.child.kill('SIGKILL');
      expect((await victim.exited).signal).toBe('SIGKILL');
      await waitFor(() => !isRunning(working[0]), 10_000, "the killed worker's working process to leave");
      const survivor = startWorker(t.url, FAST, ['--batch', '50']);
      await waitFor(async () => (await openIngestJobs(server, t.queueSchema)) === 0, 120_000, 'the queue to drain');
      const [exit] = await stopAll([survivor]);
      expect(exit.code, survivor.output()).toBe(0);
      expect(survivor.output()).toMatch(/SIGTERM: stopping after the batch in hand[\s\S]*stopped: \d+ jobs/);
      const integrity = await recordIntegrity(server, t.schema);
      // The 800 reports, and the poison file stored as a failed document (what could not be read stays on the record).
      expect(integrity).toMatchObject({ documents: 801, distinct_hashes: 801, without_content: 0, missing_incidents: 0, incidents_without_claims: 0 });
      const retried = await query<{ n: string }>(server, `SELECT count(*) AS n FROM "${t.queueSchema}".job WHERE name = 'ingest' AND state = 'completed' AND retry_count > 0`);
      expect(Number(retried[0].n)).toBeGreaterThan(0);
      const dead = await query<{ data: { item: { location: string } }; output: { message: string } }>(server, `SELECT data, output FROM "${t.queueSchema}".job WHERE name = $1 ORDER BY data->'item'->>'location'`, [INGEST_DEAD]);
      expect(dead.map((d) => d.data.item.location)).toEqual([join(t.dir, 'missing.txt'), poison]);
      expect(dead[0].output.message).toMatch(/missing\.txt: cannot be opened \(ENOENT\)/);
      expect(dead[1].output.message).toMatch(/poison\.pdf .*PDF/);
      const failedAttempts = await query<{ retry_count: number }>(server, `SELECT retry_count FROM "${t.queueSchema}".job WHERE name = 'ingest' AND state = 'failed'`);
      expect(failedAttempts.map((r) => r.retry_count)).toEqual([2, 2]);
      const status = execFileSync(process.execPath, [join(import.meta.dirname, '../bin/truce.js'), 'jobs'], { env: { ...process.env, TRUCE_DB: t.url }, encoding: 'utf8' });
      expect(status).toMatch(/ingest-dead +2 created/);
      expect(status).toMatch(/dead letter .*poison\.pdf/);
    }, 240_000);

    it('a batch stored by a worker that died before queueing its reconciliation: the retried jobs find the documents stored and reconcile their days', async () => {
      const t = fresh();
      const files = tinyReports(t.dir, 3);
      await queuedRecord(server, t.schema, t.url, MINI_RECORD, files, FAST);
      // What the dead worker committed: the documents and their reports, never reconciled.
      const store = await PostgresStore.open(server, { schema: t.schema, max: 2 });
      const ctx = await ingestContext(store, {}, { workers: 0 });
      const summary = await runIngest(collectInputs(files).items, ctx);
      await ctx.extractor.close();
      await store.close();
      expect(summary.new).toBe(3);
      const unreconciled = async () => Number((await query<{ n: string }>(server, `SELECT count(*) AS n FROM "${t.schema}".incidents WHERE origin = 'extracted' AND parent_id IS NULL`))[0].n);
      expect(await unreconciled()).toBe(3);
      const worker = startWorker(t.url, FAST, ['--batch', '50']);
      await waitFor(async () => (await unreconciled()) === 0, 60_000, 'the stored reports to be reconciled');
      const [exit] = await stopAll([worker]);
      expect(exit.code, worker.output()).toBe(0);
      expect(worker.output()).toMatch(/3 jobs: 0 new, 3 duplicate/);
      expect(worker.output()).toMatch(/reconciled 2024-03-01\.\.2024-03-03/);
    }, 120_000);

    it('dead letters go back to the queue with `truce jobs --retry`, once what failed is there: the document is then stored', async () => {
      const t = fresh();
      const late = join(t.dir, 'late.txt');
      await queuedRecord(server, t.schema, t.url, MINI_RECORD, [late], FAST);
      const worker = startWorker(t.url, FAST, ['--batch', '50']);
      const truce = (...args: string[]) => execFileSync(process.execPath, [join(import.meta.dirname, '../bin/truce.js'), ...args], { env: { ...process.env, TRUCE_DB: t.url }, encoding: 'utf8' });
      try {
        await waitFor(() => /dead letter .*late\.txt/.test(truce('jobs')), 60_000, 'the job to reach the dead letters');
        expect(() => truce('jobs', '--retry', 'not-an-id')).toThrow(/"not-an-id" is not a job id/);
        writeFileSync(late, 'Southland forces shelled Riverford on 9 March 2024, the Northland ministry said.');
        expect(truce('jobs', '--retry')).toMatch(/Queued again: 1 ingest and 0 reconcile jobs/);
        await waitFor(async () => (await recordIntegrity(server, t.schema)).documents === 1, 60_000, 'the document to be stored');
        expect(truce('jobs')).not.toMatch(/dead letter/);
        expect(truce('jobs', '--retry')).toMatch(/No dead letters to queue again/);
      } finally {
        await stopAll([worker]);
      }
    }, 120_000);

    // Restarting the server breaks every other test using it at that moment, so this one runs
    // only when asked, alone: TRUCE_TEST_PG_RESTART=1 npx vitest run test/worker-reliability.test.ts (.ci/run does).
    const cluster = process.env.TRUCE_TEST_PG_RESTART === '1' ? localCluster() : undefined;
    if (!cluster) console.log('Skipping the PostgreSQL restart test: it restarts the shared server; run it alone with TRUCE_TEST_PG_RESTART=1 (CI does)');
    it.skipIf(!cluster)('the database restarting mid-run: workers reconnect and finish, every document stored once', async () => {
      const t = fresh();
      const files = tinyReports(t.dir, 1500);
      await queuedRecord(server, t.schema, t.url, MINI_RECORD, files, FAST);
      const workers = [startWorker(t.url, FAST, ['--batch', '50']), startWorker(t.url, FAST, ['--batch', '50'])];
      await waitFor(() => workers.every((w) => /jobs: \d+ new/.test(w.output())), 60_000, 'both workers to store a batch');
      execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster!, 'main', 'restart'], { stdio: 'ignore' });
      await waitFor(async () => (await openIngestJobs(server, t.queueSchema)) >= 0, 60_000, 'the server to answer again');
      await waitFor(async () => (await openIngestJobs(server, t.queueSchema)) === 0, 150_000, 'the queue to drain');
      expect(workers.map((w) => w.child.exitCode)).toEqual([null, null]);
      const exits = await stopAll(workers);
      expect(exits.map((e) => e.code), workers.map((w) => w.output()).join('\n')).toEqual([0, 0]);
      expect(await recordIntegrity(server, t.schema)).toMatchObject({ documents: 1500, distinct_hashes: 1500, without_content: 0, missing_incidents: 0, incidents_without_claims: 0 });
    }, 240_000);

    it('the API answers 202 with the job id when workers are configured, and the job carries the document', async () => {
      const t = fresh();
      await query(server, `CREATE SCHEMA "${t.schema}"`);
      const queue = await JobQueue.open(t.url, { supervise: false });
      try {
        const { call } = await apiWithUsers({ queue });
        const posted = await call('POST', '/api/v1/documents', { as: 'analyst', body: { text: 'Southland forces shelled Riverford on 3 March 2024.', publisher: 'Northland Wire' } });
        expect(posted.status).toBe(202);
        expect(posted.body).toMatchObject({ status: 'queued', job_id: expect.any(String), item: 'request body' });
        const form = new FormData();
        form.set('file', new File(['Riverford was shelled on 4 March 2024.'], 'note.txt', { type: 'text/plain' }));
        const uploaded = await call('POST', '/api/v1/documents/upload', { as: 'analyst', raw: form });
        expect(uploaded.status).toBe(202);
        const jobs = await queue.take<{ bytes: { base64: string; name: string }; options: { publisher?: string } }>(INGEST_QUEUE, 10);
        expect(jobs.map((j) => j.id).sort()).toEqual([posted.body.job_id, uploaded.body.job_id].sort());
        const texts = jobs.map((j) => Buffer.from(j.data.bytes.base64, 'base64').toString('utf8')).sort();
        expect(texts).toEqual(['Riverford was shelled on 4 March 2024.', 'Southland forces shelled Riverford on 3 March 2024.']);
        expect(jobs.find((j) => j.id === posted.body.job_id)!.data.options.publisher).toBe('Northland Wire');
      } finally {
        await queue.close();
      }
    }, 60_000);
  });
} else {
  skipWithoutPostgres('the truce worker tests on PostgreSQL');
  describe.skip('truce worker on PostgreSQL (set TRUCE_TEST_POSTGRES)', () => {
    it('four workers, a killed worker, a restart, poison jobs, the 202 path', () => {});
  });
}
