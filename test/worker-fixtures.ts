import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadRecordDir } from '../src/record/load-record.js';
import { itemJob } from '../src/queue/ingest-job.js';
import { JobQueue } from '../src/queue/job-queue.js';
import { PostgresStore } from '../src/storage/postgres/postgres-store.js';

const BIN = fileURLToPath(new URL('../bin/truce.js', import.meta.url));

/** Writes `n` tiny reports, each different (so each is a new document), and returns their paths. */
export function tinyReports(dir: string, n: number, prefix = 'r'): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: n }, (_, i) => {
    const path = join(dir, `${prefix}${i}.txt`);
    writeFileSync(path, `Southland forces shelled Riverford on ${(i % 28) + 1} March 2024, killing ${(i % 9) + 1} soldiers, the Northland ministry said. Ref ${prefix}${i}.`);
    return path;
  });
}

/** A record (the given data folder) in a fresh schema of the server, and the queue beside it with these documents queued. */
export async function queuedRecord(server: string, schema: string, url: string, recordDir: string, files: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const store = await PostgresStore.open(server, { schema, max: 2 });
  await store.replaceRecord(loadRecordDir(recordDir));
  await store.close();
  const queue = await JobQueue.open(url, { supervise: false, env: { ...process.env, ...env } });
  await queue.sendIngest(files.map((location) => itemJob({ kind: 'file', location }, {})));
  await queue.close();
}

/** A `truce worker` process on the URL, its output collected. */
export type WorkerProcess = { child: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> };

/** Every worker a test started, so a test that failed half-way leaves none running (killStrayWorkers). */
const started = new Set<ChildProcess>();

/** Kills the workers still running: for afterAll, after a test that threw before stopping its own. */
export function killStrayWorkers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  started.clear();
}

export function startWorker(url: string, env: NodeJS.ProcessEnv = {}, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', ...args], { env: { ...process.env, TRUCE_DB: url, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (out += s));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => out, exited };
}

/** The processes a process started (Linux's /proc; none elsewhere): `truce worker`'s working process. */
export function childPids(pid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Whether a process still runs (and is not a zombie waiting for its parent to read its exit). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** One query on the server, on a connection of its own (the server may have restarted since the last). */
export async function query<R = Record<string, unknown>>(server: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: server });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query(text, values)).rows as R[];
  } finally {
    await client.end().catch(() => {});
  }
}

/** Ingest jobs not yet settled (waiting, to retry, or in hand), or -1 while the server does not answer. */
export async function openIngestJobs(server: string, queueSchema: string): Promise<number> {
  try {
    const rows = await query<{ n: string }>(server, `SELECT count(*) AS n FROM ${pg.escapeIdentifier(queueSchema)}.job WHERE name = 'ingest' AND state < 'completed'`);
    return Number(rows[0].n);
  } catch {
    return -1;
  }
}

/** Waits until `check` is true, polling; throws after `ms`. */
export async function waitFor(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The documents' counts, and the rows a partial write would leave: documents without content, incidents a document names that are missing, incidents without claims. */
export async function recordIntegrity(server: string, schema: string) {
  const s = pg.escapeIdentifier(schema);
  const [row] = await query<Record<string, string>>(
    server,
    `SELECT
      (SELECT count(*) FROM ${s}.documents WHERE sha256 IS NOT NULL) AS documents,
      (SELECT count(DISTINCT sha256) FROM ${s}.documents WHERE sha256 IS NOT NULL) AS distinct_hashes,
      (SELECT count(*) FROM ${s}.documents d WHERE d.sha256 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${s}.document_content c WHERE c.document_id = d.id)) AS without_content,
      (SELECT count(*) FROM ${s}.documents d, json_array_elements_text(d.data->'ingest'->'incident_ids') AS i(id) WHERE NOT EXISTS (SELECT 1 FROM ${s}.incidents x WHERE x.id = i.id)) AS missing_incidents,
      (SELECT count(*) FROM ${s}.documents d, json_array_elements_text(d.data->'ingest'->'incident_ids') AS i(id)) AS incidents,
      (SELECT count(*) FROM ${s}.incidents x WHERE x.id IN (SELECT i.id FROM ${s}.documents d, json_array_elements_text(d.data->'ingest'->'incident_ids') AS i(id)) AND NOT EXISTS (SELECT 1 FROM ${s}.claims c WHERE c.incident_id = x.id)) AS incidents_without_claims`,
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}
