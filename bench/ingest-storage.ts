// Where ingestion's storage time goes, statement by statement, on SQLite:
//   npx tsx bench/ingest-storage.ts [documents, default 10000]
// The documents of bench:ingest are ingested once (untimed) and every batch the writer
// stored is kept; the same batches are then stored again into a fresh file, on this thread
// alone, timing each SQLite statement (by its text) and the whole batch. What a statement
// costs includes what SQLite does for it (its indexes; FTS5 keeps new rows in memory and
// writes them at COMMIT, which also writes every page the transaction changed to the WAL).
// The gap between the batches' total and the statements is JavaScript: building the rows.
// Figures are µs a document, for the whole run and for each half (the record grows).
// Not a benchmark with a target: a tool for reading bench:ingest's storage_overhead.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestContext } from '../src/pipeline/ingest/ingest-context.js';
import type { IngestItem } from '../src/pipeline/ingest/ingest-types.js';
import { emptySummary, runIngest } from '../src/pipeline/ingest/run-ingest.js';
import { loadRecordDir } from '../src/record/load-record.js';
import type { IngestedDocument } from '../src/storage/ingest-store.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { syntheticCorpus } from './extract-corpus.js';
import { benchNames } from './extract-names.js';

const DOCS = Number(process.argv[2] ?? 10_000);
/** Documents a transaction (BENCH_BATCH; BatchWriter stores 200). */
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const record = loadRecordDir();
const dir = mkdtempSync(join(tmpdir(), 'truce-ingest-storage-'));

/** Milliseconds spent in each SQLite statement, by its text, while `timing` is on. */
const spent = new Map<string, number>();
let timing = false;
// Every statement of every connection: Statement's methods, wrapped once.
const statementProto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1'));
for (const method of ['run', 'all', 'get'] as const) {
  const original = statementProto[method];
  statementProto[method] = function (this: { source: string }, ...args: unknown[]) {
    if (!timing) return original.apply(this, args);
    const started = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      const key = this.source.replace(/\s+/g, ' ').replace(/\(.*$/, '').trim().slice(0, 40);
      spent.set(key, (spent.get(key) ?? 0) + performance.now() - started);
    }
  };
}

try {
  const reports = syntheticCorpus(benchNames(record), DOCS * 5000).slice(0, DOCS);
  const items: IngestItem[] = reports.map((d, i) => {
    const location = join(dir, `report-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(location, i % 20 === 19 ? `Republished: ${i}\nBy the regional desk\n\n${reports[i - 1].text}` : d.text);
    return { kind: 'file', location, hints: { published: d.published } };
  });
  const batches: IngestedDocument[][] = [];
  {
    const store = await SqliteStore.open(join(dir, 'first.db'));
    await store.replaceRecord(record);
    const save = store.saveIngestedBatch.bind(store);
    store.saveIngestedBatch = async (batch) => {
      batches.push(batch);
      return save(batch);
    };
    const ctx = await ingestContext(store, {}, { items: DOCS });
    await runIngest(items, ctx, {}, emptySummary());
    await ctx.extractor.close();
    await store.close();
  }
  const documents = batches.flat();
  process.stderr.write(`ingested ${documents.length} documents once; storing them again, timed\n`);

  const store = await SqliteStore.open(join(dir, 'timed.db'));
  await store.replaceRecord(record);
  const halves: { ms: number; cpu: NodeJS.CpuUsage }[] = [];
  let [wall, cpu] = [performance.now(), process.cpuUsage()];
  timing = true;
  for (let i = 0; i < documents.length; i += BATCH) {
    await store.saveIngestedBatch(documents.slice(i, i + BATCH));
    if (i + BATCH >= documents.length / 2 && !halves.length) {
      halves.push({ ms: performance.now() - wall, cpu: process.cpuUsage(cpu) });
      [wall, cpu] = [performance.now(), process.cpuUsage()];
    }
  }
  halves.push({ ms: performance.now() - wall, cpu: process.cpuUsage(cpu) });
  timing = false;
  await store.close();

  const half = documents.length / 2;
  const perDoc = (ms: number, n = documents.length) => Math.round((ms / n) * 1000);
  const total = halves.reduce((n, h) => n + h.ms, 0);
  const statements = [...spent].sort((a, b) => b[1] - a[1]).filter(([, ms]) => perDoc(ms) >= 5);
  const inStatements = [...spent.values()].reduce((n, ms) => n + ms, 0);
  console.log(`storing ${documents.length} documents, ${BATCH} a transaction: ${perDoc(total)} µs a document (first half ${perDoc(halves[0].ms, half)}, second ${perDoc(halves[1].ms, half)}); CPU ${halves.map((h) => perDoc((h.cpu.user + h.cpu.system) / 1000, half)).join(' / ')}`);
  for (const [text, ms] of statements) console.log(`${String(perDoc(ms)).padStart(6)} µs  ${text}`);
  console.log(`${String(perDoc(total - inStatements)).padStart(6)} µs  (JavaScript: building rows and statements)`);
  console.log(JSON.stringify({ bench: 'ingest-storage', documents: documents.length, us_per_doc: perDoc(total), halves: halves.map((h) => perDoc(h.ms, half)), statements: Object.fromEntries(statements.map(([t, ms]) => [t, perDoc(ms)])) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
