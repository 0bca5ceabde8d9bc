// Documents/s of `truce worker` processes (1, 2 and 4) against the same PostgreSQL, and of
// `truce ingest`'s path on SQLite in this process, on the same generated documents.
// Server: TRUCE_BENCH_POSTGRES, else TRUCE_TEST_POSTGRES, else postgres://postgres@127.0.0.1:5432/test.
// Documents: BENCH_DOCS (default 2000: long enough that the last batches' tail and a
// reconciliation pass are a small share of a run) news reports of about 5 KB, the synthetic
// reports of bench:extract over the built-in record's names, as a news watch would ingest them (with
// one-line documents it would mostly time the server's per-row work, not what a worker does);
// taken by each worker BENCH_BATCH at a time (default 25,
// as `truce worker`): the run ends when the last batch does, so with big batches and few
// documents four workers wait on each other's last batch longer than two do. Each run gets
// fresh schemas, dropped afterwards.
// What is timed is close to the steady state: the workers first ingest BENCH_WARM documents
// (default 2000) between them, as workers that have been running a while would have. V8
// keeps optimising a worker's code for its first thousand or so documents, on threads of its
// own, at up to 4 ms of CPU a document over the first 250: a 40-document warm-up left each
// of four workers paying most of that inside the timed run, and one worker hardly any. The
// warm-up is the same for every count, so each runs on a record of the same size; four
// workers still get 500 each, and so a little of their compiling falls in the timed run.
// Rounds: BENCH_ROUNDS (default 3) of 1, 2 and 4 workers, in turn and each round in another order, so a busy spell on this shared machine falls on every count
// alike; each count's figure is the median of its rounds.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ingestContext } from '../src/pipeline/ingest/ingest-context.js';
import type { IngestItem } from '../src/pipeline/ingest/ingest-types.js';
import { runIngest } from '../src/pipeline/ingest/run-ingest.js';
import { reconcileArrivals } from '../src/pipeline/reconcile-record/reconcile-arrivals.js';
import { itemJob } from '../src/queue/ingest-job.js';
import { JobQueue } from '../src/queue/job-queue.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { PostgresStore } from '../src/storage/postgres/postgres-store.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { syntheticCorpus } from './extract-corpus.js';
import { benchNames } from './extract-names.js';

