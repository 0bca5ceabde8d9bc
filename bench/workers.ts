// Documents/s of `truce worker` processes (1, 2 and 4) against the same PostgreSQL, and of
// `truce ingest`'s path on SQLite in this process, on the same generated documents.
// Server: TRUCE_BENCH_POSTGRES, else TRUCE_TEST_POSTGRES, else postgres://postgres@127.0.0.1:5432/test.
// Documents: BENCH_DOCS (default 2000). Each run gets fresh schemas, dropped afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { collectInputs } from '../src/pipeline/ingest/collect-inputs.js';
import { ingestContext } from '../src/pipeline/ingest/ingest-context.js';
import { runIngest } from '../src/pipeline/ingest/run-ingest.js';
import { reconcileArrivals } from '../src/pipeline/reconcile-record/reconcile-arrivals.js';
import { itemJob } from '../src/queue/ingest-job.js';
import { JobQueue } from '../src/queue/job-queue.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { PostgresStore } from '../src/storage/postgres/postgres-store.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';

const SERVER = process.env.TRUCE_BENCH_POSTGRES ?? process.env.TRUCE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const N = Number(process.env.BENCH_DOCS ?? 2000);
const BIN = fileURLToPath(new URL('../bin/truce.js', import.meta.url));
const RECORD = fileURLToPath(new URL('../test/fixtures/mini-record', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'truce-bench-workers-'));

function reports(n: number): string[] {
  mkdirSync(join(dir, 'docs'));
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, 'docs', `r${String(i).padStart(6, '0')}.txt`);
    writeFileSync(path, `Southland forces shelled Riverford on ${(i % 28) + 1} March 2024, killing ${(i % 9) + 1} soldiers, the Northland ministry said. Ref ${i}.`);
    return path;
  });
}

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

function worker(url: string): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, [BIN, 'worker', '--batch', '50'], { env: { ...process.env, TRUCE_DB: url }, stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve) => child.stdout!.setEncoding('utf8').on('data', (s: string) => /taking jobs/.test(s) && resolve()));
  return { child, ready };
}

/** Seconds k workers take to ingest the files, timed from queueing them until no ingest job is left open. */
async function workersRun(k: number, files: string[]): Promise<number> {
  const schema = `truce_bench_${randomBytes(4).toString('hex')}`;
  const url = schemaUrl(schema);
  try {
    const store = await PostgresStore.open(SERVER, { schema, max: 2 });
    await store.replaceRecord(loadRecordDir(RECORD));
    await store.close();
    const queue = await JobQueue.open(url, { supervise: false });
    const workers = Array.from({ length: k }, () => worker(url));
    await Promise.all(workers.map((w) => w.ready));
    const started = performance.now();
    await queue.sendIngest(files.map((location) => itemJob({ kind: 'file', location }, {})));
    for (;;) {
      const { rows } = await queue.query<{ n: string }>(`SELECT count(*) AS n FROM "${queue.schema}".job WHERE name = 'ingest' AND state < 'completed'`);
      if (Number(rows[0].n) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    const stored = await sql(`SELECT count(*) AS n FROM "${schema}".documents WHERE sha256 IS NOT NULL`);
    if (Number(stored.rows[0].n) !== files.length) throw new Error(`${k} workers stored ${stored.rows[0].n} documents of ${files.length}`);
    await Promise.all(workers.map((w) => new Promise((r) => (w.child.once('exit', r), w.child.kill('SIGTERM')))));
    await queue.close();
    return seconds;
  } finally {
    await sql(`DROP SCHEMA IF EXISTS "${schema}_queue" CASCADE; DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  }
}

/** Seconds `truce ingest`'s path takes on a SQLite file in this process (with its extraction threads), reconciling after. */
async function sqliteRun(files: string[]): Promise<number> {
  const store = await SqliteStore.open(join(dir, 'bench.db'));
  await store.replaceRecord(loadRecordDir(RECORD));
  const started = performance.now();
  const { items } = collectInputs(files);
  const ctx = await ingestContext(store, {}, { items: items.length });
  const summary = await runIngest(items, ctx);
  await ctx.extractor.close();
  await reconcileArrivals(store, summary, ctx.gazetteer);
  const seconds = (performance.now() - started) / 1000;
  if (summary.new + summary.near_duplicate !== files.length) throw new Error(`SQLite stored ${summary.new + summary.near_duplicate} of ${files.length}`);
  await store.close();
  return seconds;
}

try {
  const files = reports(N);
  const rates: Record<string, number> = {};
  const rows: string[] = [];
  for (const k of [1, 2, 4]) {
    const seconds = await workersRun(k, files);
    rates[k] = Math.round(N / seconds);
    rows.push(`PostgreSQL, ${k} worker${k > 1 ? 's' : ' '}  ${seconds.toFixed(1).padStart(7)} s  ${String(rates[k]).padStart(6)} docs/s`);
  }
  const sqliteSeconds = await sqliteRun(files);
  const sqlite = Math.round(N / sqliteSeconds);
  rows.push(`SQLite, one process    ${sqliteSeconds.toFixed(1).padStart(7)} s  ${String(sqlite).padStart(6)} docs/s`);
  process.stdout.write(`${N} documents\n${rows.join('\n')}\n2 workers / 1: ${(rates[2] / rates[1]).toFixed(2)}x; 4 workers / 2: ${(rates[4] / rates[2]).toFixed(2)}x\n`);
  process.stdout.write(`${JSON.stringify({ bench: 'workers', docs_per_s: { 1: rates[1], 2: rates[2], 4: rates[4] }, sqlite_docs_per_s: sqlite })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
