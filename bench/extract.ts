import { Gazetteer } from '../src/gazetteer/gazetteer.js';
import { extract } from '../src/pipeline/extract/extract.js';
import type { ExtractInput, ExtractResult } from '../src/pipeline/extract/extract-types.js';
import { loadRecordDir } from '../src/record/load-record.js';
import { baseline } from './extract-baseline.js';
import { syntheticCorpus } from './extract-corpus.js';
import { benchNames } from './extract-names.js';

// Extraction throughput on a synthetic corpus, against wink-nlp as a baseline, with peak
// memory and a linearity check:  npm run bench:extract
// Progress goes to stderr; the last line of stdout is one JSON object with the figures.
// BENCH_EXTRACT_MB and BENCH_BASELINE_MB (default 50 and 10) change the sizes for a quick run.

const MB = 1e6;
const CORPUS_BYTES = Number(process.env.BENCH_EXTRACT_MB ?? 50) * MB;
const BASELINE_BYTES = Number(process.env.BENCH_BASELINE_MB ?? 10) * MB;

const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;
const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

const gazetteer = Gazetteer.fromRecord(loadRecordDir());
// Called with the gazetteer whether or not extract reads it, so either signature works.
const run = (input: ExtractInput) => (extract as (input: ExtractInput, gazetteer: Gazetteer) => ExtractResult)(input, gazetteer);

let started = performance.now();
const docs = syntheticCorpus(benchNames(loadRecordDir()), CORPUS_BYTES);
const corpusBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
log(`generated ${docs.length} reports, ${round(corpusBytes / MB, 1)} MB, in ${round(seconds(started), 1)} s`);

// (a) extraction over the whole corpus, after a short warm-up.
for (const d of docs.slice(0, 20)) run(d);
collect();
let incidents = 0;
let failures = 0;
let firstFailure = '';
let done = 0;
let nextReport = 0.1;
started = performance.now();
for (const d of docs) {
  try {
    incidents += run(d).incidents.length;
  } catch (e) {
    failures++;
    firstFailure ||= (e as Error).message;
  }
  done += Buffer.byteLength(d.text);
  if (done >= nextReport * corpusBytes) {
    log(`extract: ${Math.round(nextReport * 100)}% (${round(done / MB, 1)} MB) in ${round(seconds(started), 1)} s, ${round(done / MB / seconds(started))} MB/s`);
    nextReport += 0.1;
  }
}
const extractSeconds = seconds(started);
const mbPerS = corpusBytes / MB / extractSeconds;
const docsPerS = docs.length / extractSeconds;

// (b) the baseline over a sample spread across the corpus.
collect();
const step = Math.max(1, Math.floor(corpusBytes / BASELINE_BYTES));
const sample: string[] = [];
for (let i = 0, bytes = 0; i < docs.length && bytes < BASELINE_BYTES; i += step) {
  sample.push(docs[i].text);
  bytes += Buffer.byteLength(docs[i].text);
}
const base = baseline(sample, (n) => n % 1000 === 0 && log(`baseline: ${n}/${sample.length} documents`));
const baselineMbPerS = base.bytes / MB / base.seconds;

// (c) linearity: per-KB time on one 50 KB and one 500 KB document made of concatenated reports.
function joined(bytes: number, from: number): string {
  const parts: string[] = [];
  for (let i = from, n = 0; n < bytes; i = (i + 1) % docs.length) {
    parts.push(docs[i].text);
    n += Buffer.byteLength(docs[i].text) + 2;
  }
  return parts.join('\n\n');
}
/** The fastest of a few runs after a warm-up one: the least noisy estimate of the work itself. */
function bestSeconds(text: string, runs: number): number {
  collect();
  run({ text, published: docs[0].published });
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run({ text, published: docs[0].published });
    best = Math.min(best, seconds(t));
  }
  return best;
}
const small = joined(50_000, 0);
const large = joined(500_000, 100);
const smallKb = Buffer.byteLength(small) / 1000;
const largeKb = Buffer.byteLength(large) / 1000;
log(`linearity: ${round(smallKb)} KB and ${round(largeKb)} KB documents`);
const smallPerKb = bestSeconds(small, 7) / smallKb;
const largePerKb = bestSeconds(large, 3) / largeKb;
const linearity = largePerKb / smallPerKb;

const peakRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`extract: ${docs.length} reports, ${round(corpusBytes / MB, 1)} MB in ${round(extractSeconds, 1)} s: ${round(mbPerS)} MB/s, ${round(docsPerS, 1)} documents/s, ${incidents} incidents${failures ? `, ${failures} failed (first: ${firstFailure})` : ''}`);
console.log(`baseline (wink-nlp readDoc + sentences + tokens): ${base.documents} reports, ${round(base.bytes / MB, 1)} MB in ${round(base.seconds, 1)} s: ${round(baselineMbPerS)} MB/s`);
console.log(`ratio extract / baseline: ${round(mbPerS / baselineMbPerS)}`);
console.log(`linearity: ${round(smallPerKb * 1000, 3)} ms/KB at ${Math.round(smallKb)} KB, ${round(largePerKb * 1000, 3)} ms/KB at ${Math.round(largeKb)} KB: ratio ${round(linearity)} (1 is linear)`);
console.log(`peak RSS: ${round(peakRssMb, 1)} MB (whole process: corpus, model and all)`);
console.log(
  JSON.stringify({
    bench: 'extract',
    mb_per_s: round(mbPerS, 3),
    docs_per_s: round(docsPerS, 1),
    peak_rss_mb: round(peakRssMb, 1),
    baseline_mb_per_s: round(baselineMbPerS, 3),
    ratio: round(mbPerS / baselineMbPerS, 3),
    linearity: round(linearity, 3),
  }),
);