const SERVER = process.env.TRUCE_BENCH_POSTGRES ?? process.env.TRUCE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const N = Number(process.env.BENCH_DOCS ?? 2000);
const BATCH = String(Number(process.env.BENCH_BATCH ?? 25));
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
/** Worker counts to run (BENCH_COUNTS, e.g. "2,4" while looking into one comparison); the figures need all three. */
const COUNTS = (process.env.BENCH_COUNTS ?? '1,2,4').split(',').map(Number);
/** Documents each worker ingests before the clock starts. */
const WARM_DOCS = Number(process.env.BENCH_WARM ?? 2000);
/** Node or V8 flags for the worker processes (BENCH_WORKER_ARGS, e.g. "--v8-pool-size=1"), to see what a flag changes. */
const WORKER_ARGS = (process.env.BENCH_WORKER_ARGS ?? '').split(' ').filter(Boolean);
const BIN = fileURLToPath(new URL('../bin/truce.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'truce-bench-workers-'));
const record = loadRecordDir();

/** The reports as files, each job carrying its publication date as `truce ingest --published` would. */
function reports(n: number): IngestItem[] {
  mkdirSync(join(dir, 'docs'));
  return syntheticCorpus(benchNames(record), n * 5500)
    .slice(0, n)
    .map((doc, i) => {
      const location = join(dir, 'docs', `r${String(i).padStart(6, '0')}.txt`);
      writeFileSync(location, doc.text);
      return { kind: 'file', location, hints: { published: doc.published } };
    });
}

/** Waits until no job of the queue named is left open. */
async function drained(queue: JobQueue, name: string): Promise<void> {
  for (;;) {
    const { rows } = await queue.query<{ n: string }>(`SELECT count(*) AS n FROM "${queue.schema}".job WHERE name = '${name}' AND state < 'completed'`);
    if (Number(rows[0].n) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * CPU seconds a process has used, from /proc (Linux); 0 where there is no /proc or it has gone.
 * With `children`, also what its children that exited used (the kernel adds it to the parent's
 * count once it has waited for them).
 */
function cpuSeconds(pid: number | string, children = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (children ? own + Number(fields[13]) + Number(fields[14]) : own) / 100;
  } catch {
    return 0;
  }
}

/** A process and those it started: `truce worker` and the process it works in (src/queue/worker-process.ts). */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (const entry of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) tree.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return tree;
}

/** CPU seconds of the processes together. */
function treeSeconds(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
}

/** CPU seconds of each thread of the processes, by process and thread id. */
function threadSeconds(pids: number[]): Map<string, number> {
  const tasks = new Map<string, number>();
  for (const pid of pids) {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) tasks.set(`${pid}/${tid}`, cpuSeconds(`${pid}/task/${tid}`));
    } catch {
      // gone
    }
  }
  return tasks;
}

/** CPU seconds, between two readings, of the busiest thread: the one running the worker's JavaScript (the rest is V8's collector and compiler threads, and libuv's). */
function jsThreadSeconds(before: Map<string, number>, after: Map<string, number>): number {
  return Math.max(0, ...[...after].map(([tid, s]) => s - (before.get(tid) ?? 0)));
}

/**
 * CPU seconds used by every postgres process on this machine (the server is on loopback),
 * those that exited included: a backend's time goes to the postmaster's children's count when
 * its connection closes, so a connection closed during a run (a reconciliation lock's, a
 * pool's) still counts. Before, its time was lost, and the figure could even come out negative.
 */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) total += cpuSeconds(pid, true);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function sql(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

function schemaUrl(schema: string): string {
  const url = new URL(SERVER);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A `truce worker` process; `said` collects what it prints (batches retried, passes run). */
function worker(url: string): { child: ChildProcess; ready: Promise<void>; said: string[] } {
  const child = spawn(process.execPath, [...WORKER_ARGS, BIN, 'worker', '--batch', BATCH], { env: { ...process.env, TRUCE_DB: url }, stdio: ['ignore', 'pipe', 'inherit'] });
  const said: string[] = [];
  const ready = new Promise<void>((resolve) =>
    child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      said.push(s);
      if (/taking jobs/.test(s)) resolve();
    }),
  );
  return { child, ready, said };
}

