import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestContext } from '../src/pipeline/ingest/ingest-context.js';
import { Gazetteer } from '../src/gazetteer/gazetteer.js';
import { extract } from '../src/pipeline/extract/extract.js';
import type { IngestItem } from '../src/pipeline/ingest/ingest-types.js';
import { emptySummary, runIngest } from '../src/pipeline/ingest/run-ingest.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { syntheticCorpus } from './extract-corpus.js';
import { benchNames } from './extract-names.js';

// Ingestion throughput into a fresh SQLite file, beside extraction alone on the same texts
// in the same run, so the ratio shows what reading files and storing costs:
//   npm run bench:ingest
// Ingestion runs as the CLI runs it: extraction on worker threads when the machine has
// cores to spare (here, one), reading and storing on the main thread.
// The two are measured in alternating chunks, so a busy spell on this shared machine hits
// both alike. One document in twenty is a republished copy (a new headline and byline over
// the same story), to exercise near-duplicate detection. BENCH_INGEST_DOCS changes the count.
// Both sides are timed warm, as a long run or `truce watch` spends most of its time: first
// BENCH_INGEST_WARM other reports (default 1000) go through each untimed, the ingestion's
// into a scratch file on the same extraction thread. Until then V8 is still compiling the
// code on threads of its own (about a thousand documents): extraction alone has the idle
// core for that, ingestion has not, so a cold start charged the compiler to storage.
// Progress goes to stderr; the last line of stdout is one JSON object with the figures.

const DOCS = Number(process.env.BENCH_INGEST_DOCS ?? 10_000);
const WARM = Number(process.env.BENCH_INGEST_WARM ?? 1000);
// Each chunk is one run, ending with its last batch stored while nothing else goes on, as
// `truce ingest` ends (about a quarter of a second): chunks of 2,500, four a side, keep that
// tail near the share it has in one run of 10,000, and still alternate with the load.
const CHUNK = 2500;
const MB = 1e6;
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

const record = loadRecordDir();
const gazetteer = Gazetteer.fromRecord(record);
const dir = mkdtempSync(join(tmpdir(), 'truce-bench-ingest-'));
try {
  // Reports of about 5 KB each; every twentieth is a copy of the one before, under another headline.
  const reports = syntheticCorpus(benchNames(record), (WARM + DOCS) * 5000).slice(0, WARM + DOCS);
  const all = reports.map((r, i) => (i % 20 === 19 ? { ...r, text: `Republished: ${i}\nBy the regional desk\n\n${reports[i - 1].text}` } : r));
  const allItems: IngestItem[] = all.map((d, i) => {
    const path = join(dir, `report-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, d.text);
    return { kind: 'file', location: path, hints: { published: d.published } };
  });
  const [docs, items] = [all.slice(WARM), allItems.slice(WARM)];
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  log(`generated ${WARM} + ${docs.length} reports, ${round(bytes / MB, 1)} MB timed, as files in ${dir}`);

  // The warm-up, untimed: a scratch record, then the timed one on the same extraction thread.
  const scratch = await SqliteStore.open(join(dir, 'warm-up.db'));
  await scratch.replaceRecord(record);
  const warm = await ingestContext(scratch, {}, { items: DOCS });
  for (const d of all.slice(0, WARM)) extract(d, gazetteer);
  await runIngest(allItems.slice(0, WARM), warm);
  await scratch.close();
  log(`warmed up on ${WARM} reports`);

  const store = await SqliteStore.open(join(dir, 'bench.db'));
  await store.replaceRecord(record);
  const fresh = await ingestContext(store, {}, { items: 0 });
  const ctx = { ...fresh, extractor: warm.extractor };

  let extractSeconds = 0;
  let ingestSeconds = 0;
  const summary = emptySummary();
  for (let from = 0; from < docs.length; from += CHUNK) {
    let t = performance.now();
    for (const d of docs.slice(from, from + CHUNK)) extract(d, gazetteer);
    extractSeconds += (performance.now() - t) / 1000;
    t = performance.now();
    await runIngest(items.slice(from, from + CHUNK), ctx, {}, summary);
    ingestSeconds += (performance.now() - t) / 1000;
    const done = Math.min(docs.length, from + CHUNK);
    if (done % 1000 === 0 || done === docs.length) log(`${done}/${docs.length}: extract alone ${round(done / extractSeconds, 1)} docs/s, ingest ${round(done / ingestSeconds, 1)} docs/s`);
  }
  const counts = await store.counts();
  await ctx.extractor.close();
  await store.close();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const overhead = ingestSeconds / extractSeconds - 1;
  console.log(`ingest: ${summary.items.length} files, ${round(bytes / MB, 1)} MB in ${round(ingestSeconds, 1)} s: ${summary.new} new, ${summary.near_duplicate} near-duplicate, ${summary.duplicate} duplicate, ${summary.failed} failed; ${counts.incidents} incidents, ${counts.claims} claims in the record`);
  console.log(`extraction alone on the same texts: ${round(extractSeconds, 1)} s; storage adds ${round(overhead * 100, 1)}% (target <= 25%)`);
  console.log(`peak RSS: ${round(peakRssMb, 1)} MB`);
  console.log(
    JSON.stringify({
      bench: 'ingest',
      docs_per_s: round(docs.length / ingestSeconds, 1),
      mb_per_s: round(bytes / MB / ingestSeconds, 3),
      extract_only_docs_per_s: round(docs.length / extractSeconds, 1),
      storage_overhead: round(overhead, 3),
      peak_rss_mb: round(peakRssMb, 1),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