/** Seconds k workers take to ingest the files, timed from queueing them until no ingest job is left open. */
async function workersRun(k: number, files: IngestItem[], warm: IngestItem[]): Promise<number> {
  const schema = `truce_bench_${randomBytes(4).toString('hex')}`;
  const url = schemaUrl(schema);
  try {
    const store = await PostgresStore.open(SERVER, { schema, max: 2 });
    await store.replaceRecord(record);
    await store.close();
    const queue = await JobQueue.open(url, { supervise: false });
    const workers = Array.from({ length: k }, () => worker(url));
    await Promise.all(workers.map((w) => w.ready));
    // Warm-up on reports of their own; its reconciliation is let finish too.
    await queue.sendIngest(warm.map((item) => itemJob(item, {})));
    await drained(queue, 'ingest');
    await drained(queue, 'reconcile');
    for (const w of workers) w.said.length = 0;
    const trees = workers.map((w) => processTree(w.child.pid!));
    const cpuBefore = { workers: trees.map(treeSeconds), threads: trees.map(threadSeconds), postgres: postgresCpuSeconds() };
    const started = performance.now();
    await queue.sendIngest(files.map((item) => itemJob(item, {})));
    await drained(queue, 'ingest');
    const seconds = (performance.now() - started) / 1000;
    // Where the CPU went, for reading the figures: the workers' own and the server's (ms a document).
    const workerCpu = trees.reduce((sum, tree, i) => sum + treeSeconds(tree) - cpuBefore.workers[i], 0);
    const jsCpu = trees.reduce((sum, tree, i) => sum + jsThreadSeconds(cpuBefore.threads[i], threadSeconds(tree)), 0);
    const serverCpu = postgresCpuSeconds() - cpuBefore.postgres;
    // Each worker's share: documents taken (its "N jobs:" lines) and CPU ms a document.
    const shares = workers.map((w, i) => {
      const docs = [...w.said.join('').matchAll(/: (\d+) jobs: /g)].reduce((n, m) => n + Number(m[1]), 0);
      return `${docs} (${docs ? (((treeSeconds(trees[i]) - cpuBefore.workers[i]) / docs) * 1000).toFixed(1) : '-'} ms)`;
    });
    process.stderr.write(`  documents a worker: ${shares.join(', ')}\n`);
    const said = workers.flatMap((w) => w.said).join('');
    const [retried, passes] = [/to be retried/g, /reconciled /g].map((re) => said.match(re)?.length ?? 0);
    process.stderr.write(`  CPU a document: workers ${((workerCpu / files.length) * 1000).toFixed(2)} ms (their JavaScript threads ${((jsCpu / files.length) * 1000).toFixed(2)}), PostgreSQL ${((serverCpu / files.length) * 1000).toFixed(2)} ms; ${passes} reconciliation passes, ${retried} batches retried\n`);
    const stored = await sql(`SELECT count(*) AS n FROM "${schema}".documents WHERE sha256 IS NOT NULL`);
    const expected = files.length + warm.length;
    if (Number(stored.rows[0].n) !== expected) throw new Error(`${k} workers stored ${stored.rows[0].n} documents of ${expected}`);
    await Promise.all(workers.map((w) => new Promise((r) => (w.child.once('exit', r), w.child.kill('SIGTERM')))));
    await queue.close();
    return seconds;
  } finally {
    await sql(`DROP SCHEMA IF EXISTS "${schema}_queue" CASCADE; DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
}

/** Seconds `truce ingest`'s path takes on a SQLite file in this process (with its extraction threads), reconciling after. */
async function sqliteRun(items: IngestItem[]): Promise<number> {
  const store = await SqliteStore.open(join(dir, 'bench.db'));
  await store.replaceRecord(record);
  const started = performance.now();
  const ctx = await ingestContext(store, {}, { items: items.length });
  const summary = await runIngest(items, ctx);
  await ctx.extractor.close();
  await reconcileArrivals(store, summary, ctx.gazetteer);
  const seconds = (performance.now() - started) / 1000;
  if (summary.new + summary.near_duplicate !== items.length) throw new Error(`SQLite stored ${summary.new + summary.near_duplicate} of ${items.length}`);
  await store.close();
  return seconds;
}

try {
  const all = reports(N + WARM_DOCS);
  const [warm, files] = [all.slice(0, WARM_DOCS), all.slice(WARM_DOCS)];
  const seen: Record<number, number[]> = { 1: [], 2: [], 4: [] };
  const orders = [[1, 2, 4], [4, 2, 1], [2, 4, 1]];
  for (let round = 0; round < ROUNDS; round++) {
    for (const k of orders[round % orders.length].filter((k) => COUNTS.includes(k))) {
      const seconds = await workersRun(k, files, warm);
      seen[k].push(N / seconds);
      process.stderr.write(`round ${round + 1}: ${k} worker${k > 1 ? 's' : ''} ${seconds.toFixed(1)} s, ${Math.round(N / seconds)} docs/s\n`);
    }
  }
  const rates: Record<string, number> = {};
  const rows: string[] = [];
  for (const k of COUNTS) {
    rates[k] = Math.round(median(seen[k]));
    rows.push(`PostgreSQL, ${k} worker${k > 1 ? 's' : ' '}  ${String(rates[k]).padStart(6)} docs/s (median of ${seen[k].map(Math.round).join(', ')})`);
  }
  const sqliteSeconds = await sqliteRun(files);
  const sqlite = Math.round(N / sqliteSeconds);
  rows.push(`SQLite, one process       ${String(sqlite).padStart(6)} docs/s (${sqliteSeconds.toFixed(1)} s)`);
  process.stdout.write(`${N} documents\n${rows.join('\n')}\n2 workers / 1: ${(rates[2] / rates[1]).toFixed(2)}x; 4 workers / 2: ${(rates[4] / rates[2]).toFixed(2)}x\n`);
  process.stdout.write(`${JSON.stringify({ bench: 'workers', docs_per_s: { 1: rates[1], 2: rates[2], 4: rates[4] }, sqlite_docs_per_s: sqlite })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
